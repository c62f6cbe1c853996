"""Risk flags by role: the programme officer raises a flag (the error pattern first) and escalates
it once; the HQ reviewer confirms it from the queue, which locks the partner (said on the partner
page with the flag linked), then resolves it; filters stay in the URL; a role that may not use a
page gets 403 with the reason, a partner's staff get 404 for another partner's flag. Axe checks
every page."""

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select
from selenium.webdriver.support.wait import WebDriverWait

from accessibility import assert_accessible
from conftest import http_session, sign_in, submit


def test_an_officer_raises_and_escalates_and_headquarters_confirms_then_resolves(browser, server):
    sign_in(browser, server, "amina.diallo")
    submit(browser, browser.find_element(By.LINK_TEXT, "Flags"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Flags"
    assert_accessible(browser, "flags list")
    submit(browser, browser.find_element(By.LINK_TEXT, "Raise a flag"))
    assert_accessible(browser, "raise a flag, empty")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Raise the flag']"))
    assert browser.title.startswith("Error: ")
    links = [a.get_attribute("href").split("#")[1] for a in browser.find_elements(By.CSS_SELECTOR, ".app-error-summary a")]
    assert links == ["partner", "category", "level", "reason"]
    assert_accessible(browser, "raise a flag with errors")

    browser.find_element(By.ID, "partner").send_keys("P-0002")
    Select(browser.find_element(By.ID, "category")).select_by_visible_text("Operational")
    browser.find_element(By.ID, "level-yellow").click()
    browser.find_element(By.ID, "reason").send_keys("Distribution reports are three months late.")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Raise the flag']"))
    assert "The flag is raised." in browser.page_source
    flag = re.search(r"Flag (F-\d{4})", browser.find_element(By.TAG_NAME, "h1").text).group(1)
    assert_accessible(browser, "a flag's page")

    submit(browser, browser.find_element(By.XPATH, "//button[text()='Escalate to headquarters']"))
    assert browser.title.startswith("Error: ")
    assert browser.find_element(By.CSS_SELECTOR, ".app-error-summary a").get_attribute("href").endswith("#reason-escalate")
    assert_accessible(browser, "a flag's page with an error")
    browser.find_element(By.ID, "reason-escalate").send_keys("Repeated; headquarters should decide.")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Escalate to headquarters']"))
    assert "Escalate to headquarters: done." in browser.page_source
    assert not browser.find_elements(By.XPATH, "//button[text()='Escalate to headquarters']")
    assert "Confirm (red flag) (HQ reviewer)" in browser.page_source

    browser.get(server.url + "/flags?mine=yes&open=yes")
    assert [a.text for a in browser.find_elements(By.CSS_SELECTOR, "tbody tr td:first-child a")] == [flag]
    assert len(browser.find_elements(By.CSS_SELECTOR, ".app-chip")) == 2
    assert_accessible(browser, "filtered flags")
    browser.get(server.url + "/flags?origin=rule&mine=yes")
    assert "No flag matches these filters." in browser.page_source
    browser.get(server.url + "/flags/escalated")
    assert browser.find_element(By.TAG_NAME, "h1").text == "You cannot use this page"
    assert "HQ reviewer" in browser.page_source
    browser.delete_all_cookies()

    sign_in(browser, server, "sofia.bianchi")
    queue_link = browser.find_element(By.CSS_SELECTOR, "nav a[href='/flags/escalated']")
    assert int(queue_link.find_element(By.CSS_SELECTOR, ".app-count").text.split()[0]) >= 1
    browser.get(server.url + "/flags")
    submit(browser, browser.find_element(By.LINK_TEXT, "Escalated flags waiting for headquarters"))
    assert browser.find_element(By.CSS_SELECTOR, "nav a[aria-current='page']").text.startswith("Escalated flags")
    assert_accessible(browser, "the escalated flags queue")
    section = browser.find_element(By.XPATH, f"//section[.//a[text()='{flag}']]")
    submit(browser, section.find_element(By.XPATH, ".//button[text()='Defer to the country office']"))
    assert browser.title.startswith("Error: ")
    assert browser.find_element(By.CSS_SELECTOR, ".app-error-summary a").get_attribute("href").endswith("#reason-defer")
    assert "Escalated" in browser.find_element(By.CSS_SELECTOR, ".app-tag").text
    assert_accessible(browser, "a decision from the queue without a reason")
    browser.get(server.url + "/flags/escalated")
    section = browser.find_element(By.XPATH, f"//section[.//a[text()='{flag}']]")
    section.find_element(By.TAG_NAME, "textarea").send_keys("Confirmed with the country office.")
    submit(browser, section.find_element(By.XPATH, ".//button[text()='Confirm (red flag)']"))
    assert f"{flag}: confirm, done." in browser.page_source
    assert not browser.find_elements(By.XPATH, f"//section[.//a[text()='{flag}']]")
    browser.get(server.url + f"/flags/{flag}")
    assert "This red flag locks" in browser.page_source
    browser.get(server.url + "/partners/P-0002")
    notice = browser.find_element(By.CSS_SELECTOR, ".app-notice--warning")
    assert notice.find_element(By.LINK_TEXT, f"flag {flag}").get_attribute("href").endswith(f"/flags/{flag}")
    assert_accessible(browser, "a locked partner")
    browser.get(server.url + f"/flags/{flag}")
    browser.find_element(By.ID, "reason-resolve").send_keys("The reports arrived and were checked.")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Resolve']"))
    assert "Resolve: done." in browser.page_source
    history = [li.text for li in browser.find_elements(By.CSS_SELECTOR, ".app-timeline li")]
    assert any("Confirm" in line for line in history) and any("Escalate" in line for line in history)
    browser.get(server.url + "/partners/P-0002")
    assert not browser.find_elements(By.CSS_SELECTOR, ".app-notice--warning")


def test_a_red_flag_by_the_country_office_is_refused_with_its_reason_and_pages_work_by_keyboard_at_360px(browser, server):
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + "/flags")
    before = len(browser.find_elements(By.CSS_SELECTOR, "tbody tr"))
    browser.get(server.url + "/flags/new?partner=P-0003")
    assert browser.find_element(By.ID, "partner").get_attribute("value") == "P-0003"
    browser.find_element(By.ID, "partner").click()
    active = browser.switch_to.active_element
    active.send_keys(Keys.TAB)
    browser.switch_to.active_element.send_keys("Sanctions match")
    browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element.get_attribute("name") == "level"
    browser.find_element(By.ID, "level-red").send_keys(Keys.SPACE)
    browser.find_element(By.ID, "reason").send_keys("Listed by the Security Council.")
    browser.find_element(By.ID, "reason").send_keys(Keys.TAB)
    button = browser.switch_to.active_element
    assert button.text == "Raise the flag"
    button.send_keys(Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda b: b.find_elements(By.ID, "refusal-title"))
    summary = browser.find_element(By.CSS_SELECTOR, ".app-error-summary").text
    assert "Raise a flag was refused" in summary and "HQ reviewer" in summary
    assert browser.find_element(By.ID, "level-red").is_selected()
    assert_accessible(browser, "raise a flag refused")
    browser.get(server.url + "/flags")
    assert len(browser.find_elements(By.CSS_SELECTOR, "tbody tr")) == before
    assert len(browser.page_source.encode()) < 100_000
    for path in ["/flags", "/flags/new", "/flags/" + browser.find_element(By.CSS_SELECTOR, "tbody tr td a").text]:
        browser.get(server.url + path)
        browser.set_window_size(360, 800)
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 360, path
        browser.set_window_size(1280, 900)


def test_a_partners_staff_see_their_flags_only_and_cannot_raise_or_review(browser, server):
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + "/flags/new?partner=P-0003")
    Select(browser.find_element(By.ID, "category")).select_by_visible_text("Financial")
    browser.find_element(By.ID, "level").click()
    browser.find_element(By.ID, "reason").send_keys("Audit report pending.")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Raise the flag']"))
    other = re.search(r"Flag (F-\d{4})", browser.find_element(By.TAG_NAME, "h1").text).group(1)
    browser.delete_all_cookies()

    account = next(name for name, partner in server.partners.items() if partner == "P-0001")
    sign_in(browser, server, account)
    browser.get(server.url + "/flags")
    partners = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "tbody tr td:nth-child(2) a")}
    assert partners <= {"P-0001"}
    assert not browser.find_elements(By.LINK_TEXT, "Raise a flag")
    assert not browser.find_elements(By.CSS_SELECTOR, "nav a[href='/flags/escalated']")
    assert_accessible(browser, "flags of a partner's staff")
    for path, status in [(f"/flags/{other}", 404), ("/flags/new", 403), ("/flags/escalated", 403)]:
        assert http_session(browser).get(server.url + path).status_code == status, path
    browser.get(server.url + "/flags/escalated")
    assert "This page is for HQ reviewer." in browser.page_source
    assert_accessible(browser, "forbidden page")


