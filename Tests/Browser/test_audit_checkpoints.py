"""The administrator's checkpoints on the "Verify the log" page: a checkpoint downloaded, uploaded
back and found extended by the log; a changed one and a missing file refused beside the field;
other roles get the 403 page."""

import json

from selenium.webdriver.common.by import By

from accessibility import assert_accessible
from conftest import http_session, sign_in, submit, summary_has_focus


def upload(browser, server, path):
    browser.get(server.url + "/admin/audit")
    if path is not None:
        browser.find_element(By.ID, "checkpoint").send_keys(str(path))
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Check the log against it']"))


def download(browser, server):
    browser.get(server.url + "/admin/audit")
    token = browser.find_element(By.NAME, "form_token").get_attribute("value")
    return http_session(browser).post(
        server.url + "/admin/audit/checkpoint", data={"form_token": token}, allow_redirects=False)


def test_a_checkpoint_is_downloaded_and_the_log_found_to_extend_it(browser, server):
    sign_in(browser, server, "diligence.admin")
    browser.get(server.url + "/admin/audit")
    assert browser.find_element(By.TAG_NAME, "h2").text == "Checkpoints"
    assert_accessible(browser, "the Verify the log page")
    response = download(browser, server)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="checkpoint-')
    checkpoint = json.loads(response.text)
    assert checkpoint["format"] == "diligence-log-checkpoint"
    keys = json.loads(server.cli("key", "list", "--json").stdout)
    assert checkpoint["key_id"] in [key["id"] for key in keys if key["origin"] == "own"]
    path = server.directory / "kept.json"
    path.write_text(response.text)
    # The log grows after it: the checkpoint still holds.
    assert server.cli("audit", "checkpoint", "--out", str(server.directory / "cli.json")).returncode == 0
    upload(browser, server, path)
    result = browser.find_element(By.ID, "checkpoint-result").text
    assert f"event {checkpoint['seq']} is still there with the hash it signed" in result
    assert "The whole log is intact." in result
    assert_accessible(browser, "the result of a checkpoint")
    verified = server.cli("audit", "verify", "--checkpoint", str(path))
    assert verified.returncode == 0, verified.stderr


def test_a_changed_checkpoint_or_no_file_is_refused_beside_the_field(browser, server):
    sign_in(browser, server, "diligence.admin")
    checkpoint = json.loads(download(browser, server).text)
    checkpoint["seq"] = checkpoint["seq"] - 1
    changed = server.directory / "changed.json"
    changed.write_text(json.dumps(checkpoint))
    for path, message in [
        (changed, "This checkpoint was changed after it was signed"),
        (None, "Choose a checkpoint file"),
    ]:
        upload(browser, server, path)
        assert summary_has_focus(browser)
        error = browser.find_element(By.ID, "checkpoint-error").text
        assert message in error, error
        assert not browser.find_elements(By.ID, "checkpoint-result")
    assert_accessible(browser, "a refused checkpoint")


def test_other_roles_get_the_403_page(browser, server):
    sign_in(browser, server, "henrik.larsen")
    browser.get(server.url + "/admin/audit")
    assert browser.find_element(By.TAG_NAME, "h1").text == "You cannot use this page"
    browser.get(server.url + "/account/password")
    token = browser.find_element(By.NAME, "form_token").get_attribute("value")
    session = http_session(browser)
    for path in ["/admin/audit/checkpoint", "/admin/audit/verify-checkpoint"]:
        response = session.post(server.url + path, data={"form_token": token}, allow_redirects=False)
        assert response.status_code == 403, path
