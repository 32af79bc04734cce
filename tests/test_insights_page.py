"""The insights page and its CSV exports (test client; tests/served and tests/browser use the real
server): heat maps with the gaps named, demand with the unmet needs, small numbers as "<5",
every table as a CSV file, and no script or inline style.
"""

import csv
import io
import re

import pytest
from accounts_support import login, make_account
from insights_support import (
    BANDS,
    GROUPINGS,
    STEVENAGE,
    WATFORD,
    build_directory,
    expected_coverage,
    run_series,
)

from directory.insights import tables
from directory.insights.suppression import SUPPRESSED, rank_key, suppress

PEOPLE = {"Searches", "Showed crisis help", "Found nothing local", "Signposting visits",
          "Signposting sheets"}


@pytest.fixture
def reader(app):
    """A commissioner's signed-in client, on the known directory after the known searches."""
    build_directory(app)
    client = app.test_client()
    run_series(app, client)
    make_account(app, "chair@example.org", role="commissioner")
    assert login(client, "chair@example.org").status_code == 302
    return client


def read_csv(response) -> list[dict]:
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def test_suppression_of_one_to_four():
    assert [suppress(n) for n in range(7)] == [0, SUPPRESSED, "<5", "<5", "<5", 5, 6]
    assert [rank_key(n) for n in (0, 1, 4, 5, 9)] == [0, 0, 0, 5, 9]


def test_the_page_shows_the_heat_maps_and_names_the_gaps(reader):
    page = reader.get(f"/admin/insights/?area={STEVENAGE}&area={WATFORD}").get_data(as_text=True)
    assert "Gap report for Stevenage, Watford" in page
    table = re.search(r'<table class="table heat" id="grouping-E07000103">(.*?)</table>', page,
                      re.S).group(1)
    cells = re.findall(r'<td class="heat__cell heat--(\d)">(\d+)', table)
    expected = expected_coverage([WATFORD])
    assert [int(n) for _, n in cells] == [expected[(WATFORD, g, b)]
                                         for g in GROUPINGS for b, _, _ in BANDS]
    assert all((shade == "0") == (n == "0") for shade, n in cells)
    assert table.count(">gap</span>") == sum(1 for v in expected.values() if v == 0)
    assert "Getting More Help (ages 0-4, 5-10, 11-15, 16-18, 19-25)" in page
    for caption in ("Stevenage: self-help and peer support × age band",
                    "Watford: services by delivery mode × age band",
                    "Stevenage: services by topic × age band",
                    "National services by THRIVE grouping × age band"):
        assert caption in page


def test_the_page_shows_demand_the_unmet_needs_and_the_checklist(reader):
    page = reader.get(f"/admin/insights/?area={STEVENAGE}&area={WATFORD}").get_data(as_text=True)
    unmet = re.search(r"<caption>Unmet needs.*?</table>", page, re.S).group(0)
    rows = re.findall(r'<tr>\s*<th scope="row">([^<]+)</th><td>([^<]+)</td><td>([^<]+)</td>'
                      r'<td class="figures__num">([^<]+)</td>', unmet)
    assert rows[0] == ("Stevenage", "Sleep", "11-15", "7")
    assert all(row[3] == "&lt;5" for row in rows[1:]) and len(rows) == 4
    assert '<svg class="chart__svg"' in page and 'role="img"' in page
    assert "A self-help and peer support offer" in page and "Evidence found" in page
    assert "Data health by grouping" in page


def test_no_script_or_inline_style_and_nothing_from_elsewhere(reader):
    page = reader.get("/admin/insights/").get_data(as_text=True)
    assert " style=" not in page and "<style" not in page
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts == ['<script src="/static/js/quick-exit.js" defer>']  # the site's own, only
    assert not re.search(r'(src|href)="(https?:)?//(?!www\.bbc\.co\.uk/weather)', page)
    assert 'href="/static/css/insights.css"' in page


def test_every_table_downloads_as_csv_with_small_numbers_suppressed(reader):
    query = f"?area={STEVENAGE}&area={WATFORD}&since=2026-01-01"
    for name in tables.NAMES:
        response = reader.get(f"/admin/insights/{name}.csv{query}")
        rows = read_csv(response)
        assert response.headers["Content-Disposition"].startswith(
            f'attachment; filename="insights-{name}-2026-01-01-')
        assert response.headers["Cache-Control"] == "no-store"
        for row in rows:
            for column in PEOPLE & row.keys():
                assert row[column] not in {"1", "2", "3", "4"}, (name, row)
    coverage = read_csv(reader.get(f"/admin/insights/coverage.csv{query}"))
    expected = expected_coverage([STEVENAGE, WATFORD])
    assert {(r["Area code"], r["Code"], r["Age band"]): int(r["Services"])
            for r in coverage} == expected
    unmet = read_csv(reader.get(f"/admin/insights/unmet.csv{query}"))
    assert unmet[0] == {"Area code": STEVENAGE, "Area": "Stevenage", "Code": "sleep",
                        "Topic": "Sleep", "Age band": "11-15", "Searches": "7"}
    by_area = {r["Area"]: r for r in read_csv(reader.get(
        f"/admin/insights/searches-by-area.csv{query}"))}
    assert by_area["Stevenage"]["Searches"] == "11"
    assert by_area["Watford"]["Searches"] == "<5"
    assert by_area["Other areas"]["Searches"] == "<5"  # North Herts and Dacorum
    assert by_area["No place given"]["Searches"] == "<5"


def test_a_bad_date_or_area_is_explained(reader):
    response = reader.get("/admin/insights/?since=yesterday")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "There is a problem" in page and "is not a date: write it as 2026-01-31" in page
    assert 'href="#since"' in page and 'id="area-E07000243"' in page  # the form stays
    response = reader.get("/admin/insights/?area=E07099999")
    assert response.status_code == 400 and "E07099999" in response.get_data(as_text=True)
    assert reader.get("/admin/insights/coverage.csv?until=soon").status_code == 400
    assert reader.get("/admin/insights/secrets.csv").status_code == 404
