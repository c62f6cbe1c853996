"""The managers' portfolio and the board indicators: a manager walks them (charts beside their
tables, filters in the URL, a CSV per table), bad filter values are shown with the error pattern
and not a crash, a partner's staff may not use them, allegation counts follow the small-cell rule;
the portfolio and an assessment print to a clean PDF. Axe checks every page."""

import csv
import io
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from accessibility import assert_accessible
from conftest import assert_prints_cleanly, http_session, sign_in, submit, summary_has_focus

TABLES = ["standing", "capacity", "risk", "country", "type", "flags", "training"]


def test_a_manager_reads_filters_and_downloads_the_portfolio(browser, server):
    sign_in(browser, server, "henrik.larsen")
    submit(browser, browser.find_element(By.CSS_SELECTOR, "nav a[href='/portfolio']"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Portfolio"
    assert browser.find_element(By.CSS_SELECTOR, "nav a[aria-current='page']").text == "Portfolio"
    assert_accessible(browser, "the portfolio")
    for table in TABLES + ["allegations"]:
        section = browser.find_element(By.CSS_SELECTOR, f"section[aria-labelledby='{table}-heading']")
        chart = section.find_element(By.CSS_SELECTOR, "svg")
        assert chart.get_attribute("role") == "img"
        assert section.find_element(By.CSS_SELECTOR, "svg title").get_attribute("textContent")
        description = section.find_element(By.CSS_SELECTOR, "svg desc").get_attribute("textContent")
        # No chart without its data: the chart's numbers are the table's, row by row.
        rows = section.find_elements(By.CSS_SELECTOR, "tbody tr")
        for row in rows:
            label = row.find_element(By.TAG_NAME, "th").text
            count = row.find_element(By.TAG_NAME, "td").text
            assert f"{label}: {count}" in description, (table, label, count, description)
    standing = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby='standing-heading'] tfoot td").text
    assert re.search(r"^5 partners on \d{4}-\d\d-\d\d$", browser.find_element(By.CSS_SELECTOR, ".app-result-count").text)
    assert standing == "5"

    Select(browser.find_element(By.ID, "type")).select_by_visible_text("NGO")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Apply filters']"))
    assert "type=ngo" in browser.current_url
    chips = browser.find_elements(By.CSS_SELECTOR, ".app-chip")
    assert [chip.text.splitlines()[0] for chip in chips] == ["Type: NGO"]
    filtered = int(browser.find_element(By.CSS_SELECTOR, ".app-result-count").text.split()[0])
    assert 0 < filtered < 5
    assert_accessible(browser, "the portfolio filtered by type")

    link = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby='type-heading'] a[download]")
    assert link.get_attribute("href").endswith("/portfolio/csv/type?type=ngo")
    response = http_session(browser).get(link.get_attribute("href"))
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="portfolio-type-')
    records = list(csv.reader(io.StringIO(response.text)))
    assert records[0] == ["type", "partners", "assessed", "locked", "open_flags", "training_short"]
    assert records[1][:2] == ["ngo", str(filtered)] and records[-1][:2] == ["total", str(filtered)]
    for table in TABLES + ["allegations", "expiring", "plans"]:
        got = http_session(browser).get(server.url + f"/portfolio/csv/{table}")
        assert got.status_code == 200 and got.text.endswith("\r\n"), table
    assert http_session(browser).get(server.url + "/portfolio/csv/nothing").status_code == 404

    submit(browser, browser.find_element(By.LINK_TEXT, "Board indicators"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Board indicators"
    assert "Partners assessed (valid final determination)" in browser.page_source
    assert_accessible(browser, "the board indicators")
    year = browser.find_element(By.ID, "year")
    year.send_keys("2025")
    submit(browser, browser.find_element(By.XPATH, "//button[text()='Show the figures']"))
    assert browser.current_url.endswith("/indicators?year=2025")
    assert "PSEA indicators for 2025 (records up to 2025-12-31)" in browser.page_source
    targets = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "tbody tr td:nth-child(5)") if cell.text]
    assert targets == ["100 %", "85 %"]
    indicators = http_session(browser).get(server.url + "/indicators/csv?year=2025")
    assert indicators.status_code == 200
    assert indicators.text.startswith("year,reference_day,indicator,count,of,share,target,on_target\r\n2025,2025-12-31,partners_assessed,")


