"""The teacher's two-minute path in a real Chromium: from the home page to a printed sheet.

A teacher is with a 15-year-old in Stevenage who is stressed about exams and not at risk. Every
click and key press on the way is counted (typing is not), and the whole path must take at most
7. The test serves its own seeded directory: the flow writes anonymous counts.
"""

import re

import pytest
from test_signpost_browser import axe_violations, pdf_pages
from test_signpost_browser import live_server as live_server  # noqa: F401 (its own directory)

from directory import signposting

pytestmark = pytest.mark.browser

MOST_CLICKS = 7
DESKTOP = {"width": 1280, "height": 800}
TWO_SCREENS = 1600  # CSS px: the options page's whole document at most two desktop screens
NOTES = "She is stressed and anxious about her GCSE exams"


class Clicks:
    """Click (or tick, or press) through the page, counting each one."""

    def __init__(self, page):
        self.page = page
        self.done: list[str] = []

    def click(self, locator, what: str) -> None:
        locator.click()
        self.done.append(what)

    def check(self, locator, what: str) -> None:
        locator.check()
        self.done.append(what)


@pytest.fixture
def desktop(browser, live_server):  # noqa: F811
    """A desktop browser page on this test's own directory."""
    context = browser.new_context(base_url=live_server, viewport=DESKTOP, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


def test_a_teacher_gets_from_the_home_page_to_a_printed_sheet_in_seven_clicks(desktop,
                                                                             tmp_path):
    page = desktop
    clicks = Clicks(page)
    page.goto("/")
    entry = page.locator("main").get_by_role("link", name="Help a young person")
    assert entry.bounding_box()["y"] < DESKTOP["height"] / 2  # above the fold, at the top
    clicks.click(entry, "Help a young person")
    page.wait_for_url("**/signpost/")

    page.get_by_label("Where is the young person?").fill("SG1 1AA")
    page.get_by_label("How old are they?").fill("15")
    page.get_by_label("In their own words (optional)").fill(NOTES)
    clicks.click(page.get_by_role("button", name="Tick topics that match these words"),
                 "Tick topics that match these words")
    page.locator("[data-suggestion]").filter(has_text="Ticked").wait_for()
    for topic in ("Worried or stressed", "Exams and school"):
        assert page.get_by_label(topic, exact=True).is_checked(), topic
    clicks.check(page.get_by_label("No", exact=True), "No one is at immediate risk")
    clicks.click(page.get_by_role("button", name="Continue"), "Continue")
    page.wait_for_url("**/signpost/options?*")

    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= TWO_SCREENS, f"the options page is {height} px tall"
    shortlist = page.locator(".signpost-shortlist .signpost-option")
    assert shortlist.count() == signposting.SHORTLIST == 4
    assert page.locator("#more-options").get_attribute("open") is None  # the rest on request
    assert not axe_violations(page), axe_violations(page)
    first = shortlist.first
    name = first.locator("h3").inner_text()
    clicks.check(first.get_by_label(re.compile("^Put on the sheet")), "Put on the sheet")
    make = page.get_by_role("button", name="Make the sheet")
    assert make.is_visible() and make.bounding_box()["y"] < DESKTOP["height"]  # sticky, in view
    assert page.locator("[data-pick-count]").inner_text() == "1 option chosen."
    clicks.click(make, "Make the sheet")
    page.wait_for_url("**/signpost/sheet?*")

    assert page.locator(".sheet-option h2").all_inner_texts() == [name]
    page.evaluate("window.print = () => { window.printed = true; }")
    clicks.click(page.get_by_role("button", name="Print"), "Print")
    assert page.evaluate("window.printed") is True
    assert len(clicks.done) <= MOST_CLICKS, clicks.done

    page.emulate_media(media="print")
    assert page.locator(".sheet__urgent").is_visible()  # urgent help is on the printed page
    assert page.locator(".crisis-strip").is_visible()
    pdf = tmp_path / "teacher-sheet.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    assert pdf_pages(pdf) == 1
    assert not axe_violations(page), axe_violations(page)
