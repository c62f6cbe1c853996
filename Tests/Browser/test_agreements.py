"""Agreements by role: procurement uploads an agreement (the bad uploads first: each names its
field, nothing is recorded), reads its findings beside its text (a finding's link opens its
section at the passage, highlighted), starts the review and requests an amendment; the
programme officer uploads the amended version, whose changes are listed side by side; the
manager waives a clause with a reason; procurement confirms the rest and clears the agreement.
A scan is read by OCR as a job whose status page reloads itself until it links to the
agreement; only its owner sees it. The administrator verifies the log as a job. Axe checks
every page."""

import re
import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from accessibility import assert_accessible
from conftest import ROOT, assert_prints_cleanly, http_session, sign_in, submit
from scans import scanned_pdf

FIXTURES = ROOT / "Tests" / "DiligenceImportTests" / "Fixtures"
PARTNER = "P-0003"


def upload(browser, server, file, partner="", agreement=""):
    browser.get(server.url + f"/agreements/new?partner={partner}&agreement={agreement}")
    if file:
        browser.find_element(By.ID, "file").send_keys(str(file))
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Upload and find the clauses']"))


def agreement_links(browser, server):
    browser.get(server.url + f"/partners/{PARTNER}")
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, "a[href^='/agreements/AG-']")]


def error_fields(browser):
    return [a.get_attribute("href").split("#")[1] for a in browser.find_elements(By.CSS_SELECTOR, ".app-error-summary a")]


def decide(browser, server, agreement, clause, decision, text):
    browser.get(server.url + f"/agreements/{agreement}/clauses/{clause}")
    field = browser.find_element(By.ID, f"text-{decision}")
    field.clear()
    field.send_keys(text)
    button = {"confirm": "Confirm the clause", "amend": "Request an amendment", "waive": "Waive the clause"}[decision]
    submit(browser, browser.find_element(By.XPATH, f"//button[text()='{button}']"))


def test_an_agreement_from_upload_to_cleared(browser, server):
    sign_in(browser, server, "lucas.moreno")
    before = agreement_links(browser, server)
    submit(browser, browser.find_element(By.LINK_TEXT, "Upload an agreement"))
    assert browser.find_element(By.ID, "partner").get_attribute("value") == PARTNER
    assert_accessible(browser, "upload an agreement")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Upload and find the clauses']"))
    assert browser.title.startswith("Error: ") and error_fields(browser) == ["file"]
    assert_accessible(browser, "upload an agreement with an error")

    folder = Path(tempfile.mkdtemp())
    (folder / "empty.xml").write_bytes(b"")
    (folder / "notes.txt").write_text("Just some notes about the partner.")
    upload(browser, server, folder / "empty.xml", PARTNER)
    assert error_fields(browser) == ["file"] and "The selected file is empty" in browser.page_source
    upload(browser, server, folder / "notes.txt", PARTNER)
    assert error_fields(browser) == ["file"] and "must be an agreement in XML, HTML, Word" in browser.page_source
    upload(browser, server, FIXTURES / "short-agreement.xml", "P-9999")
    assert error_fields(browser) == ["partner"] and "No partner you may see has the id P-9999" in browser.page_source
    upload(browser, server, FIXTURES / "short-agreement.xml", PARTNER, "AG-0001")
    assert error_fields(browser) == ["agreement"] and f"is not an agreement of {PARTNER}" in browser.page_source
    assert_accessible(browser, "an upload refused")
    assert agreement_links(browser, server) == before

    upload(browser, server, FIXTURES / "short-agreement.xml", PARTNER)
    assert "The agreement is imported and its clauses found." in browser.page_source
    agreement = re.search(r"Agreement (AG-\d{4})", browser.find_element(By.TAG_NAME, "h1").text).group(1)
    assert len(browser.find_elements(By.CSS_SELECTOR, ".app-agreement__findings tbody tr")) == 15
    assert_accessible(browser, "an agreement's findings and text")
    printed = assert_prints_cleanly(browser, f"Agreement {agreement}", "C1", "C15")
    assert "Upload and find the clauses" not in printed and "Start the review" not in printed
    link = browser.find_element(By.CSS_SELECTOR, ".app-agreement__findings tbody a[href*='#p-']")
    anchor = link.get_attribute("href").split("#")[1]
    submit(browser, link)
    passage = browser.find_element(By.ID, anchor)
    assert "app-passage--found" in passage.get_attribute("class")
    assert passage.find_elements(By.TAG_NAME, "mark")

    submit(browser, browser.find_element(By.XPATH, "//button[text()='Start the review']"))
    assert "Start review: done." in browser.page_source
    decide(browser, server, agreement, "C15", "amend", "")
    assert browser.title.startswith("Error: ") and error_fields(browser) == ["text-amend"]
    assert "Enter a note: say what the partner must change in C15" in browser.page_source
    assert_accessible(browser, "a clause's decision with an error")
    decide(browser, server, agreement, "C15", "amend", "Add the partner's declaration.")
    assert "Amend: done." in browser.page_source
    assert not browser.find_elements(By.XPATH, "//button[text()='Clear the agreement']")
    # My work lists the agreement whose amendment waits for a new version, linked to its page.
    browser.get(server.url + "/")
    assert browser.find_elements(By.CSS_SELECTOR, f"a[href='/agreements/{agreement}']")
    browser.delete_all_cookies()

    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + f"/agreements/{agreement}")
    submit(browser, browser.find_element(By.LINK_TEXT, "Upload a new version"))
    browser.find_element(By.ID, "file").send_keys(str(FIXTURES / "un-general-terms.xml"))
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Upload and find the clauses']"))
    assert "version 2 of 2" in browser.page_source
    submit(browser, browser.find_element(By.LINK_TEXT, "What this version changed"))
    assert browser.find_elements(By.CSS_SELECTOR, ".app-change")
    assert "Version 1" in browser.page_source and "Version 2" in browser.page_source
    assert_accessible(browser, "what a version changed")
    browser.delete_all_cookies()

    sign_in(browser, server, "henrik.larsen")
    decide(browser, server, agreement, "C13", "waive", "")
    assert error_fields(browser) == ["text-waive"]
    decide(browser, server, agreement, "C13", "waive", "The agency does not share terminations.")
    assert "Waive: done." in browser.page_source
    browser.delete_all_cookies()

    sign_in(browser, server, "lucas.moreno")
    browser.get(server.url + f"/agreements/{agreement}")
    clauses = [a.get_attribute("href").rsplit("/", 1)[1] for a in browser.find_elements(By.PARTIAL_LINK_TEXT, "Decide")]
    for clause in clauses:
        if clause != "C13":
            decide(browser, server, agreement, clause, "confirm", "Article 18 of the general terms carries it.")
    browser.get(server.url + f"/agreements/{agreement}")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Clear the agreement']"))
    assert "Clear: done." in browser.page_source
    assert "Cleared" in browser.find_element(By.CSS_SELECTOR, ".app-summary").text
    assert_accessible(browser, "a cleared agreement")


