"""The mail suite: the real `diligence` binary delivering to a real SMTP server (Python's aiosmtpd)
on the loopback address, on a free port, started by each test."""

import email
import email.policy
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("DILIGENCE_BINARY", ROOT / ".build" / "debug" / "diligence"))
PUBLIC_URL = "https://diligence.example.org"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """What the SMTP server received, and how it answers: `refuse` holds addresses refused with
    550; `hold_after` makes DATA wait (on a threading event) once that many messages arrived."""

    def __init__(self):
        self.messages = []
        self.refuse = set()
        self.hold_after = None
        self.arrived = threading.Condition()
        self.release = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.arrived:
            self.messages.append((envelope.rcpt_tos[0], message))
            count = len(self.messages)
            self.arrived.notify_all()
        if self.hold_after is not None and count > self.hold_after:
            await server.loop.run_in_executor(None, self.release.wait, 60)
        return "250 OK"

    def wait_for(self, count, timeout=60):
        with self.arrived:
            assert self.arrived.wait_for(lambda: len(self.messages) >= count, timeout), (
                f"{len(self.messages)} of {count} messages arrived")

    def ids(self):
        return [message["Message-ID"] for _, message in self.messages]


class SMTPServer:
    def __init__(self, port):
        self.port = port
        self.mailbox = Mailbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.mailbox.release.set()
            self.controller.stop()
            self.controller = None


class Installation:
    """A demonstration database (its clock simulated) with a configuration file naming the SMTP
    server; runs the real CLI on it."""

    def __init__(self, port):
        self.directory = Path(tempfile.mkdtemp(prefix="diligence-mail-"))
        self.database = self.directory / "demo.sqlite"
        self.config = self.directory / "diligence.yaml"
        self.config.write_text(
            f"server:\n  public_url: {PUBLIC_URL}\n"
            f"smtp:\n  host: 127.0.0.1\n  port: {port}\n  starttls: false\n  from: diligence@example.org\n")
        result = self.cli("demo")
        assert result.returncode == 0, result.stderr

    def environment(self):
        environment = {k: v for k, v in os.environ.items() if not k.startswith("DILIGENCE_")}
        environment["DILIGENCE_SIGN_IN_BCRYPT_COST"] = "4"
        return environment

    def arguments(self, *arguments):
        return [str(BINARY), *arguments, "--db", str(self.database),
                "--workflows", str(ROOT / "Workflows"), "--assessments", str(ROOT / "Assessments")]

    def cli(self, *arguments, environment=None):
        return subprocess.run(
            self.arguments(*arguments), cwd=self.directory, env=environment or self.environment(),
            capture_output=True, text=True, timeout=300)

    def deliver(self, *arguments):
        return self.cli("deliver", "--config", str(self.config), *arguments)

    def query(self, sql, *parameters):
        with sqlite3.connect(self.database) as connection:
            return connection.execute(sql, parameters).fetchall()

    def remove(self):
        shutil.rmtree(self.directory, ignore_errors=True)


@pytest.fixture
def smtp():
    server = SMTPServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """One demonstration database per module, copied for each test (building it takes a while)."""
    installation = Installation(0)
    yield installation
    installation.remove()


@pytest.fixture
def installation(demo_template, smtp):
    copy = Installation.__new__(Installation)
    copy.directory = Path(tempfile.mkdtemp(prefix="diligence-mail-"))
    for name in ["demo.sqlite", "demo.sqlite-wal", "demo.key"]:
        if (demo_template.directory / name).exists():
            shutil.copy(demo_template.directory / name, copy.directory / name)
    copy.database = copy.directory / "demo.sqlite"
    copy.config = copy.directory / "diligence.yaml"
    copy.config.write_text(demo_template.config.read_text().replace("port: 0", f"port: {smtp.port}"))
    yield copy
    copy.remove()
