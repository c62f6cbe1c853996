"""Signing in and out, the error pattern, throttled guessing, CSRF and the security headers."""

import requests
from selenium.webdriver.common.by import By

from accessibility import assert_accessible
from conftest import http_session, sign_in, submit, summary_has_focus


def test_the_sign_in_page_is_accessible_empty_and_with_errors(browser, server):
    browser.get(server.url + "/")
    assert "/sign-in" in browser.current_url
    assert browser.title == "Sign in – diligence"
    assert_accessible(browser, "sign-in")
    submit(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/sign-in'] button"))
    assert browser.title.startswith("Error: ")
    summary = browser.find_element(By.CSS_SELECTOR, ".app-error-summary")
    links = [a.get_attribute("href").split("#")[1] for a in summary.find_elements(By.TAG_NAME, "a")]
    assert links == ["account", "password"]
    assert summary_has_focus(browser)
    assert "Enter your account name" in browser.find_element(By.ID, "account-error").text
    assert_accessible(browser, "sign-in with errors")


def test_a_wrong_password_is_refused_without_saying_whether_the_account_exists(browser, server):
    sign_in(browser, server, "amina.diallo", "not the password")
    message = browser.find_element(By.ID, "password-error").text
    sign_in(browser, server, "no.such.person", "not the password")
    assert browser.find_element(By.ID, "password-error").text == message
    assert "not right" in message
    assert browser.find_element(By.ID, "account").get_attribute("value") == "no.such.person"
    assert browser.find_element(By.ID, "password").get_attribute("value") == ""


def test_signing_in_leads_to_my_work_and_signing_out_ends_the_session(browser, server):
    sign_in(browser, server, "amina.diallo")
    assert browser.find_element(By.TAG_NAME, "h1").text == "My work"
    assert "Amina Diallo" in browser.find_element(By.CSS_SELECTOR, ".app-account").text
    cookies = {c["name"]: c for c in browser.get_cookies()}
    assert cookies["diligence_session"]["httpOnly"]
    assert cookies["diligence_session"]["sameSite"] == "Lax"
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Sign out']"))
    assert "You have signed out." in browser.page_source
    browser.get(server.url + "/partners")
    assert "/sign-in" in browser.current_url


def test_a_return_address_brings_the_user_back_but_never_off_the_site(browser, server):
    browser.get(server.url + "/partners?country=KE")
    assert "return=" in browser.current_url
    sign_in(browser, server, "amina.diallo", open_page=False)
    assert browser.current_url == server.url + "/partners?country=KE"
    browser.delete_all_cookies()
    browser.get(server.url + "/sign-in?return=//evil.example.org/")
    sign_in(browser, server, "amina.diallo", open_page=False)
    assert browser.current_url == server.url + "/"


def test_a_form_without_its_token_is_refused_and_changes_nothing(browser, server):
    sign_in(browser, server, "henrik.larsen")
    session = http_session(browser)
    before = session.get(server.url + "/partners/P-0002").text.count("app-timeline__what")
    response = session.post(
        server.url + "/partners/P-0002/events", data={"event": "suspend", "field.suspension_reason": "forged"},
        allow_redirects=False)
    assert response.status_code == 403
    assert "This form has expired" in response.text
    forged = session.post(
        server.url + "/partners/P-0002/events",
        data={"event": "suspend", "form_token": "forged-token-of-the-right-length-aaaaaaaaaa"}, allow_redirects=False)
    assert forged.status_code == 403
    assert session.get(server.url + "/partners/P-0002").text.count("app-timeline__what") == before


def test_every_response_carries_the_security_headers(server):
    response = requests.get(server.url + "/sign-in")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "<script" not in response.text


def test_guessing_is_slowed_down_per_account(browser, server):
    # Five failures are free; then each try waits (here 10 minutes, then 20, ...) after the last
    # failure, and a try within the wait is refused unchecked, even with the right password.
    for _ in range(5):
        sign_in(browser, server, "moussa.issa", "a wrong guess")
        assert "not right" in browser.find_element(By.ID, "password-error").text
    sign_in(browser, server, "moussa.issa", "a wrong guess")
    assert "Wait 10 minutes" in browser.find_element(By.ID, "password-error").text
    sign_in(browser, server, "moussa.issa")
    assert "Too many failed tries" in browser.find_element(By.ID, "password-error").text
