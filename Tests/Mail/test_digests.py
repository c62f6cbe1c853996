"""Daily and weekly digests: chosen with `diligence user notifications`, sent by `diligence deliver`."""

from datetime import datetime, timedelta

from conftest import PUBLIC_URL
from test_reminders import start_assessment, tick


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def to(smtp, address):
    return [m for recipient, m in smtp.mailbox.messages if recipient == address]


def test_a_daily_digest_groups_what_happened_and_what_is_due(installation, smtp):
    chosen = installation.cli("user", "notifications", "amina.diallo", "--set", "daily", "--as", "amina.diallo")
    assert chosen.returncode == 0, chosen.stderr
    assert "amina.diallo is written to: daily" in chosen.stdout
    partner, due = start_assessment(installation)
    due_at = datetime.fromisoformat(due.replace("Z", "+00:00"))
    first = installation.deliver()
    assert first.returncode == 0, first.stderr
    assert "1 digests sent" in first.stdout
    digests = to(smtp, "amina.diallo@example.org")
    assert len(digests) == 1, "one digest instead of a message for each notification"
    digest = digests[0]
    assert digest["Subject"].startswith("Your daily digest: ")
    assert digest.get_content_type() == "multipart/alternative"
    text = digest.get_body(preferencelist=("plain",)).get_content()
    html = digest.get_body(preferencelist=("html",)).get_content()
    assert "What happened" in text and "What is due" in text
    assert f"{PUBLIC_URL}/assessments/A-0001" in text
    assert f'href="{PUBLIC_URL}/' in html
    held = installation.query(
        "SELECT COUNT(*) FROM outbox_message WHERE account = 'amina.diallo' AND status = 'sent' AND reason = 'digest'")
    assert held[0][0] > 1
    # Nothing more the same day.
    again = installation.deliver()
    assert again.returncode == 0
    assert len(to(smtp, "amina.diallo@example.org")) == 1
    # A reminder comes due a week before the partner's assessment deadline: it waits for the next
    # day's digest, which lists the deadline under what is due.
    reminder_time = due_at - timedelta(days=7) + timedelta(minutes=1)
    tick(installation, stamp(reminder_time))
    next_digest = reminder_time.replace(hour=7, minute=5) + timedelta(days=1)
    result = installation.deliver("--now", stamp(next_digest))
    assert result.returncode == 0, result.stderr
    digests = to(smtp, "amina.diallo@example.org")
    assert len(digests) == 2
    text = digests[1].get_body(preferencelist=("plain",)).get_content()
    assert "A partner's PSEA assessment is due in 7 days." in text
    assert f"{partner}: assessment.assessment_overdue due" in text
    assert digests[0]["Message-ID"] != digests[1]["Message-ID"]


def test_a_weekly_digest_waits_for_monday(installation, smtp):
    assert installation.cli(
        "user", "notifications", "grace.otieno", "--set", "weekly", "--as", "diligence.admin").returncode == 0
    first = installation.deliver("--now", "2027-01-06T08:00:00Z")  # a Wednesday: the first digest goes at once
    assert first.returncode == 0, first.stderr
    assert len(to(smtp, "grace.otieno@example.org")) == 1
    # Until the next Monday at 07:00 nothing more goes to her.
    assert installation.deliver("--now", "2027-01-10T08:00:00Z").returncode == 0  # Sunday
    assert len(to(smtp, "grace.otieno@example.org")) == 1


def test_choosing_a_frequency_refuses_bad_input_and_other_accounts(installation, smtp):
    bad = installation.cli("user", "notifications", "amina.diallo", "--set", "hourly", "--as", "amina.diallo")
    assert bad.returncode != 0
    assert '--set "hourly" is not a frequency; give immediate, daily or weekly' in bad.stderr
    other = installation.cli("user", "notifications", "grace.otieno", "--set", "daily", "--as", "amina.diallo")
    assert other.returncode != 0
    unknown = installation.cli("user", "notifications", "nobody.here", "--as", "diligence.admin")
    assert unknown.returncode != 0 and "nobody.here" in unknown.stderr
    assert installation.query("SELECT COUNT(*) FROM notification_preference")[0][0] == 0
    shown = installation.cli("user", "notifications", "amina.diallo", "--as", "amina.diallo")
    assert "amina.diallo is written to: immediate" in shown.stdout
