"""E-mail: each account chooses how often it is written to; an administrator sees what was not
delivered and why."""

import re
import socket

from aiosmtpd.controller import Controller
from selenium.webdriver.common.by import By

from accessibility import assert_accessible
from conftest import http_session, sign_in, submit, summary_has_focus


def form_token(browser):
    token = browser.find_element(By.CSS_SELECTOR, "form[action='/account/notifications'] input[type=hidden]")
    return token.get_attribute("name"), token.get_attribute("value")


def test_an_account_chooses_a_daily_digest(browser, server):
    sign_in(browser, server, "james.mwangi")
    browser.find_element(By.LINK_TEXT, "E-mail").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "How often we e-mail you"
    assert browser.find_element(By.ID, "frequency").is_selected(), "as it happens, until chosen"
    assert_accessible(browser, "notification preferences page")
    browser.find_element(By.CSS_SELECTOR, "label[for='frequency-daily']").click()
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Save']"))
    assert "Your choice has been saved." in browser.page_source
    assert browser.find_element(By.ID, "frequency-daily").is_selected()
    shown = server.cli("user", "notifications", "james.mwangi", "--as", "james.mwangi")
    assert "james.mwangi is written to: daily" in shown.stdout


def test_a_choice_that_is_none_of_the_three_is_refused_and_nothing_is_saved(browser, server):
    sign_in(browser, server, "lucas.moreno")
    browser.get(server.url + "/account/notifications")
    name, value = form_token(browser)
    session = http_session(browser)
    for bad in [{"frequency": "hourly"}, {}]:
        response = session.post(server.url + "/account/notifications", data={name: value, **bad},
                                allow_redirects=False)
        assert response.status_code == 422
        assert "Choose how often we e-mail you" in response.text
    shown = server.cli("user", "notifications", "lucas.moreno", "--as", "lucas.moreno")
    assert "lucas.moreno is written to: immediate" in shown.stdout
    # The same refusal in the browser: the summary takes the focus and links to the first choice.
    browser.execute_script("document.querySelectorAll('input[name=frequency]').forEach(r => r.checked = false)")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Save']"))
    assert browser.title.startswith("Error: ")
    assert summary_has_focus(browser)
    assert browser.find_element(By.CSS_SELECTOR, "#error-summary a").get_attribute("href").endswith("#frequency")
    assert_accessible(browser, "notification preferences with an error")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Accept:
    async def handle_DATA(self, server, session, envelope):
        return "250 OK"


def test_an_administrator_sees_what_was_not_delivered_and_why(browser, server, tmp_path):
    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + "/admin/notifications")
    assert browser.find_element(By.TAG_NAME, "h1").text == "You cannot use this page"
    browser.delete_all_cookies()
    port = free_port()
    controller = Controller(Accept(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        config = tmp_path / "mail.yaml"
        config.write_text(
            "server:\n  public_url: https://diligence.example.org\n"
            f"smtp:\n  host: 127.0.0.1\n  port: {port}\n  starttls: false\n")
        delivered = server.cli("deliver", "--config", str(config))
        assert delivered.returncode == 0, delivered.stderr
    finally:
        controller.stop()
    skipped = int(re.search(r"(\d+) addressed", delivered.stdout).group(1))
    assert skipped > 0
    sign_in(browser, server, "diligence.admin")
    browser.find_element(By.LINK_TEXT, "Accounts").click()
    browser.find_element(By.LINK_TEXT, "E-mail not delivered").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "E-mail not delivered"
    assert "This server sends no e-mail" in browser.page_source
    assert "The account has no e-mail address" in browser.page_source
    assert_accessible(browser, "e-mail not delivered page")
