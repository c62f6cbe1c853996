"""Passwords: an administrator's reset forces a change; users change their own with the error
pattern; the command line reads a password from standard input only."""

from selenium.webdriver.common.by import By

from accessibility import assert_accessible
from conftest import sign_in, submit


def test_after_an_administrators_reset_the_user_must_choose_a_new_password(browser, server):
    result = server.cli("user", "password", "james.mwangi", "--as", "diligence.admin", input="temporary pass 1\n")
    assert result.returncode == 0, result.stderr
    assert "temporary pass 1" not in result.stdout + result.stderr
    sign_in(browser, server, "james.mwangi", "temporary pass 1")
    assert browser.current_url.endswith("/account/password")
    assert "Choose your own" in browser.page_source
    browser.get(server.url + "/partners")
    assert browser.current_url.endswith("/account/password")
    assert_accessible(browser, "password page")
    browser.find_element(By.ID, "current").send_keys("temporary pass 1")
    browser.find_element(By.ID, "new").send_keys("short")
    browser.find_element(By.ID, "confirm").send_keys("short")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Change password']"))
    assert browser.title.startswith("Error: ")
    assert "at least 10 characters" in browser.find_element(By.ID, "new-error").text
    assert_accessible(browser, "password page with errors")
    browser.find_element(By.ID, "current").send_keys("temporary pass 1")
    browser.find_element(By.ID, "new").send_keys("james chooses this one")
    browser.find_element(By.ID, "confirm").send_keys("james chooses this one")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Change password']"))
    assert "Your password has been changed." in browser.page_source
    browser.get(server.url + "/partners")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Partners"
    browser.delete_all_cookies()
    sign_in(browser, server, "james.mwangi", "james chooses this one")
    assert browser.find_element(By.TAG_NAME, "h1").text == "My work"


def test_the_command_line_refuses_a_weak_password_and_a_non_administrator(server):
    weak = server.cli("user", "password", "lucas.moreno", "--as", "diligence.admin", input="short\n")
    assert weak.returncode == 1 and "too short" in weak.stderr
    officer = server.cli("user", "password", "lucas.moreno", "--as", "amina.diallo", input="long enough pass\n")
    assert officer.returncode == 1 and "may not manage accounts" in officer.stderr


def test_an_administrator_sets_a_password_on_the_accounts_page_and_others_are_refused(browser, server):
    sign_in(browser, server, "amina.diallo")
    assert not browser.find_elements(By.LINK_TEXT, "Accounts")
    browser.get(server.url + "/admin/accounts")
    assert browser.find_element(By.TAG_NAME, "h1").text == "You cannot use this page"
    assert "Administrator" in browser.page_source and "wanjiru.kamau" not in browser.page_source
    browser.delete_all_cookies()
    sign_in(browser, server, "diligence.admin")
    browser.find_element(By.LINK_TEXT, "Accounts").click()
    assert_accessible(browser, "accounts page")
    browser.find_element(By.ID, "account").send_keys("omar.haddad")
    browser.find_element(By.ID, "new").send_keys("omar.haddad!")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Set password']"))
    assert browser.title.startswith("Error: ")
    assert "account's name" in browser.find_element(By.ID, "new-error").text
    assert_accessible(browser, "accounts page with an error")
    browser.find_element(By.ID, "account").send_keys("omar.haddad")
    browser.find_element(By.ID, "new").send_keys("a temporary phrase")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Set password']"))
    assert "The password of omar.haddad is set" in browser.page_source
    browser.delete_all_cookies()
    sign_in(browser, server, "omar.haddad", "a temporary phrase")
    assert browser.current_url.endswith("/account/password")