@pytest.mark.parametrize(
    "path,field,message",
    [
        ("/portfolio?country=Kenya", "country", "Enter the country as a two-letter code, such as KE or CO"),
        ("/portfolio?type=ngoo", "type", '"ngoo" is not a type of partner; did you mean "ngo"?'),
        ("/portfolio?standing=%3Cb%3Enowhere", "standing", '"<b>nowhere" is not a standing of a partner; choose one of'),
        ("/indicators?year=20x5", "year", "Enter the year as four digits, from 1900 to"),
        ("/indicators?year=2999", "year", "Enter the year as four digits, from 1900 to"),
    ],
)
def test_a_bad_filter_value_is_shown_with_the_error_pattern(browser, server, path, field, message):
    sign_in(browser, server, "henrik.larsen")
    browser.get(server.url + path)
    assert browser.title.startswith("Error: ")
    assert summary_has_focus(browser)
    link = browser.find_element(By.CSS_SELECTOR, ".app-error-summary a")
    assert link.get_attribute("href").endswith("#" + field)
    assert link.text.startswith(message)
    assert browser.find_element(By.ID, f"{field}-error").text.endswith(link.text)
    assert not browser.find_elements(By.CSS_SELECTOR, "svg.app-chart")
    assert_accessible(browser, f"{path} refused")
    assert http_session(browser).get(server.url + path).status_code == 400
    csv_path = path.replace("/portfolio?", "/portfolio/csv/country?").replace("/indicators?", "/indicators/csv?")
    refused = http_session(browser).get(server.url + csv_path)
    assert refused.status_code == 400 and "text/html" in refused.headers["Content-Type"]


def test_a_partners_staff_may_not_use_the_portfolio_or_the_indicators(browser, server):
    account = next(name for name, partner in server.partners.items() if partner == "P-0001")
    sign_in(browser, server, account)
    assert not browser.find_elements(By.CSS_SELECTOR, "nav a[href='/portfolio']")
    for path in ["/portfolio", "/indicators", "/portfolio/csv/country", "/indicators/csv"]:
        browser.get(server.url + path)
        assert browser.find_element(By.TAG_NAME, "h1").text == "You cannot use this page", path
        assert "Manager" in browser.page_source
        assert http_session(browser).get(server.url + path).status_code == 403
    assert_accessible(browser, "the portfolio refused to a partner's staff")


@pytest.mark.parametrize("account", ["amina.diallo", "lucas.moreno", "grace.otieno", "sofia.bianchi", "diligence.admin"])
def test_other_un_roles_walk_the_portfolio_and_the_indicators(browser, server, account):
    sign_in(browser, server, account)
    submit(browser, browser.find_element(By.CSS_SELECTOR, "nav a[href='/portfolio']"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Portfolio"
    assert_accessible(browser, f"the portfolio of {account}")
    submit(browser, browser.find_element(By.LINK_TEXT, "Board indicators"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Board indicators"
    assert_accessible(browser, f"the board indicators of {account}")


def allegation_counts(browser):
    section = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby='allegations-heading']")
    return [cell.text for cell in section.find_elements(By.CSS_SELECTOR, "td")]


def test_allegation_counts_follow_the_small_cell_rule(browser, server):
    sign_in(browser, server, "grace.otieno")
    browser.get(server.url + "/portfolio")
    exact = allegation_counts(browser)
    assert exact and all(count.isdigit() for count in exact)
    browser.delete_all_cookies()

    sign_in(browser, server, "henrik.larsen")
    browser.get(server.url + "/portfolio")
    shown = allegation_counts(browser)
    assert len(shown) == len(exact)
    # No count from 1 to 2 reaches a manager, and a lone hidden count is not given back by the total.
    assert not [count for count in shown if count in ("1", "2")]
    hidden = [index for index, count in enumerate(shown[:-1]) if count == "<3"]
    assert len(hidden) != 1 or shown[-1] == "<3"
    if "<3" in shown:
        assert "no figure and no total singles out a case" in browser.page_source
    downloaded = http_session(browser).get(server.url + "/portfolio/csv/allegations").text
    assert not re.search(r",(1|2)\r\n", downloaded)
    browser.delete_all_cookies()

    sign_in(browser, server, "lucas.moreno")
    browser.get(server.url + "/portfolio")
    assert "Your role reads no allegation figures" in browser.page_source
    assert http_session(browser).get(server.url + "/portfolio/csv/allegations").status_code == 404


def test_the_portfolio_and_an_assessment_print_to_a_clean_pdf(browser, server):
    sign_in(browser, server, "henrik.larsen")
    browser.get(server.url + "/portfolio?type=ngo")
    text = assert_prints_cleanly(
        browser, "Portfolio", "Partners by standing", "Open flags by level", "Filtered by: Type: NGO")
    assert "Apply filters" not in text and "Download" not in text
    browser.get(server.url + "/indicators?year=2025")
    assert_prints_cleanly(browser, "Board indicators", "PSEA indicators for 2025")
    browser.delete_all_cookies()

    sign_in(browser, server, "amina.diallo")
    browser.get(server.url + "/assessments/A-0001")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert_prints_cleanly(browser, heading)
