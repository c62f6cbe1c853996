"""One walk on PostgreSQL: the demo's SQLite installation copied into a new PostgreSQL database with
`diligence migrate-store`, served from there by `diligence serve --db postgres://...`, and used in
the browser as on SQLite (sign in with the demo's password, the partner list, raise a flag); the
copy's log verifies after. Runs when `$DILIGENCE_TEST_POSTGRES` names a server (scripts/test starts
one); the rest of the browser suite runs on SQLite."""

import os
import re
import shutil
import subprocess
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from accessibility import assert_accessible
from conftest import BINARY, ROOT, sign_in, submit

SERVER_URL = os.environ.get("DILIGENCE_TEST_POSTGRES")
pytestmark = pytest.mark.skipif(not SERVER_URL, reason="no test PostgreSQL server ($DILIGENCE_TEST_POSTGRES)")


class PostgresServer:
    """`diligence serve` on a new PostgreSQL database holding a copy of the demo's SQLite file."""

    def __init__(self, demo):
        self.name = "diligence_browser_" + uuid.uuid4().hex[:8]
        self.database = SERVER_URL.rsplit("/", 1)[0] + "/" + self.name
        self.psql(f'CREATE DATABASE "{self.name}"')
        self.key = demo.directory / "diligence-demo.key"
        copy = subprocess.run(
            [str(BINARY), "migrate-store", "--from", str(demo.database), "--to", self.database],
            capture_output=True, text=True)
        assert copy.returncode == 0, copy.stderr
        assert "the same chain" in copy.stdout
        self.passwords = demo.passwords
        environment = dict(os.environ)
        environment["DILIGENCE_SIGN_IN_BCRYPT_COST"] = "4"
        # A URL has no folder to keep the key files beside: the server is given the demo's.
        environment["DILIGENCE_KEY_FILE"] = str(self.key)
        environment["DILIGENCE_SIGNING_KEY_FILE"] = str(demo.directory / "diligence-signing.key")
        environment.pop("DILIGENCE_DB", None)
        self.process = subprocess.Popen(
            [str(BINARY), "serve", "--db", self.database, "--port", "0",
             "--workflows", str(ROOT / "Workflows"), "--assessments", str(ROOT / "Assessments")],
            cwd=demo.directory, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.url = None
        for line in self.process.stdout:
            served = re.search(r"at (http://127\.0\.0\.1:\d+)", line)
            if served:
                self.url = served.group(1)
                break
        if self.url is None:
            raise RuntimeError("the server did not start: " + self.process.stderr.read())

    def psql(self, statement):
        subprocess.run([shutil.which("psql") or "psql", SERVER_URL, "-q", "-c", statement], check=True)

    def cli(self, *arguments):
        """Runs the real CLI on the PostgreSQL database."""
        return subprocess.run(
            [str(BINARY), *arguments, "--db", self.database,
             "--workflows", str(ROOT / "Workflows"), "--assessments", str(ROOT / "Assessments")],
            capture_output=True, text=True)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
            assert self.process.returncode == 0, f"the server exited with {self.process.returncode}"
        finally:
            self.psql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def postgres_server(server):
    running = PostgresServer(server)
    yield running
    running.stop()


def test_the_demo_copied_to_postgresql_is_served_and_used_in_the_browser(browser, postgres_server):
    sign_in(browser, postgres_server, "amina.diallo")
    assert browser.find_element(By.TAG_NAME, "h1").text == "My work"
    submit(browser, browser.find_element(By.LINK_TEXT, "Partners"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.app-table tbody tr")) == 5
    submit(browser, browser.find_element(By.LINK_TEXT, "P-0003"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Horizon Relief International"
    assert_accessible(browser, "a partner's page on PostgreSQL")

    browser.get(postgres_server.url + "/flags/new")
    browser.find_element(By.ID, "partner").send_keys("P-0002")
    Select(browser.find_element(By.ID, "category")).select_by_visible_text("Operational")
    browser.find_element(By.ID, "level-yellow").click()
    browser.find_element(By.ID, "reason").send_keys("Distribution reports are three months late.")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Raise the flag']"))
    assert "The flag is raised." in browser.page_source
    flag = re.search(r"Flag (F-\d{4})", browser.find_element(By.TAG_NAME, "h1").text).group(1)

    # The flag is in the PostgreSQL database's log, which verifies with the demo's chain under it.
    listed = postgres_server.cli("flag", "show", flag, "--json")
    assert listed.returncode == 0, listed.stderr
    assert '"P-0002"' in listed.stdout
    verified = postgres_server.cli("audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "the log is intact" in verified.stdout
