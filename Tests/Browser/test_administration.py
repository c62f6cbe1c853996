"""The administrator's pages: adding an account, granting and revoking roles, disabling an
account, each an event in the log, each bad input refused beside its field with nothing written,
and every other role refused with the 403 page."""

import json

import pytest
from selenium.webdriver.common.by import By

from accessibility import assert_accessible
from conftest import http_session, sign_in, submit, summary_has_focus


def account_events(server, name):
    """The log's rows of one account (their event names), read with the real CLI."""
    result = server.cli("audit", "log", "--json")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    rows = events if isinstance(events, list) else events.get("events", [])
    return [row["event"] for row in rows
            if row.get("subject") == "account:" + name and row.get("event") in ACCOUNT_EVENTS]


ACCOUNT_EVENTS = {"account_add", "roles_grant", "roles_revoke", "account_disable", "account_enable"}


def fill_new_account(browser, fields):
    for name, value in fields.items():
        if name == "roles":
            for role in value:
                browser.find_element(By.CSS_SELECTOR, f"input[name='roles'][value='{role}']").click()
        else:
            browser.find_element(By.ID, name).send_keys(value)
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Add account']"))


BAD_NEW_ACCOUNTS = [
    ({"roles": ["programme_officer"]}, "name", "Enter the account name"),
    ({"name": "Bad Name", "roles": ["programme_officer"]}, "name", "lower-case"),
    ({"name": "amina.diallo", "roles": ["programme_officer"]}, "name", "already an account"),
    ({"name": "new.person"}, "roles", "Choose at least one role"),
    ({"name": "new.person", "email": "not-an-address", "roles": ["programme_officer"]}, "email", "e-mail address"),
    ({"name": "new.person", "roles": ["partner"]}, "partner", "Enter the partner"),
    ({"name": "new.person", "roles": ["partner"], "partner": "P-9999"}, "partner", "no partner P-9999"),
    ({"name": "new.person", "roles": ["programme_officer"], "partner": "P-0001"}, "partner", "Leave the partner empty"),
    ({"name": "new.person", "roles": ["partner", "manager"], "partner": "P-0001"}, "roles", "cannot be held with"),
    ({"name": "new.person", "roles": ["manager"], "scope": "KE, kenya"}, "scope", "not a country code"),
    ({"name": "new.person", "roles": ["partner"], "partner": "P-0001", "scope": "KE"}, "scope", "Leave the countries empty"),
]


@pytest.mark.parametrize("fields, field, message", BAD_NEW_ACCOUNTS)
def test_a_bad_new_account_is_refused_beside_its_field_and_nothing_is_written(browser, server, fields, field, message):
    sign_in(browser, server, "diligence.admin")
    browser.get(server.url + "/admin/new-account")
    fill_new_account(browser, fields)
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CSS_SELECTOR, ".app-error-summary")
    assert [a.get_attribute("href").split("#")[1] for a in summary.find_elements(By.TAG_NAME, "a")] == [field]
    assert message in browser.find_element(By.ID, field + "-error").text
    assert browser.find_element(By.ID, field)  # the summary's link leads to a field of the page
    assert summary_has_focus(browser)
    assert account_events(server, "new.person") == []


