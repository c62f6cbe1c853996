"""The browser suite: the real `diligence serve` binary on a real demo database, driven by
Debian's chromium through selenium (headless), with axe-core checking every page."""

import base64
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.wait import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("DILIGENCE_BINARY", ROOT / ".build" / "debug" / "diligence"))


class Server:
    """A `diligence serve --demo` process on a free port, with the accounts it printed."""

    def __init__(self):
        self.directory = Path(tempfile.mkdtemp(prefix="diligence-browser-"))
        environment = dict(os.environ)
        # Cheap hashes: the cost is a setting, and tests need no strength.
        environment["DILIGENCE_SIGN_IN_BCRYPT_COST"] = "4"
        # A long first wait: the throttling test does not depend on how fast the machine is.
        environment["DILIGENCE_SIGN_IN_ACCOUNT_FIRST_DELAY_SECONDS"] = "600"
        environment["DILIGENCE_SIGN_IN_ACCOUNT_MAX_DELAY_SECONDS"] = "1200"
        environment.pop("DILIGENCE_DB", None)
        self.process = subprocess.Popen(
            [str(BINARY), "serve", "--demo", "--port", "0",
             "--workflows", str(ROOT / "Workflows"), "--assessments", str(ROOT / "Assessments")],
            cwd=self.directory, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.passwords = {}
        self.partners = {}
        self.url = None
        for line in self.process.stdout:
            account = re.match(r"^  ([a-z][a-z0-9._-]+)\s+([a-z0-9-]{19})\s+(.*)$", line)
            if account:
                self.passwords[account.group(1)] = account.group(2)
                partner = re.search(r"of (P-\d{4})", account.group(3))
                if partner:
                    self.partners[account.group(1)] = partner.group(1)
            served = re.search(r"at (http://127\.0\.0\.1:\d+)", line)
            if served:
                self.url = served.group(1)
                break
        if self.url is None:
            raise RuntimeError("the server did not start: " + self.process.stderr.read())
        self.database = self.directory / "diligence-demo.sqlite"

    def stop(self):
        """SIGTERM, as Ctrl-C's SIGINT: requests in flight finish, the database closes, exit 0."""
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
            rest = self.process.stdout.read()
            assert self.process.returncode == 0, f"the server exited with {self.process.returncode}"
            assert "diligence stopped; the database is closed" in rest
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)

    def cli(self, *arguments, input=None):
        """Runs the real CLI on the server's database."""
        environment = dict(os.environ)
        environment["DILIGENCE_SIGN_IN_BCRYPT_COST"] = "4"
        return subprocess.run(
            [str(BINARY), *arguments, "--db", str(self.database),
             "--workflows", str(ROOT / "Workflows"), "--assessments", str(ROOT / "Assessments")],
            cwd=self.directory, env=environment, input=input, capture_output=True, text=True)


@pytest.fixture(scope="session")
def server():
    running = Server()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def chrome():
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def browser(chrome, server):
    """The browser, signed out, on a clean set of cookies."""
    chrome.delete_all_cookies()
    chrome.set_window_size(1280, 900)
    yield chrome
    chrome.delete_all_cookies()


def submit(browser, button):
    """Clicks a form's button and waits for the next page."""
    button.click()

    def gone(_):
        try:
            button.is_enabled()
            return False
        except WebDriverException:  # stale, or no longer in the document: the next page is here
            return True

    WebDriverWait(browser, 20).until(gone)


def sign_in(browser, server, account, password=None, open_page=True):
    if open_page:
        browser.get(server.url + "/sign-in")
    browser.find_element(By.ID, "account").send_keys(account)
    browser.find_element(By.ID, "password").send_keys(password or server.passwords[account])
    submit(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/sign-in'] button"))


def http_session(browser):
    """A `requests` session carrying the browser's cookies (for CSV and raw posts)."""
    session = requests.Session()
    for cookie in browser.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    return session


def summary_has_focus(browser):
    """Waits until the error summary holds the focus (it takes it on load, without script), and
    says whether it does."""

    def focused(_):
        return browser.switch_to.active_element.get_attribute("id") == "error-summary"

    try:
        WebDriverWait(browser, 10).until(focused)
    except WebDriverException:
        return False
    return True


# What the layout's navigation and account bar say: none of it belongs on paper.
NAVIGATION_WORDS = ["Skip to main content", "Sign out", "Switch role", "Act as"]


def printed_text(browser):
    """Prints the page shown to PDF as chromium does (`Page.printToPDF`, through selenium's
    `print_page`), checks that it is a PDF, and returns its text (poppler's `pdftotext`)."""
    from selenium.webdriver.common.print_page_options import PrintOptions

    options = PrintOptions()
    options.background = False
    data = base64.b64decode(browser.print_page(options))
    assert data.startswith(b"%PDF-"), "the print is not a PDF"
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def assert_prints_cleanly(browser, *expected):
    """Prints the page shown to PDF and checks that it carries `expected` and no navigation,
    account bar or button: for the portfolio report, an assessment or an agreement's findings."""
    text = printed_text(browser)
    squeezed = " ".join(text.split())
    for words in expected:
        assert " ".join(words.split()) in squeezed, f"{words!r} is not in the print: {squeezed[:2000]}"
    for words in NAVIGATION_WORDS:
        assert words not in squeezed, f"the print carries {words!r}"
    return text
