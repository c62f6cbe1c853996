"""Delivery of the workflows' notifications by `diligence deliver` to a real SMTP server."""

import re
import signal
import subprocess
import time

from conftest import PUBLIC_URL, free_port

LATER = "2099-01-01T00:00:00Z"


def notifications(installation):
    return installation.query("SELECT id, subject, role, message FROM notification ORDER BY id")


def outbox(installation, status=None):
    sql = "SELECT source, account, address, status, reason, message_id, attempts FROM outbox_message"
    if status:
        return installation.query(sql + " WHERE status = ?", status)
    return installation.query(sql)


def test_every_notification_of_the_shipped_workflows_reaches_its_recipients_once(installation, smtp):
    written = notifications(installation)
    assert written, "the demonstration writes notifications"
    result = installation.deliver()
    assert result.returncode == 0, result.stderr
    sent = outbox(installation, "sent")
    assert outbox(installation, "pending") == []
    assert len(smtp.mailbox.messages) == len(sent)
    assert len(set(smtp.mailbox.ids())) == len(sent), "one Message-ID per message"
    # Every notification was relayed: either sent to someone or shown as skipped. The demonstration's
    # ticks (an administrator's, through the application layer) also write the reminders that came due.
    relayed = {row[0] for row in outbox(installation)}
    reminders = {row[0] for row in installation.query("SELECT id FROM reminder_notice")}
    assert relayed == {f"notification-{row[0]}" for row in written} | {f"reminder-{id}" for id in reminders}
    for notification, account, address, _, _, message_id, _ in sent:
        received = [m for to, m in smtp.mailbox.messages if m["Message-ID"] == f"<{message_id}>"]
        assert len(received) == 1
        assert received[0]["To"] == address
    # Every sentence a notification carried reached its recipients, named by its record.
    subjects = {message["Subject"] for _, message in smtp.mailbox.messages}
    sent_notifications = {row[0] for row in sent}
    for notification, subject, _, text in written:
        if f"notification-{notification}" in sent_notifications:
            assert f"[{subject}] {text}" in subjects
    assert re.search(r"^\d+ sent, 0 digests sent, 0 refused for good, 0 to try again", result.stdout, re.M), result.stdout


def test_a_message_is_plain_text_with_an_html_alternative_and_a_link(installation, smtp):
    assert installation.deliver().returncode == 0
    _, message = smtp.mailbox.messages[0]
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert PUBLIC_URL + "/" in text
    assert f'href="{PUBLIC_URL}/' in html
    assert message["Message-ID"].endswith("@diligence.example.org>")
    assert message["From"] == "diligence@example.org"


def test_no_restricted_allegation_detail_reaches_an_email(installation, smtp):
    assert installation.deliver().returncode == 0
    case = installation.query("SELECT subject FROM instance WHERE kind = 'allegation'")
    assert case, "the demonstration records an allegation"
    bodies = [
        m.get_body(preferencelist=("plain",)).get_content() + m.get_body(preferencelist=("html",)).get_content()
        + m["Subject"]
        for _, m in smtp.mailbox.messages]
    for secret in ["hotline", "community volunteer", "sexual", "exploitation", "women", "volunteers",
                   "narrative", "psychosocial"]:
        assert not any(secret in body.lower() for body in bodies), secret


def test_a_server_down_then_back_loses_nothing_and_doubles_nothing(installation, smtp):
    smtp.stop()
    down = installation.deliver()
    assert down.returncode != 0
    assert "the SMTP server could not be used; the messages stay queued" in down.stderr
    pending = outbox(installation, "pending")
    assert pending and all(row[6] == 1 for row in pending)
    assert outbox(installation, "sent") == []
    smtp.start()
    # Not due yet: the retry waits (one minute, doubling) run on the installation's clock.
    early = installation.deliver()
    assert early.returncode == 0, early.stderr
    assert smtp.mailbox.messages == []
    back = installation.deliver("--now", LATER)
    assert back.returncode == 0, back.stderr
    assert outbox(installation, "pending") == []
    assert len(smtp.mailbox.messages) == len(pending)
    assert len(set(smtp.mailbox.ids())) == len(pending)
    again = installation.deliver("--now", LATER)
    assert again.returncode == 0
    assert len(smtp.mailbox.messages) == len(pending), "nothing sent twice"