def test_an_administrator_adds_accounts_for_un_staff_and_a_partners_staff(browser, server):
    sign_in(browser, server, "diligence.admin")
    submit(browser, browser.find_element(By.LINK_TEXT, "Accounts"))
    submit(browser, browser.find_element(By.LINK_TEXT, "Add an account"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Add an account"
    assert_accessible(browser, "new account page")
    fill_new_account(browser, {"name": "x"})
    assert_accessible(browser, "new account page with errors")
    # What was typed stays in the form.
    assert browser.find_element(By.ID, "name").get_attribute("value") == "x"
    browser.get(server.url + "/admin/new-account")
    fill_new_account(browser, {
        "name": "nadia.karimi", "display_name": "Nadia Karimi", "email": "nadia@example.org",
        "roles": ["programme_officer", "manager"], "scope": "KE, ug"})
    assert browser.find_element(By.TAG_NAME, "h1").text == "Nadia Karimi"
    assert "The account is added." in browser.page_source
    assert "KE, UG" in browser.page_source
    assert_accessible(browser, "account page")
    assert account_events(server, "nadia.karimi") == ["account_add"]
    browser.get(server.url + "/admin/new-account")
    fill_new_account(browser, {"name": "kofi.mensah", "roles": ["partner"], "partner": "P-0002"})
    assert "P-0002" in browser.find_element(By.CSS_SELECTOR, ".app-summary").text
    shown = server.cli("user", "show", "kofi.mensah", "--as", "diligence.admin")
    assert shown.returncode == 0 and "P-0002" in shown.stdout


def test_an_administrator_grants_and_revokes_roles_and_disables_an_account(browser, server):
    added = server.cli("user", "add", "ruth.njeri", "--role", "programme_officer", "--as", "diligence.admin")
    assert added.returncode == 0, added.stderr
    sign_in(browser, server, "diligence.admin")
    browser.get(server.url + "/admin/accounts")
    submit(browser, browser.find_element(By.LINK_TEXT, "ruth.njeri"))
    # Nothing chosen: refused beside the field.
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Grant role']"))
    assert browser.title.startswith("Error: ")
    assert "Choose at least one role" in browser.find_element(By.ID, "grant-error").text
    assert summary_has_focus(browser)
    assert_accessible(browser, "account page with an error")
    # A partner's role beside UN staff roles: refused.
    browser.find_element(By.ID, "grant").send_keys("Partner")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Grant role']"))
    assert "cannot be held with" in browser.find_element(By.ID, "grant-error").text
    browser.find_element(By.ID, "grant").send_keys("Manager")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Grant role']"))
    assert "The role is granted." in browser.page_source
    assert "Programme officer, Manager" in browser.find_element(By.CSS_SELECTOR, ".app-summary").text or \
        "Manager, Programme officer" in browser.find_element(By.CSS_SELECTOR, ".app-summary").text
    browser.find_element(By.ID, "revoke").send_keys("Programme officer")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Revoke role']"))
    assert "The role is revoked." in browser.page_source
    # Nothing chosen, then the last role: refused beside the field.
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Revoke role']"))
    assert "Choose at least one role" in browser.find_element(By.ID, "revoke-error").text
    browser.find_element(By.ID, "revoke").send_keys("Manager")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Revoke role']"))
    assert "must keep at least one role" in browser.find_element(By.ID, "revoke-error").text
    submit(browser, browser.find_element(By.ID, "disable"))
    assert "The account is disabled." in browser.page_source
    assert_accessible(browser, "disabled account page")
    assert "Disabled" in browser.find_element(By.CSS_SELECTOR, ".app-summary").text
    submit(browser, browser.find_element(By.ID, "enable"))
    assert "The account is enabled." in browser.page_source
    assert account_events(server, "ruth.njeri") == [
        "account_add", "roles_grant", "roles_revoke", "account_disable", "account_enable"]


def test_the_last_administrator_cannot_be_disabled(browser, server):
    sign_in(browser, server, "diligence.admin")
    browser.get(server.url + "/admin/account/diligence.admin")
    before = account_events(server, "diligence.admin")
    submit(browser, browser.find_element(By.ID, "disable"))
    assert browser.title.startswith("Error: ")
    assert "left to manage accounts" in browser.find_element(By.ID, "disable-error").text
    assert account_events(server, "diligence.admin") == before


def test_other_roles_get_the_403_page_and_change_nothing(browser, server):
    sign_in(browser, server, "henrik.larsen")
    for path in ["/admin/new-account", "/admin/account/amina.diallo"]:
        browser.get(server.url + path)
        assert browser.find_element(By.TAG_NAME, "h1").text == "You cannot use this page"
        assert "amina.diallo@" not in browser.page_source
    browser.get(server.url + "/account/password")
    token = browser.find_element(By.NAME, "form_token").get_attribute("value")
    session = http_session(browser)
    before = account_events(server, "amina.diallo")
    for path, form in [
        ("/admin/new-account", {"name": "sneaky.person", "roles": "administrator"}),
        ("/admin/account/amina.diallo/grant", {"role": "administrator"}),
        ("/admin/account/amina.diallo/revoke", {"role": "programme_officer"}),
        ("/admin/account/amina.diallo/disable", {}),
    ]:
        response = session.post(server.url + path, data={"form_token": token, **form}, allow_redirects=False)
        assert response.status_code == 403, path
    assert account_events(server, "amina.diallo") == before
    assert account_events(server, "sneaky.person") == []
