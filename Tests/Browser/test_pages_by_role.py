"""One walk per role through its pages: my work, the partner list and a partner, each checked by
axe; a partner's own staff see their partner only; refusals are shown with their reason."""

import csv
import re
import io

import pytest
from selenium.webdriver.common.by import By

from accessibility import assert_accessible
from conftest import http_session, sign_in, submit, summary_has_focus

STAFF = ["amina.diallo", "lucas.moreno", "grace.otieno", "henrik.larsen", "sofia.bianchi", "diligence.admin"]


@pytest.mark.parametrize("account", STAFF)
def test_un_staff_walk_my_work_partners_and_a_partner(browser, server, account):
    sign_in(browser, server, account)
    assert browser.find_element(By.TAG_NAME, "h1").text == "My work"
    assert_accessible(browser, f"my work of {account}")
    submit(browser, browser.find_element(By.LINK_TEXT, "Partners"))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.app-table tbody tr")
    assert len(rows) == 5
    assert_accessible(browser, f"partners of {account}")
    submit(browser, browser.find_element(By.LINK_TEXT, "P-0003"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Horizon Relief International"
    assert browser.find_element(By.CSS_SELECTOR, ".app-diagram svg").get_attribute("role") == "img"
    assert_accessible(browser, f"partner page of {account}")


def test_a_partners_staff_see_their_partner_only_and_another_partners_url_is_not_found(browser, server):
    account = next(name for name, partner in server.partners.items() if partner == "P-0001")
    sign_in(browser, server, account)
    assert_accessible(browser, "my work of a partner")
    browser.get(server.url + "/partners")
    ids = [row.find_element(By.TAG_NAME, "a").text for row in browser.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert ids == ["P-0001"]
    browser.get(server.url + "/partners/P-0003")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Page not found"
    assert "Horizon" not in browser.page_source
    assert_accessible(browser, "not found")
    response = http_session(browser).get(server.url + "/partners/P-0003")
    assert response.status_code == 404
    csv_text = http_session(browser).get(server.url + "/partners?format=csv").text
    assert [row["id"] for row in csv.DictReader(io.StringIO(csv_text))] == ["P-0001"]


def test_filters_stay_in_the_url_and_the_csv_is_exactly_the_filtered_list(browser, server):
    sign_in(browser, server, "henrik.larsen")
    browser.get(server.url + "/partners")
    browser.find_element(By.ID, "flags").send_keys("With open flags")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Apply filters']"))
    assert "flags=yes" in browser.current_url
    shown = [row.find_element(By.TAG_NAME, "a").text for row in browser.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert shown and len(shown) < 5
    assert browser.find_elements(By.CSS_SELECTOR, ".app-chip")
    assert_accessible(browser, "filtered partners")
    csv_link = browser.find_element(By.PARTIAL_LINK_TEXT, "Download these partners as CSV").get_attribute("href")
    exported = list(csv.DictReader(io.StringIO(http_session(browser).get(csv_link).text)))
    assert [row["id"] for row in exported] == shown
    submit(browser, browser.find_element(By.LINK_TEXT, "Name"))
    assert "sort=name" in browser.current_url and "flags=yes" in browser.current_url
    header = browser.find_element(By.XPATH, "//th[a[text()='Name']]")
    assert header.get_attribute("aria-sort") == "ascending"


def test_an_event_the_engine_refuses_is_shown_with_its_reason_and_nothing_changes(browser, server):
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + "/partners/P-0002")
    before = len(browser.find_elements(By.CSS_SELECTOR, ".app-timeline li"))
    button = browser.find_element(By.XPATH, "//button[text()='Complete assessment']")
    submit(browser, button)
    summary = browser.find_element(By.CSS_SELECTOR, ".app-error-summary")
    assert "Complete assessment was refused" in summary.text
    assert "rule" in summary.text
    assert summary_has_focus(browser)
    assert_accessible(browser, "partner page with a refusal")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".app-timeline li")) == before


def test_an_event_the_account_may_send_moves_the_partner_and_enters_the_history(browser, server):
    sign_in(browser, server, "henrik.larsen")
    browser.get(server.url + "/partners/P-0001")
    actions = [b.text for b in browser.find_elements(By.CSS_SELECTOR, ".app-action button")]
    assert "Suspend" in actions
    form = browser.find_element(By.XPATH, "//form[.//button[text()='Suspend']]")
    form.find_element(By.CSS_SELECTOR, "input[type='text']").send_keys("Audit of the ministry's programme")
    submit(browser, form.find_element(By.TAG_NAME, "button"))
    assert "Suspend: done." in browser.page_source
    first = browser.find_element(By.CSS_SELECTOR, ".app-timeline li")
    assert "Suspend" in first.text and "henrik.larsen" in first.text
    assert "Audit of the ministry's programme" in first.text


def test_pages_fit_a_narrow_screen(browser, server):
    sign_in(browser, server, "amina.diallo")
    browser.set_window_size(360, 800)
    for path in ["/", "/partners", "/partners/P-0002", "/account/password"]:
        browser.get(server.url + path)
        width = browser.execute_script("return document.documentElement.scrollWidth")
        viewport = browser.execute_script("return window.innerWidth")
        assert width <= viewport + 1, f"{path} is {width} px wide on a {viewport} px screen"


def test_pages_stay_light(browser, server):
    sign_in(browser, server, "henrik.larsen")
    session = http_session(browser)
    for path in ["/", "/partners", "/partners/P-0003", "/assets/app.css"]:
        assert len(session.get(server.url + path).content) < 100_000, path


def test_an_account_with_two_roles_switches_between_them(browser, server):
    granted = server.cli("user", "roles", "grace.otieno", "--grant", "manager", "--as", "diligence.admin")
    assert granted.returncode == 0, granted.stderr
    try:
        sign_in(browser, server, "grace.otieno")
        assert "PSEA focal point" in browser.find_element(By.CSS_SELECTOR, ".app-account").text
        assert_accessible(browser, "header with a role switch")
        browser.find_element(By.ID, "acting-role").send_keys("Manager")
        submit(browser, browser.find_element(By.XPATH, "//button[text()='Switch role']"))
        assert "Manager" in browser.find_element(By.CSS_SELECTOR, ".app-account").text
        browser.get(server.url + "/partners/P-0002")
        actions = [b.text for b in browser.find_elements(By.CSS_SELECTOR, ".app-action button")]
        assert "Suspend" in actions or "Close" in actions
    finally:
        # The other suites sign in as the focal point alone: the server is shared.
        server.cli("user", "roles", "grace.otieno", "--revoke", "manager", "--as", "diligence.admin")


def test_a_revoked_role_ends_the_session_that_acts_in_it(browser, server):
    server.cli("user", "roles", "lucas.moreno", "--grant", "manager", "--as", "diligence.admin")
    sign_in(browser, server, "lucas.moreno")
    browser.find_element(By.ID, "acting-role").send_keys("Manager")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Switch role']"))
    revoked = server.cli("user", "roles", "lucas.moreno", "--revoke", "manager", "--as", "diligence.admin")
    assert revoked.returncode == 0, revoked.stderr
    browser.get(server.url + "/partners")
    assert "/sign-in" in browser.current_url
    assert "Your session ended" in browser.page_source


def test_a_kept_partner_page_carries_each_browsers_own_form_token(browser, server):
    def tokens(session, path):
        return set(re.findall(r'name="form_token" value="([^"]+)"', session.get(server.url + path).text))

    sign_in(browser, server, "henrik.larsen")
    first = http_session(browser)
    assert tokens(first, "/partners/P-0003") == tokens(first, "/account/password")
    browser.delete_all_cookies()
    sign_in(browser, server, "henrik.larsen")
    second = http_session(browser)
    assert tokens(second, "/partners/P-0003") == tokens(second, "/account/password")
    assert tokens(second, "/partners/P-0003") != tokens(first, "/partners/P-0003")
