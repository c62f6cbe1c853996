"""The allegation case's notifications and reminder by e-mail: a case is named by its id, and the
message says only how its partner's report stands; no restricted detail reaches an e-mail."""

from datetime import datetime, timedelta, timezone

SECRETS = ["SECRET-NARRATIVE-7f3a", "SECRET-VICTIM-91b2", "girls", "sexual", "abuse", "hotline"]


def report(installation, partner, received):
    result = installation.cli(
        "allegation", "report", partner, "--received", received, "--type", "sexual_abuse", "--incident", "unknown",
        "--channel", "hotline", "--personnel", "staff", "--victims", "girls=1", "--perpetrators", "1",
        "--narrative", "SECRET-NARRATIVE-7f3a", "--victim-details", "SECRET-VICTIM-91b2",
        "--as", "grace.otieno", "--key", str(installation.directory / "demo.key"))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_a_late_report_an_unreported_case_and_its_reminder_reach_the_focal_point(installation, smtp):
    today = datetime.now(timezone.utc).date()
    late = report(installation, "P-0002", (today - timedelta(days=5)).isoformat())
    reported = installation.cli("send", late, "report_to_un", "--set", f"reported_on={today.isoformat()}",
                                "--as", "grace.otieno")
    assert reported.returncode == 0, reported.stderr
    # Received today, so the reminder's time (6 hours before the deadline) is ahead of the log's
    # newest event at any hour the test runs: tick does not act in the past.
    unreported = report(installation, "P-0001", today.isoformat())
    due = installation.query(
        "SELECT due_at FROM deadline WHERE subject = ? AND status = 'pending'", unreported)[0][0]
    due_at = datetime.fromisoformat(due.replace("Z", "+00:00"))
    stamp = lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    reminded = installation.cli("tick", "--now", stamp(due_at - timedelta(hours=5)), "--as", "diligence.admin")
    assert "1 reminder of deadlines" in reminded.stdout, reminded.stdout + reminded.stderr
    fired = installation.cli("tick", "--now", stamp(due_at + timedelta(minutes=1)), "--as", "diligence.admin")
    assert "report_overdue" in fired.stdout, fired.stdout + fired.stderr
    result = installation.deliver("--now", stamp(due_at + timedelta(minutes=2)))
    assert result.returncode == 0, result.stderr
    to_focal_point = {m["Subject"] for to, m in smtp.mailbox.messages if to == "grace.otieno@example.org"}
    assert f"[{late}] An allegation was reported to the UN entity after the reporting deadline." in to_focal_point
    assert f"[{unreported}] A partner's report of an allegation to the UN entity is due within 6 hours." in to_focal_point
    assert (f"[{unreported}] An allegation was not reported to the UN entity within the reporting deadline."
            in to_focal_point)
    for _, message in smtp.mailbox.messages:
        whole = message.as_string() + message.get_body(preferencelist=("plain",)).get_content() \
            + message.get_body(preferencelist=("html",)).get_content()
        for secret in SECRETS:
            assert secret not in whole, secret
    # A case is named by its id only, not by its partner, and links to the reader's work list.
    case_mail = next(m for _, m in smtp.mailbox.messages if m["Subject"].startswith(f"[{late}]"))
    text = case_mail.get_body(preferencelist=("plain",)).get_content()
    assert "P-0002" not in case_mail.as_string() and "P-0002" not in text
    assert f"Record: {late}\r\n" in text
