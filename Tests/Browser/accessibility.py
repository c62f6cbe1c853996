"""axe-core on the page the browser shows: no violations allowed."""

import json

from axe_selenium_python import Axe


def assert_accessible(browser, what, allowed=()):
    """`allowed` names rules a page breaks on purpose, each with its reason in the caller (a job's
    status page reloads itself every 2 seconds while the job runs, as its users asked)."""
    axe = Axe(browser)
    axe.inject()
    options = json.dumps({"rules": {rule: {"enabled": False} for rule in allowed}}) if allowed else None
    results = axe.run(options=options)
    violations = results["violations"]
    described = "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in violations)
    assert not violations, f"{what}: {described}"
