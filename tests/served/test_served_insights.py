"""The insights through the real server (``directory serve``, two workers), over HTTP with a cookie
jar per client: searches from many clients at once are each counted exactly once whichever worker
answers; the commissioner signs in and reads the page and its CSV files; others are refused.
"""

import csv
import io
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from accounts_support import PASSWORD, make_account
from insights_support import STEVENAGE, WATFORD, build_directory, run_series
from served_support import sign_in
from sqlmodel import select

from directory import db
from directory.models import SearchCount

pytestmark = pytest.mark.served
ACCESS_LINE = re.compile(r'<(\d+)> "GET (\S+) HTTP')  # gunicorn's access line: worker pid, path
SEARCH = "/search?q=can%27t+sleep&location=SG1+1AA&age=14"
API = "/api/v1/search?q=exam+stress&location=WD17+1AA&age=17"


@pytest.fixture
def site(app, serve):
    """The known directory behind the real server, a commissioner and a provider."""
    build_directory(app)
    make_account(app, "chair@example.org", role="commissioner")
    make_account(app, "pat@example.org", organisation="Oak Tree Youth")
    return serve(app, DIRECTORY_RATELIMIT_ENABLED="false")


def counts(app) -> dict[tuple[str, str, str], int]:
    with db.session_scope(app) as session:
        return {(row.la_code, row.facet, row.value): row.count
                for row in session.exec(select(SearchCount))}


def test_searches_from_many_clients_are_each_counted_once(app, site):
    def search(i: int) -> int:
        with site.client() as client:  # a fresh browser each time
            return client.get(SEARCH if i % 3 else API).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(search, range(60)))
    assert statuses == [200] * 60
    found = counts(app)
    assert found[(STEVENAGE, "", "")] == 40 and found[(STEVENAGE, "topic", "sleep")] == 40
    assert found[(WATFORD, "", "")] == 20 and found[(WATFORD, "topic", "exam-stress")] == 20
    log = site.log()
    assert "sleep" not in log and "SG1" not in log and "not counted" not in log
    answered = {int(pid) for pid, path in ACCESS_LINE.findall(log) if path in ("/search",
                                                                                "/api/v1/search")}
    assert len(answered) == 2, log[-2000:]  # both workers counted into the same rows


def test_the_commissioner_reads_the_page_and_downloads_its_tables(app, site):
    with site.client() as anyone:
        run_series(app, anyone)
    with site.client() as chair:
        assert sign_in(chair, "chair@example.org", PASSWORD).headers["location"].endswith(
            "/admin/insights/")
        page = chair.get(f"/admin/insights/?area={STEVENAGE}&area={WATFORD}")
        assert page.status_code == 200
        assert "Gap report for Stevenage, Watford" in page.text
        assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
        export = chair.get(f"/admin/insights/unmet.csv?area={STEVENAGE}")
        assert export.status_code == 200 and export.headers["content-type"].startswith(
            "text/csv")
        rows = list(csv.DictReader(io.StringIO(export.text)))
        assert rows[0]["Topic"] == "Sleep" and rows[0]["Searches"] == "7"
        assert {row["Searches"] for row in rows[1:]} == {"<5"}
        assert chair.get("/admin/moderation").status_code == 403
        assert chair.get("/admin/accounts").status_code == 403
        assert chair.get("/provider/").status_code == 403


def test_others_are_refused_the_insights(site):
    with site.client() as stranger:
        response = stranger.get("/admin/insights/coverage.csv")
        assert response.status_code == 302 and "/provider/login" in response.headers["location"]
    with site.client() as provider:
        sign_in(provider, "pat@example.org", PASSWORD)
        assert provider.get("/admin/insights/").status_code == 403
        assert provider.get("/admin/insights/coverage.csv").status_code == 403
