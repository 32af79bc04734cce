"""In a real browser, against the real server: a commissioner reads the insights of a seeded demo
directory after a morning of searches. The page passes axe (WCAG 2.2 AA) with 24 px targets,
works without JavaScript, asks nothing of any other site, and prints as an A4 gap report. The
README's screenshot (docs/screenshots/insights-1280.png) is taken here.
"""

import os
import re
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from accounts_support import PASSWORD, make_account
from axe_playwright_python.sync_playwright import Axe
from browser_support import ARTIFACTS
from test_public_browser import small_targets

from directory import search
from directory.setup_data import seed_demo

pytestmark = pytest.mark.browser
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
STEVENAGE = "E07000243"
# The README's copy is refreshed only when asked (DIRECTORY_UPDATE_SCREENSHOTS=1), so a test run
# never changes a tracked file; every run writes its own under test-artifacts/.
README_SHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "insights-1280.png"
SHOTS = ARTIFACTS / "insights"
A4_POINTS = (595, 842)
# A morning of searches: (words, place, age, how many times).
MORNING = [
    ("can't sleep", "SG1 1AA", 14, 6), ("feeling down", "Stevenage", 15, 5),
    ("exam stress", "SG2", 16, 7), ("being bullied", "SG1 1AA", 9, 3),
    ("hearing voices", "Stevenage", 19, 5), ("young carer", "SG1", 12, 2),
    ("self harm", "SG1 1AA", 15, 2), ("eating", "SG2", 22, 5), ("", "Stevenage", 3, 4),
]


@pytest.fixture
def site(app, serve):
    """The demo directory, served, after a morning of searches and two signposting sheets."""
    seed_demo(app)
    search.rebuild(app)
    make_account(app, "chair@example.org", role="commissioner")
    server = serve(app, DIRECTORY_RATELIMIT_ENABLED="false")
    with server.client() as visitor:
        for words, place, age, times in MORNING:
            query = urlencode({"q": words, "location": place, "age": age})
            for _ in range(times):
                assert visitor.get(f"/search?{query}").status_code == 200
        for topic in ("sleep", "anxiety"):
            options = urlencode({"location": "SG1 1AA", "age": 14, "topic": topic, "risk": "no"})
            assert visitor.get(f"/signpost/options?{options}").status_code == 200
    return server


def open_page(browser, url: str, javascript: bool = True, width: int = 1280):
    """Sign the commissioner in through the form; block any request for another machine."""
    context = browser.new_context(base_url=url, viewport={"width": width, "height": 900},
                                  java_script_enabled=javascript)
    outside: list[str] = []

    def route(request_route):
        if urlsplit(request_route.request.url).hostname == "127.0.0.1" or \
                request_route.request.url.startswith(("data:", "about:")):
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.goto("/provider/login")
    page.get_by_label("Email address").fill("chair@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/insights/")
    return context, page, outside


def test_the_insights_page_is_accessible_and_makes_the_readme_screenshot(browser, site):
    context, page, outside = open_page(browser, site.url)
    page.get_by_text("Change the areas or the period").click()
    page.get_by_label("Stevenage").check()
    page.get_by_role("button", name="Show the insights").click()
    page.wait_for_url(f"**/admin/insights/?area={STEVENAGE}*")
    assert "Gap report for Stevenage" in page.locator("main").inner_text()
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert small_targets(page) == []
    assert page.locator("table#grouping-E07000243 td.heat--0").count() >= 1
    first = page.locator("table#unmet, table.figures").filter(has_text="Unmet needs")
    assert first.count() == 1
    assert page.locator("details.insights-scope").get_attribute("open") is None  # folded
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 1900})
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SHOTS / "insights-1280.png"))
    if os.environ.get("DIRECTORY_UPDATE_SCREENSHOTS") == "1":
        page.screenshot(path=str(README_SHOT))
    page.screenshot(path=str(SHOTS / "insights-full.png"), full_page=True)
    context.close()
    assert outside == []


def test_the_page_works_without_javascript(browser, site):
    context, page, outside = open_page(browser, site.url, javascript=False)
    page.get_by_text("Change the areas or the period").click()  # <details>: no script needed
    page.get_by_label("Stevenage").check()
    page.get_by_label("From").fill("2026-01-01")
    page.get_by_role("button", name="Show the insights").click()
    page.wait_for_url(f"**/admin/insights/?area={STEVENAGE}&since=2026-01-01*")
    text = page.locator("main").inner_text()
    assert "Gap report for Stevenage, 1 January 2026" in text
    assert "Unmet needs" in text and "Data health" in text
    href = page.get_by_role("link", name=re.compile("Unmet needs: searches")).get_attribute(
        "href")
    assert href.startswith(f"/admin/insights/unmet.csv?area={STEVENAGE}&since=2026-01-01")
    context.close()
    assert outside == []


def test_the_page_prints_as_an_a4_gap_report(browser, site, tmp_path):
    context, page, outside = open_page(browser, site.url)
    page.goto(f"/admin/insights/?area={STEVENAGE}")
    page.emulate_media(media="print")
    for hidden in (".insights-scope", ".staff-nav", ".account-bar", ".site-header",
                   ".insights-downloads"):
        assert page.locator(hidden).first.is_hidden(), hidden
    assert page.locator("table#grouping-E07000243").is_visible()
    pdf = tmp_path / "gap-report.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / pdf.name).write_bytes(pdf.read_bytes())
    data = pdf.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert boxes and pages >= 2
    assert {(round(float(w)), round(float(h))) for w, h in boxes} == {A4_POINTS}
    context.close()
    assert outside == []
