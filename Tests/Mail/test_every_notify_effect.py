"""Every `notify` effect of the shipped workflows becomes e-mail to the holders of its role: the
demonstration's year, then the hand-offs it does not reach (a deferred flag, a capacity status
past its period, allegations reported late, substantiated or not reported, an assessment's expiry
warning)."""

import re
from datetime import datetime, timedelta, timezone

from conftest import ROOT
from test_allegation_mail import report

NOTIFY = re.compile(r"notify: \{role: ([a-z_]+), message: (.+)\}\s*$")


def shipped_notify_effects():
    effects = set()
    for path in (ROOT / "Workflows").glob("*.yaml"):
        for line in path.read_text().splitlines():
            found = NOTIFY.search(line)
            if found:
                effects.add((found.group(1), found.group(2)))
    return effects


def ok(result):
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_every_notify_effect_of_the_shipped_workflows_is_delivered(installation, smtp):
    effects = shipped_notify_effects()
    assert len(effects) >= 15
    cli = installation.cli
    # The demonstration's partner users have no e-mail address (their messages are kept skipped):
    # give them one.
    for (user,) in installation.query("SELECT account FROM account_role WHERE role = 'partner'"):
        ok(cli("user", "update", user, "--email", f"{user}@partner.example.org", "--as", "diligence.admin"))
    flag = ok(cli("flag", "raise", "P-0004", "--category", "financial", "--level", "yellow",
                  "--reason", "Late audit report", "--as", "amina.diallo")).stdout.strip().splitlines()[-1]
    ok(cli("flag", "escalate", flag, "--reason", "Needs a decision", "--as", "amina.diallo"))
    ok(cli("flag", "defer", flag, "--reason", "The country office decides", "--as", "sofia.bianchi"))
    ok(cli("assessment", "status", "P-0005", "--status", "low_capacity_assumed_emergency",
           "--reason", "Emergency response", "--as", "amina.diallo"))
    today = datetime.now(timezone.utc).date()
    late = report(installation, "P-0002", (today - timedelta(days=5)).isoformat())
    ok(cli("send", late, "report_to_un", "--set", f"reported_on={today.isoformat()}", "--as", "grace.otieno"))
    ok(cli("send", late, "start_assessment", "--as", "grace.otieno"))
    ok(cli("send", late, "investigate", "--set", "investigating_entity=OIOS", "--as", "grace.otieno"))
    ok(cli("send", late, "conclude", "--set", "outcome=substantiated", "--as", "grace.otieno"))
    report(installation, "P-0001", (today - timedelta(days=1)).isoformat())
    # Far ahead: the deadlines fire (an assessment's expiry warning, the capacity status's period,
    # the unreported case).
    ok(cli("tick", "--now", "2031-06-01T00:00:00Z", "--as", "diligence.admin"))
    ok(installation.deliver("--now", "2031-06-01T00:00:00Z"))
    sent = {(row[0], row[1]) for row in installation.query(
        "SELECT role, message FROM outbox_message WHERE status = 'sent'")}
    skipped = {(row[0], row[1]): row[2] for row in installation.query(
        "SELECT role, message, reason FROM outbox_message WHERE status = 'skipped'")}
    missing = sorted(effect for effect in effects if effect not in sent)
    assert missing == [], (missing, skipped)
    assert len(set(smtp.mailbox.ids())) == len(smtp.mailbox.messages), "nothing doubled"