def test_a_permanent_refusal_is_kept_and_shown_not_retried(installation, smtp):
    smtp.mailbox.refuse = {"grace.otieno@example.org"}
    result = installation.deliver()
    assert result.returncode == 0, result.stderr
    failed = outbox(installation, "failed")
    assert failed and all(row[2] == "grace.otieno@example.org" for row in failed)
    assert all("550" in row[4] for row in failed)
    assert f"{len(failed)} refused for good" in result.stdout
    count = len(smtp.mailbox.messages)
    assert installation.deliver("--now", LATER).returncode == 0
    assert len(smtp.mailbox.messages) == count
    listing = installation.cli("notifications", "--status", "failed", "--as", "diligence.admin")
    assert listing.returncode == 0, listing.stderr
    assert "grace.otieno" in listing.stdout and "550" in listing.stdout


def test_skipped_accounts_are_shown_to_an_administrator(installation, smtp):
    disabled = installation.cli("user", "disable", "grace.otieno", "--as", "diligence.admin")
    assert disabled.returncode == 0, disabled.stderr
    assert installation.deliver().returncode == 0
    skipped = outbox(installation, "skipped")
    assert any(row[1] == "grace.otieno" and row[4] == "disabled" for row in skipped)
    assert all(to != "grace.otieno@example.org" for to, _ in smtp.mailbox.messages)
    listing = installation.cli("notifications", "--status", "skipped", "--as", "diligence.admin")
    assert listing.returncode == 0, listing.stderr
    assert "grace.otieno" in listing.stdout and "disabled" in listing.stdout
    refused = installation.cli("notifications", "--as", "amina.diallo")
    assert refused.returncode != 0


def test_a_delivery_killed_in_the_middle_loses_nothing(installation, smtp):
    total = len(installation.query("SELECT 1 FROM notification"))
    assert total > 3
    smtp.mailbox.hold_after = 2
    process = subprocess.Popen(
        installation.arguments("deliver", "--config", str(installation.config)),
        cwd=installation.directory, env=installation.environment(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        smtp.mailbox.wait_for(3)
        # A second run while the first holds the lock sends nothing.
        second = installation.deliver()
        assert second.returncode == 0, second.stderr
        assert "another delivery is running" in second.stdout
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
        smtp.mailbox.hold_after = None
        smtp.mailbox.release.set()
    rerun = installation.deliver("--now", LATER)
    assert rerun.returncode == 0, rerun.stderr
    sent = outbox(installation, "sent")
    assert outbox(installation, "pending") == []
    ids = smtp.mailbox.ids()
    assert {f"<{row[5]}>" for row in sent} == set(ids), "every message delivered"
    duplicates = len(ids) - len(set(ids))
    # Only the message in flight when the process was killed may arrive twice, with one Message-ID.
    assert duplicates <= 1


def test_bad_mail_configuration_is_refused_clearly(installation, smtp):
    config = installation.config
    config.write_text(f"server:\n  public_url: {PUBLIC_URL}\n")
    missing = installation.deliver()
    assert missing.returncode != 0
    assert "smtp.host is not set" in missing.stderr
    config.write_text(f"server:\n  public_url: {PUBLIC_URL}\nsmtp:\n  host: 127.0.0.1\n  port: 99999\n")
    port = installation.deliver()
    assert port.returncode != 0
    assert 'smtp.port: "99999" is not valid; give a port number from 1 to 65535' in port.stderr
    config.write_text("smtp:\n  host: 127.0.0.1\n")
    no_url = installation.deliver()
    assert "server.public_url is not set" in no_url.stderr
    config.write_text(f"server:\n  public_url: {PUBLIC_URL}\nsmtp:\n  host: 127.0.0.1\n  user: mailer\n")
    no_password = installation.deliver()
    assert "smtp.user is set but smtp.password is not" in no_password.stderr
    on_line = installation.deliver("--smtp-password", "secret")
    assert on_line.returncode != 0
    assert "a password is never taken on the command line" in on_line.stderr
    assert "secret" not in on_line.stderr
    environment = installation.environment()
    environment["DILIGENCE_SMTP_PORT"] = "smtp"
    by_variable = installation.cli("deliver", "--config", str(config), environment=environment)
    assert "the environment variable DILIGENCE_SMTP_PORT" in by_variable.stderr
    assert outbox(installation) == []
    assert smtp.mailbox.messages == []
