"""The self-assessment as the partner answers it (task list, a page per standard, save and come
back later, check answers, submit) and the UN review (ratings beside the answers, determine,
confirm, the plan), each page checked by axe."""

import hashlib

from selenium.webdriver.common.by import By

from accessibility import assert_accessible
from conftest import http_session, sign_in, submit


def answer_standard_page(browser):
    """Answers every question shown: the first choice, some text, a date."""
    for fieldset in browser.find_elements(By.CSS_SELECTOR, "fieldset.app-fieldset"):
        radios = fieldset.find_elements(By.CSS_SELECTOR, "input[type='radio']")
        if radios and not any(radio.is_selected() for radio in radios):
            radios[0].click()
    for area in browser.find_elements(By.CSS_SELECTOR, "textarea[name^='answer-']"):
        if not area.get_attribute("value"):
            area.send_keys("Our policy is published and signed by every staff member.")
    for field in browser.find_elements(By.CSS_SELECTOR, "input[type='text'][name^='answer-']"):
        if not field.get_attribute("value"):
            field.send_keys("2026-11-01")


def test_a_partner_answers_its_self_assessment_and_the_un_reviews_it(browser, server, tmp_path):
    started = server.cli("assessment", "start", "P-0004", "--questionnaire", "psea-common", "--as", "amina.diallo")
    assert started.returncode == 0, started.stderr
    assessment = started.stdout.strip()
    partner_account = next(name for name, partner in server.partners.items() if partner == "P-0004")

    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + f"/assessments/{assessment}")
    assert_accessible(browser, "assessment in draft, as the officer")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Invite partner']"))
    assert "Invite partner: done." in browser.page_source
    browser.get(server.url + f"/assessments/{assessment}/standards/policy")
    assert browser.find_element(By.TAG_NAME, "h1").text == "You cannot use this page"
    browser.delete_all_cookies()

    sign_in(browser, server, partner_account)
    work = browser.find_element(By.CSS_SELECTOR, "table.app-table").text
    assert assessment in work and "Answer" in work
    browser.get(server.url + f"/assessments/{assessment}")
    statuses = [tag.text for tag in browser.find_elements(By.CSS_SELECTOR, ".app-task-list__item .app-tag")]
    assert statuses and set(statuses) == {"Not yet started"}
    assert_accessible(browser, "task list")
    browser.find_element(By.CSS_SELECTOR, ".app-task-list__link").click()
    assert_accessible(browser, "a standard's questions")

    # "Other" evidence needs its description: the error pattern, nothing saved.
    answer_standard_page(browser)
    browser.find_element(By.ID, "evidence-other").click()
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Save and come back later']"))
    assert browser.title.startswith("Error: ")
    assert browser.find_element(By.CSS_SELECTOR, ".app-error-summary a").get_attribute("href").endswith("#evidence-other-description")
    assert_accessible(browser, "a standard's questions with an error")
    browser.find_element(By.ID, "evidence-other-description").send_keys("Board minutes of 2026-10-12")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Save and come back later']"))
    assert browser.current_url.endswith(f"/assessments/{assessment}")
    statuses = [tag.text for tag in browser.find_elements(By.CSS_SELECTOR, ".app-task-list__item .app-tag")]
    assert statuses[0] == "Completed" and statuses[1] == "Not yet started"

    # A file of evidence: checked by its content, kept with its SHA-256, downloaded as it was.
    browser.find_elements(By.CSS_SELECTOR, ".app-task-list__link")[0].click()
    fake = tmp_path / "policy.pdf"
    fake.write_bytes(b"MZ this is a program, not a PDF")
    browser.find_element(By.ID, "file").send_keys(str(fake))
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Upload file']"))
    assert browser.title.startswith("Error: ")
    assert "must be a PDF" in browser.find_element(By.ID, "file-error").text
    assert_accessible(browser, "an upload refused")
    pdf = tmp_path / "psea-policy-2026.pdf"
    content = b"%PDF-1.4\n% the organisation's PSEA policy\n%%EOF\n"
    pdf.write_bytes(content)
    browser.find_element(By.ID, "file").send_keys(str(pdf))
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Upload file']"))
    link = browser.find_element(By.LINK_TEXT, "psea-policy-2026.pdf").get_attribute("href")
    assert http_session(browser).get(link).content == content
    assert hashlib.sha256(content).hexdigest()[:12] in browser.page_source
    assert_accessible(browser, "a standard with a file")
    history = server.cli("history", assessment, "--json", "--as", "amina.diallo")
    assert hashlib.sha256(content).hexdigest() in history.stdout
    browser.get(server.url + f"/assessments/{assessment}")

    # The rest, standard after standard, until the check-answers page.
    browser.find_elements(By.CSS_SELECTOR, ".app-task-list__link")[1].click()
    for _ in range(30):
        if "/check" in browser.current_url:
            break
        answer_standard_page(browser)
        submit(browser, browser.find_element(By.XPATH, "//button[text()='Save and continue']"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Check your answers before you submit"
    assert "Board minutes of 2026-10-12" in browser.page_source
    assert browser.find_elements(By.LINK_TEXT, "Change") or browser.find_elements(By.PARTIAL_LINK_TEXT, "Change")
    assert_accessible(browser, "check answers")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Submit self-assessment']"))
    assert "Submit: done." in browser.page_source
    browser.get(server.url + f"/assessments/{assessment}/standards/policy")
    assert browser.current_url.endswith(f"/assessments/{assessment}")
    browser.delete_all_cookies()

    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + f"/assessments/{assessment}")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Start review']"))
    for _ in range(20):
        forms = browser.find_elements(By.CSS_SELECTOR, "form[action$='/ratings']")
        pending = [f for f in forms if "Not rated yet" in f.find_element(By.XPATH, "..").text]
        if not pending:
            break
        form = pending[0]
        form.find_element(By.TAG_NAME, "select").send_keys("Met")
        submit(browser, form.find_element(By.TAG_NAME, "button"))
    assert_accessible(browser, "the review with every standard rated")
    assert "full" in browser.find_element(By.XPATH, "//h2[text()='Score']/following-sibling::p").text.lower()
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Determine']"))
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Confirm']"))
    assert "Confirm: done." in browser.page_source
    assert "Valid" in browser.find_element(By.CSS_SELECTOR, "main p .app-tag").text
    determinations = browser.find_element(By.XPATH, "//h2[text()='Score']/following-sibling::dl").text
    assert "Final determination" in determinations and "Full capacity (low risk)" in determinations


def test_the_plan_shows_due_dates_and_refuses_a_bad_date_with_the_error_pattern(browser, server):
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + "/assessments/A-0003")
    assert browser.find_element(By.XPATH, "//h2[text()='Capacity-strengthening plan']")
    browser.find_element(By.ID, "action").send_keys("Train the distribution volunteers")
    browser.find_element(By.ID, "owner").send_keys("Omar Haddad")
    browser.find_element(By.ID, "due").send_keys("31/03/2027")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Add action item']"))
    assert browser.title.startswith("Error: ")
    assert "year-month-day" in browser.find_element(By.ID, "due-error").text
    assert browser.find_element(By.ID, "action").get_attribute("value") == "Train the distribution volunteers"
    assert_accessible(browser, "plan with an error")
    due = browser.find_element(By.ID, "due")
    due.clear()
    due.send_keys("2027-03-31")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Add action item']"))
    assert "Train the distribution volunteers" in browser.find_element(By.CSS_SELECTOR, "table.app-table").text


def test_a_partner_cannot_open_another_partners_assessment(browser, server):
    account = next(name for name, partner in server.partners.items() if partner == "P-0001")
    sign_in(browser, server, account)
    browser.get(server.url + "/assessments/A-0003")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Page not found"
    browser.get(server.url + "/assessments/A-0001")
    assert "Amani" in browser.find_element(By.TAG_NAME, "h1").text
    assert_accessible(browser, "a partner's own assessment, done")
