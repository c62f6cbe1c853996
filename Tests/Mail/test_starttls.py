"""STARTTLS and signing in: the connection upgraded before the password is sent, the server's
certificate verified (here against the test's own authority, `smtp.ca_file`)."""

import ssl
import subprocess

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from conftest import free_port


class Secure:
    def __init__(self):
        self.sessions = []

    async def handle_DATA(self, server, session, envelope):
        self.sessions.append((session.ssl is not None, session.authenticated))
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    if auth_data.login == b"mailer" and auth_data.password == b"right horse battery":
        return AuthResult(success=True)
    return AuthResult(success=False, handled=False, message="535 5.7.8 Authentication credentials invalid")


@pytest.fixture
def tls_server(tmp_path):
    key, certificate = tmp_path / "key.pem", tmp_path / "certificate.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(certificate),
         "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certificate), str(key))
    handler = Secure()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticator, auth_require_tls=True)
    controller.start()
    yield handler, port, certificate
    controller.stop()


def configure(installation, port, certificate=None):
    text = ("server:\n  public_url: https://diligence.example.org\n"
            f"smtp:\n  host: localhost\n  port: {port}\n  user: mailer\n")
    if certificate:
        text += f"  ca_file: {certificate}\n"
    installation.config.write_text(text)


def deliver(installation, password):
    environment = installation.environment()
    environment["DILIGENCE_SMTP_PASSWORD"] = password
    return installation.cli("deliver", "--config", str(installation.config), environment=environment)


def test_mail_goes_over_starttls_after_signing_in(installation, tls_server):
    handler, port, certificate = tls_server
    configure(installation, port, certificate)
    result = deliver(installation, "right horse battery")
    assert result.returncode == 0, result.stderr
    assert handler.sessions and all(secure for secure, _ in handler.sessions)
    assert all(authenticated for _, authenticated in handler.sessions)
    assert installation.query("SELECT COUNT(*) FROM outbox_message WHERE status = 'pending'")[0][0] == 0


def test_a_wrong_password_keeps_the_messages_queued(installation, tls_server):
    handler, port, certificate = tls_server
    configure(installation, port, certificate)
    result = deliver(installation, "wrong")
    assert result.returncode == 1
    assert "the SMTP server refused signing in: 535" in result.stderr
    assert "wrong" not in result.stderr
    assert handler.sessions == []
    assert installation.query("SELECT COUNT(*) FROM outbox_message WHERE status = 'sent'")[0][0] == 0


def test_a_certificate_not_trusted_is_refused(installation, tls_server):
    handler, port, _ = tls_server
    configure(installation, port)
    result = deliver(installation, "right horse battery")
    assert result.returncode == 1
    assert "the messages stay queued" in result.stderr
    assert handler.sessions == []
