"""The questionnaires as the real tools have them, in the browser: a follow-up question shown only
after the answer that asks it (the no-allegation path), hidden again when that answer changes, and
what the reviewer then sees; an international NGO's country-level reason beside the determinations;
an assessment started on an earlier version of its questionnaire. Each page checked by axe."""

import json
import os
import shutil
import subprocess

from selenium.webdriver.common.by import By

from accessibility import assert_accessible
from conftest import BINARY, ROOT, sign_in, submit

PAST = "answer-investigations-past_allegations"
DEALT_WITH = "answer-investigations-past_dealt_with"
EXAMPLE = "answer-investigations-past_example"


def started(server, partner, *more):
    """An assessment of `partner` started and opened to its partner, through the real CLI."""
    result = server.cli("assessment", "start", partner, *more, "--as", "amina.diallo")
    assert result.returncode == 0, result.stderr
    assessment = result.stdout.strip()
    invited = server.cli("send", assessment, "invite_partner", "--as", "amina.diallo")
    assert invited.returncode == 0, invited.stderr
    return assessment


def shown_record(server, assessment):
    """The assessment as `assessment show --json` gives it."""
    result = server.cli("assessment", "show", assessment, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def save_and_continue(browser):
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Save and continue']"))


def shown(browser, field):
    return bool(browser.find_elements(By.CSS_SELECTOR, f"[name='{field}']"))


def test_a_partner_without_past_allegations_is_not_asked_about_them(browser, server):
    assessment = started(server, "P-0005", "--questionnaire", "psea-unicef-2020")
    account = next(name for name, partner in server.partners.items() if partner == "P-0005")
    sign_in(browser, server, account)
    page = server.url + f"/assessments/{assessment}/standards/investigations"
    browser.get(page)
    assert "paras. 20, 22.a and A.6" in browser.find_element(By.CSS_SELECTOR, "main").text
    assert shown(browser, PAST) and not shown(browser, DEALT_WITH) and not shown(browser, EXAMPLE)

    # No past allegations: the questions about past cases are never asked.
    browser.find_element(By.ID, "answer-investigations-procedure-yes").click()
    browser.find_element(By.ID, "answer-investigations-resources").send_keys("Our safeguarding lead, with a budget line.")
    browser.find_element(By.ID, f"{PAST}-no").click()
    save_and_continue(browser)
    assert browser.current_url.endswith(f"/assessments/{assessment}/check")
    assert "Was each of those allegations investigated" not in browser.page_source
    browser.get(page)
    assert not shown(browser, DEALT_WITH)

    # "Yes" asks the follow-ups on the same page before moving on.
    browser.find_element(By.ID, f"{PAST}-yes").click()
    save_and_continue(browser)
    assert browser.current_url.endswith(f"/standards/investigations?more=1")
    assert "Your answer asks more" in browser.find_element(By.CSS_SELECTOR, ".app-notice").text
    assert shown(browser, DEALT_WITH) and shown(browser, EXAMPLE)
    assert_accessible(browser, "a standard with its follow-up questions")
    browser.find_element(By.ID, f"{DEALT_WITH}-yes").click()
    browser.find_element(By.ID, EXAMPLE).send_keys("Investigated by an external firm; the contract ended.")
    save_and_continue(browser)
    assert browser.current_url.endswith(f"/assessments/{assessment}/check")
    assert "Was each of those allegations investigated" in browser.page_source

    # Back to "no", with the follow-ups still on the page: they are ignored, and their answers go.
    browser.get(page)
    browser.find_element(By.ID, f"{PAST}-no").click()
    save_and_continue(browser)
    assert not browser.title.startswith("Error: ")
    assert browser.current_url.endswith(f"/assessments/{assessment}/check")
    assert "Was each of those allegations investigated" not in browser.page_source
    record = shown_record(server, assessment)
    assert "investigations.past_dealt_with" not in record["answers"]
    assert record["not_asked"] == ["investigations.past_dealt_with", "investigations.past_example"]
    assert server.cli("audit", "verify").returncode == 0
    browser.delete_all_cookies()

    # The reviewer sees what was not asked, and why.
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + f"/assessments/{assessment}")
    investigations = browser.find_element(By.ID, "standard-investigations").find_element(By.XPATH, "..").text
    assert "Not asked: only when \u201cHas the organization ever received an allegation" in investigations
    assert_accessible(browser, "the review with questions not asked")