def test_addresses_that_are_no_flag_or_training_page_are_not_found(browser, server):
    sign_in(browser, server, "amina.diallo")
    session = http_session(browser)
    for path in ["/flags/P-0001", "/flags/F-9999", "/flags/nope", "/partners/F-0001/training", "/partners/nope/training"]:
        assert session.get(server.url + path).status_code == 404, path
    browser.get(server.url + "/flags/nope")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Page not found"
    browser.get(server.url + "/flags?partner=P-9999")
    assert browser.title.startswith("Error: ")
    assert browser.find_element(By.CSS_SELECTOR, ".app-error-summary a").get_attribute("href").endswith("#partner")
    assert_accessible(browser, "flags list with an unknown partner")


def test_the_flags_list_and_the_work_in_the_navigation_count_what_they_list(browser, server):
    """The flags list counts its flags in the same pass that takes the first ones shown, and every
    page's navigation counts the account's work without making the list: after a write, the
    counts shown agree with the lists they stand for."""
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + "/flags/new")
    browser.find_element(By.ID, "partner").send_keys("P-0001")
    Select(browser.find_element(By.ID, "category")).select_by_visible_text("Operational")
    browser.find_element(By.ID, "level-yellow").click()
    browser.find_element(By.ID, "reason").send_keys("The office moved without telling us.")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Raise the flag']"))
    assert "The flag is raised." in browser.page_source
    # The first page after the write: its navigation counted the work without the list.
    counts = browser.find_elements(By.CSS_SELECTOR, "nav a[href='/'] .app-count")
    counted = int(counts[0].text.split()[0]) if counts else 0
    browser.get(server.url + "/")
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.app-table tbody tr")) == counted
    for address in ["/flags", "/flags?open=yes", "/flags?level=yellow&open=yes"]:
        browser.get(server.url + address)
        rows = len(browser.find_elements(By.CSS_SELECTOR, "tbody tr"))
        total = browser.find_element(By.CSS_SELECTOR, ".app-result-count").text
        assert rows >= 1 and total == ("1 flag" if rows == 1 else f"{rows} flags"), address
    assert_accessible(browser, "flags list after a write")
