"""axe-core on the page the browser shows: no violations allowed."""

from axe_selenium_python import Axe


def assert_accessible(browser, what):
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    violations = results["violations"]
    described = "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in violations)
    assert not violations, f"{what}: {described}"