def test_a_scan_is_read_as_a_job_and_its_page_leads_to_the_agreement(browser, server):
    folder = Path(tempfile.mkdtemp())
    scan = folder / "signed-scan.pdf"
    scan.write_bytes(scanned_pdf())
    sign_in(browser, server, "lucas.moreno")
    upload(browser, server, scan, PARTNER)
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Job ")
    job = browser.current_url
    assert 'http-equiv="refresh"' in browser.page_source
    # The page reloads itself while the job runs (no JavaScript), says so, and stops once it is done;
    # axe's meta-refresh rule (no timed reload) is the one rule it breaks, on purpose.
    assert "looks again every 2 seconds" in browser.page_source
    assert_accessible(browser, "a job waiting", allowed=("meta-refresh",))
    WebDriverWait(browser, 180).until(lambda b: b.find_elements(By.PARTIAL_LINK_TEXT, "See agreement"))
    assert 'http-equiv="refresh"' not in browser.page_source
    assert_accessible(browser, "a job done")
    submit(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "See agreement"))
    assert "Read by OCR" in browser.page_source
    browser.delete_all_cookies()

    sign_in(browser, server, "amina.diallo")
    assert http_session(browser).get(job).status_code == 404


def test_the_administrator_verifies_the_log_as_a_job(browser, server):
    sign_in(browser, server, "lucas.moreno")
    browser.get(server.url + "/admin/audit")
    assert browser.find_element(By.TAG_NAME, "h1").text == "You cannot use this page"
    browser.delete_all_cookies()
    sign_in(browser, server, "diligence.admin")
    submit(browser, browser.find_element(By.LINK_TEXT, "Verify the log"))
    assert_accessible(browser, "verify the log")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Verify the log']"))
    WebDriverWait(browser, 120).until(lambda b: "The log is intact" in b.page_source)
    assert re.search(r"\d+ events have an unbroken hash chain", browser.page_source)
    assert_accessible(browser, "a verify's result")
