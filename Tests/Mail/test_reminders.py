"""Reminders declared beside the deadlines in the workflow files: written by `tick --now` at their
times, delivered by `diligence deliver`, and checked by `diligence check`."""

import shutil
import subprocess
import tempfile
from pathlib import Path

from conftest import BINARY, ROOT


def start_assessment(installation):
    added = installation.cli("partner", "add", "Reminder Org", "--country", "KE", "--type", "ngo",
                             "--as", "amina.diallo")
    assert added.returncode == 0, added.stderr
    partner = added.stdout.strip().splitlines()[-1]
    sent = installation.cli("send", partner, "start_assessment", "--as", "amina.diallo")
    assert sent.returncode == 0, sent.stderr
    due = installation.query(
        "SELECT due_at FROM deadline WHERE subject = ? AND status = 'pending'", partner)[0][0]
    return partner, due


def tick(installation, time):
    result = installation.cli("tick", "--now", time, "--as", "diligence.admin")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_reminders_come_at_their_times_and_reach_the_role_by_email(installation, smtp):
    partner, due = start_assessment(installation)
    day = due[:10]
    assert due.startswith("20")
    # Eight days before: nothing yet.
    from datetime import datetime, timedelta
    due_at = datetime.fromisoformat(due.replace("Z", "+00:00"))
    stamp = lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "reminder" not in tick(installation, stamp(due_at - timedelta(days=8)))
    # Seven days before: the partner and the programme officers are reminded, once.
    assert "2 reminders of deadlines" in tick(installation, stamp(due_at - timedelta(days=7) + timedelta(minutes=1)))
    assert "reminder" not in tick(installation, stamp(due_at - timedelta(days=7) + timedelta(minutes=2)))
    # One day before: the partner again.
    assert "1 reminder of deadlines" in tick(installation, stamp(due_at - timedelta(days=1) + timedelta(minutes=1)))
    # (The demonstration's own ticks wrote reminders of its partners before.)
    notices = installation.query(
        "SELECT subject, before, role, message FROM reminder_notice WHERE subject = ? ORDER BY id", partner)
    assert [(n[1], n[2]) for n in notices] == [("7d", "partner"), ("7d", "programme_officer"), ("1d", "partner")]
    result = installation.deliver("--now", stamp(due_at - timedelta(days=1) + timedelta(minutes=2)))
    assert result.returncode == 0, result.stderr
    subjects = [m["Subject"] for _, m in smtp.mailbox.messages]
    assert f"[{partner}] A partner's PSEA assessment is due in 7 days." in subjects
    # The new partner has no user of its own yet: its reminders are shown skipped, not lost.
    skipped = installation.query(
        "SELECT reason FROM outbox_message WHERE subject = ? AND role = 'partner'", partner)
    assert skipped and all(row[0] == "no_account" for row in skipped)
    # When the deadline passes, the workflow's own notification goes out as well.
    fired = tick(installation, stamp(due_at + timedelta(minutes=1)))
    assert "assessment_overdue" in fired and day in fired
    installation.deliver("--now", stamp(due_at + timedelta(minutes=2)))
    subjects = [m["Subject"] for _, m in smtp.mailbox.messages]
    assert f"[{partner}] The PSEA assessment has taken more than 90 days." in subjects


def test_a_reminder_when_a_deadline_passes(installation, smtp):
    validity = installation.query(
        "SELECT subject, due_at FROM deadline WHERE name = 'validity' AND status = 'pending'")
    assert validity
    subject, due = validity[0]
    after = due[:10] + "T23:00:00Z"
    assert "1 reminder of deadlines" in tick(installation, after)
    assert installation.deliver("--now", after).returncode == 0
    subjects = [m["Subject"] for _, m in smtp.mailbox.messages]
    assert f"[{subject}] A PSEA assessment expired; the partner needs a new one." in subjects
    # The deadlines that fired on the way sent their workflows' notifications too.
    assert f"[{subject}] This PSEA assessment expires within a year; plan a re-assessment." in subjects


def test_check_refuses_a_bad_reminder_with_its_place():
    folder = Path(tempfile.mkdtemp(prefix="diligence-reminders-"))
    try:
        workflows = folder / "Workflows"
        shutil.copytree(ROOT / "Workflows", workflows)
        path = workflows / "partner-lifecycle.yaml"
        text = path.read_text()
        text = text.replace("{before: 1d, role: partner,", "{before: soon, role: partner,")
        text = text.replace("{before: 7d, role: programme_officer,", "{before: 7d, role: programme_oficer,")
        path.write_text(text)
        result = subprocess.run(
            [str(BINARY), "check", "--workflows", str(workflows), "--assessments", str(ROOT / "Assessments")],
            capture_output=True, text=True, timeout=120)
        assert result.returncode != 0
        output = result.stdout + result.stderr
        lines = text.splitlines()
        soon = next(i for i, line in enumerate(lines) if "before: soon" in line) + 1
        officer = next(i for i, line in enumerate(lines) if "programme_oficer" in line) + 1
        assert f"partner-lifecycle.yaml:{soon}:" in output and 'before "soon" is not a duration' in output
        assert f"partner-lifecycle.yaml:{officer}:" in output and '"programme_oficer"' in output
    finally:
        shutil.rmtree(folder, ignore_errors=True)
