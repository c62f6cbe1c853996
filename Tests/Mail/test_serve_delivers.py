"""`diligence serve` delivers in the background when a mail server is configured."""

import re
import signal
import subprocess
import threading


def test_the_server_sends_the_outbox_in_the_background(installation, smtp):
    process = subprocess.Popen(
        installation.arguments("serve", "--config", str(installation.config), "--port", "0"),
        cwd=installation.directory, env=installation.environment(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    try:
        line = process.stdout.readline()
        assert re.search(r"at http://127\.0\.0\.1:\d+", line), line
        # The background task logs each round that sent something.
        logged = ""
        for logged in process.stderr:
            if "mail: " in logged:
                break
        assert re.search(r"mail: \d+ sent", logged), logged
        counts = dict(installation.query("SELECT status, COUNT(*) FROM outbox_message GROUP BY status"))
        assert counts.get("pending", 0) == 0
        assert counts["sent"] == len(smtp.mailbox.messages) > 0
    finally:
        watchdog.cancel()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    assert process.returncode == 0
