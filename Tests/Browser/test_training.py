"""Training by role: a partner's staff record personnel in scope and a session (the error pattern
first), upload an attendance sheet with a bad row (the rows with problems in a table, nothing
recorded), then skip the bad row; coverage shows as bars with their numbers; roles outside the
training workflow get no forms; another partner's training page is 404. Axe checks every page."""

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from accessibility import assert_accessible
from conftest import http_session, sign_in, submit


def sessions(browser):
    return len(browser.find_elements(By.XPATH, "//h2[text()='Sessions']/following-sibling::table[1]/tbody/tr"))


def test_a_partners_staff_record_training_and_upload_a_sheet_with_a_bad_row(browser, server, tmp_path):
    account = next(name for name, partner in server.partners.items() if partner == "P-0004")
    sign_in(browser, server, account)
    browser.get(server.url + "/partners/P-0004")
    submit(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Personnel in scope, training sessions"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Training"
    assert_accessible(browser, "training page")
    today = re.search(r"Coverage on (\d{4}-\d{2}-\d{2})", browser.page_source).group(1)
    assert not browser.find_elements(By.XPATH, "//button[text()='Confirm training']")

    submit(browser, browser.find_element(By.XPATH, "//button[text()='Record personnel']"))
    assert browser.title.startswith("Error: ")
    links = [a.get_attribute("href").split("#")[1] for a in browser.find_elements(By.CSS_SELECTOR, ".app-error-summary a")]
    assert links == ["category", "head-count", "contact"]
    assert browser.find_element(By.ID, "head-count-error").is_displayed()
    assert_accessible(browser, "training page with errors")
    Select(browser.find_element(By.ID, "category")).select_by_visible_text("Volunteers")
    browser.find_element(By.ID, "head-count").send_keys("8")
    browser.find_element(By.ID, "contact").click()
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Record personnel']"))
    assert "The personnel in scope are recorded." in browser.page_source
    row = browser.find_element(By.XPATH, "//tr[th[starts-with(normalize-space(.), 'Volunteers')]]")
    assert row.find_elements(By.CSS_SELECTOR, "svg.app-bar") and "8" in row.text

    before = sessions(browser)
    browser.find_element(By.ID, "course").send_keys("PSEA basics")
    browser.find_element(By.ID, "date").send_keys("31/01/2026")
    Select(browser.find_element(By.ID, "session-category")).select_by_visible_text("Volunteers")
    browser.find_element(By.ID, "people").send_keys("3")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Record the session']"))
    assert browser.title.startswith("Error: ")
    assert browser.find_element(By.CSS_SELECTOR, ".app-error-summary a").get_attribute("href").endswith("#date")
    assert browser.find_element(By.ID, "course").get_attribute("value") == "PSEA basics"
    date = browser.find_element(By.ID, "date")
    date.clear()
    date.send_keys(today)
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Record the session']"))
    assert "The session is recorded." in browser.page_source
    assert sessions(browser) == before + 1

    sheet = tmp_path / "attendance.csv"
    sheet.write_text(
        "date,course,category,people\n"
        f"{today},Refresher,volunteers,2\n"
        f"{today},Refresher,cooks,1\n"
        f"{today},Refresher,staff,1\n")
    browser.find_element(By.ID, "file").send_keys(str(sheet))
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Upload the sheet']"))
    assert browser.title.startswith("Error: ")
    assert "nothing was recorded" in browser.find_element(By.CSS_SELECTOR, ".app-error-summary").text
    problems = browser.find_elements(By.XPATH, "//table[caption[starts-with(., 'Rows with problems')]]/tbody/tr")
    assert [p.find_element(By.TAG_NAME, "td").text for p in problems] == ["3"]
    assert "cooks" in problems[0].text
    assert sessions(browser) == before + 1
    assert_accessible(browser, "training page with a sheet's bad rows")
    browser.find_element(By.ID, "file").send_keys(str(sheet))
    browser.find_element(By.ID, "skip").click()
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Upload the sheet']"))
    assert "2 rows of the sheet recorded. Rows skipped: 3." in browser.page_source
    assert sessions(browser) == before + 2
    assert_accessible(browser, "training page after an import")
    browser.set_window_size(360, 800)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    browser.set_window_size(1280, 900)
    assert len(browser.page_source.encode()) < 100_000

    assert http_session(browser).get(server.url + "/partners/P-0001/training").status_code == 404


def test_roles_outside_the_training_workflow_see_no_forms_and_the_confirmation_is_for_the_officer(browser, server):
    sign_in(browser, server, "lucas.moreno")
    browser.get(server.url + "/partners/P-0004/training")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Training"
    assert not browser.find_elements(By.CSS_SELECTOR, "form[action$='/training/personnel']")
    assert_accessible(browser, "training page, read only")
    browser.delete_all_cookies()
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + "/partners/P-0004/training")
    assert browser.find_elements(By.CSS_SELECTOR, "form[action$='/training/personnel']")
    browser.get(server.url + "/partners/P-0003/training")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.app-bar")) >= 3
    assert "Meets the policy" in browser.page_source or "Below the policy" in browser.page_source
    assert_accessible(browser, "a filled training page")
    browser.get(server.url + "/partners/P-0004/training")
    confirm = browser.find_elements(By.XPATH, "//button[text()='Confirm training']")
    if confirm:
        submit(browser, confirm[0])
        assert "Training is confirmed." in browser.page_source or "Confirm training was refused" in browser.page_source
        assert_accessible(browser, "training page after confirming")