def test_other_evidence_needs_its_description_beside_the_field(browser, server):
    assessment = started(server, "P-0002", "--questionnaire", "psea-unicef-2020")
    account = next(name for name, partner in server.partners.items() if partner == "P-0002")
    sign_in(browser, server, account)
    browser.get(server.url + f"/assessments/{assessment}/standards/training")
    assert browser.find_element(By.CSS_SELECTOR, "label[for='evidence-other']").text == "Other (please specify)"
    browser.find_element(By.ID, "answer-training-all_personnel-yes").click()
    browser.find_element(By.ID, "evidence-other").click()
    save_and_continue(browser)
    assert browser.title.startswith("Error: ")
    link = browser.find_element(By.CSS_SELECTOR, ".app-error-summary a")
    assert link.get_attribute("href").endswith("#evidence-other-description")
    error = browser.find_element(By.ID, "evidence-other-description-error").text
    assert "Say which document you ticked as \u201cOther (please specify)\u201d" in error
    described_by = browser.find_element(By.ID, "evidence-other-description").get_attribute("aria-describedby")
    assert described_by == "evidence-other-description-error"
    assert browser.find_element(By.ID, "answer-training-all_personnel-yes").is_selected()
    assert_accessible(browser, "other evidence without its description")
    record = shown_record(server, assessment)
    assert record["answers"] == {}
    browser.find_element(By.ID, "evidence-other-description").send_keys("Induction slides, 2026 edition")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Save and come back later']"))
    assert browser.current_url.endswith(f"/assessments/{assessment}")
    record = shown_record(server, assessment)
    evidence = record["answers"]["training.all_personnel"]["evidence"]
    assert {"type": "other", "description": "Induction slides, 2026 edition"} in evidence


def test_an_international_ngos_country_level_reason_is_shown_on_its_assessment(browser, server):
    assessment = started(
        server, "P-0003", "--questionnaire", "psea-common", "--country-level-reason", "high_risk_context")
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + f"/assessments/{assessment}")
    summary = browser.find_element(By.XPATH, "//h2[text()='Score']/following-sibling::dl").text
    assert "Assessed at country level" in summary
    assert "An international NGO assessed at country level: a high-risk context" in summary
    assert_accessible(browser, "an international NGO's country-level assessment")


def test_an_assessment_started_on_an_earlier_version_is_shown_with_it_and_offers_nothing(browser, server, tmp_path):
    # Started where version 1 of psea-common is installed; the server has version 2.
    folder = tmp_path / "Assessments"
    shutil.copytree(ROOT / "Assessments", folder)
    shutil.copy(ROOT / "Tests/Fixtures/questionnaires/psea-common-v1.yaml", folder / "psea-common.yaml")
    environment = dict(os.environ, DILIGENCE_SIGN_IN_BCRYPT_COST="4")

    def cli(*arguments):
        result = subprocess.run(
            [str(BINARY), *arguments, "--as", "amina.diallo", "--db", str(server.database),
             "--workflows", str(ROOT / "Workflows"), "--assessments", str(folder)],
            cwd=server.directory, env=environment, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assessment = cli("assessment", "start", "P-0001", "--questionnaire", "psea-common")
    cli("send", assessment, "invite_partner")

    account = next(name for name, partner in server.partners.items() if partner == "P-0001")
    sign_in(browser, server, account)
    browser.get(server.url + f"/assessments/{assessment}")
    notice = browser.find_element(By.CSS_SELECTOR, ".app-notice").text
    assert "started on version 1 of the questionnaire" in notice and "This installation has version 2" in notice
    page = browser.find_element(By.CSS_SELECTOR, "main").text
    assert "Does the organization take and record corrective action after a substantiated allegation?" in page
    assert "Has the organization ever received an allegation" not in page
    assert not browser.find_elements(By.CSS_SELECTOR, ".app-task-list")
    assert not browser.find_elements(By.CSS_SELECTOR, "main form")
    assert_accessible(browser, "an assessment on an earlier version of its questionnaire")
    browser.get(server.url + f"/assessments/{assessment}/standards/policy")
    assert browser.current_url.endswith(f"/assessments/{assessment}")
