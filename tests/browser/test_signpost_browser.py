"""The signposting flow in a real Chromium: every step, the at-risk path, the printed sheet.

Each test serves its own seeded directory (the flow writes anonymous counts), so the shared
demo directory is never written to.
"""

import re
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, unquote_plus, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_support import ARTIFACTS
from PIL import Image
from pyzbar.pyzbar import decode
from sqlalchemy import select as sa_select
from sqlmodel import SQLModel, select
from test_public_browser import small_targets

from directory import db, search
from directory.models import Service
from directory.setup_data import seed_demo
from directory.web.languages import by_code, codes

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
POSTCODE = "SG1 1AA"  # a full postcode: used to search, never kept
OWN_WORDS = "Priya says she can't sleep, is worried about her GCSEs and feels empty inside"
RISKY_WORDS = "Told me he has been cutting himself at night"
SHOTS = ARTIFACTS / "signpost"
LANGUAGES = codes()
A4_MM = (210, 297)
MM = 96 / 25.4  # CSS px in a millimetre
FILL_LIMIT = 0.90  # of the printable height: the headroom left for other fonts' metrics
LARGER_TYPE = 1.10  # the root size a tenth larger still fits on the page
PAGE_BUDGET = 60 * 1024  # HTML + CSS + JS, uncompressed
PAGE_WEIGHT = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const resources = performance.getEntriesByType("resource");
    return nav.decodedBodySize + resources.reduce((sum, r) => sum + r.decodedBodySize, 0);
}"""


@pytest.fixture
def live_server(app, serve):
    """A seeded directory of this test's own behind the real server (overrides the shared one)."""
    seed_demo(app)
    search.rebuild(app)
    server = serve(app)
    app.config["SITE_URL"] = server.url  # what the server's QR codes and links point at
    return server.url


@pytest.fixture
def sent(page):
    """Record every request the page makes, with any body, to prove what left the browser."""
    requests = []
    page.on("request", lambda request: requests.append((request.url, request.post_data or "")))
    return requests


def axe_violations(page) -> list[str]:
    response = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in response.response["violations"]]


def check_page(page, name: str, problems: dict) -> None:
    """Run axe on the page and keep a screenshot of it."""
    found = axe_violations(page)
    if found:
        problems[name] = found
    SHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)


def continue_(page) -> None:
    page.get_by_role("button", name=re.compile("^(Continue|Show options)")).click()


def where_and_age(page, location=POSTCODE, age="14") -> None:
    """Open the questions and say where and how old (the rest is asked on the same page)."""
    page.goto("/signpost/")
    page.get_by_label("Where is the young person?").fill(location)
    page.get_by_label("How old are they?").fill(age)


def open_more(page) -> None:
    """Open "Show more options": the groupings beyond the shortlist."""
    more = page.locator("#more-options")
    if more.get_attribute("open") is None:
        more.locator("summary").click()


def choose_options(page, count: int) -> list[str]:
    """Tick the first ``count`` options and return their service ids."""
    boxes = page.locator('input[name="services"]')
    ids = []
    for index in range(count):
        boxes.nth(index).check()
        ids.append(boxes.nth(index).get_attribute("value"))
    return ids


def test_the_whole_flow_with_javascript_ends_with_a_sheet(page, sent, live_server):
    problems: dict = {}
    where_and_age(page)
    check_page(page, "1-questions", problems)
    page.get_by_label("In their own words (optional)").fill(OWN_WORDS)
    page.get_by_role("button", name="Tick topics that match these words").click()
    status = page.locator("[data-suggestion]")
    status.filter(has_text="Ticked").wait_for()
    for label in ("Can't sleep", "Worried or stressed", "Exams and school", "Feeling down"):
        assert page.get_by_label(label, exact=True).is_checked(), label
    assert page.locator("[data-crisis-words]").is_hidden()
    page.get_by_label("No", exact=True).check()
    continue_(page)
    page.wait_for_url("**/signpost/options?*")  # no risk: straight on, no crisis page
    page.get_by_role("link", name="How they'd like support (optional)").click()
    page.wait_for_url("**/signpost/preferences?*")
    check_page(page, "4-preferences", problems)
    page.get_by_label("Online", exact=True).check()
    page.get_by_label("Only somewhere close by").check()
    continue_(page)
    page.wait_for_url("**/signpost/options?*")
    assert "prefer=online" in page.url and "travel=near" in page.url
    check_page(page, "5-options", problems)
    assert page.locator(".signpost-shortlist .signpost-option").count() >= 1
    open_more(page)
    check_page(page, "5-options-more", problems)
    headings = page.locator("section.signpost-group h2").all_inner_texts()
    assert headings[-1] == "Available wherever they live" and len(headings) >= 2
    assert page.get_by_text("not an assessment or a diagnosis").is_visible()
    first = page.locator('input[name="services"]').first
    first.check()
    ticked = first.get_attribute("value")
    page.locator("[data-more]").first.click()  # open up a group: the tick is kept
    page.wait_for_url("**/signpost/options?*more=*")
    assert page.locator(f'input[name="services"][value="{ticked}"]').is_checked()
    ids = choose_options(page, 3)
    assert ticked in ids
    assert page.locator("[data-pick-count]").inner_text() == "3 options chosen."
    page.get_by_label("Language for the sheet").select_option("ro")
    page.get_by_role("button", name="Make the sheet").click()
    page.wait_for_url("**/signpost/sheet?*")
    link = urlsplit(page.url)
    assert parse_qs(link.query) == {"services": [",".join(ids)], "lang": ["ro"]}
    assert page.locator("html").get_attribute("lang") == "ro"
    assert page.locator(".sheet-option").count() == 3
    check_page(page, "6-sheet-ro", problems)
    assert not problems, problems
    everything = " ".join(url + " " + body for url, body in sent)
    assert "Priya" not in everything and "GCSE" not in everything and "empty" not in everything


def test_the_at_risk_path_shows_crisis_help_first_then_goes_on(page, live_server):
    problems: dict = {}
    where_and_age(page, location="Hitchin", age="15")
    page.get_by_label("In their own words (optional)").fill(RISKY_WORDS)
    page.get_by_role("button", name="Tick topics that match these words").click()
    page.locator("[data-crisis-words]").wait_for(state="visible")
    assert page.get_by_label("Hurting themselves (self-harm)").is_checked()
    page.get_by_label("Yes, someone may be at risk right now").check()
    continue_(page)
    page.wait_for_url("**/signpost/safety?*")
    check_page(page, "3b-safety", problems)
    main = page.locator("main")
    assert main.locator("h1").inner_text() == "Make sure they're safe first"
    assert main.get_by_role("heading", name="What to do now").is_visible()
    assert main.get_by_role("link", name="Call 999").first.is_visible()
    text = main.inner_text()
    for words in ("NHS 111", "designated safeguarding lead", "NSPCC", "Childline", "Samaritans",
                  "Shout"):
        assert words in text, words
    # Crisis help comes before anything else on the page's main content.
    assert text.index("What to do now") < text.index("Continue to find support")
    page.get_by_role("button", name="Continue to find support").click()
    page.wait_for_url("**/signpost/options?*")
    open_more(page)
    content = page.locator("main").inner_text()
    assert content.index("Crisis help comes first") < content.index("Available wherever they live")
    assert page.get_by_role("link", name="What to do now, and who can help today").is_visible()
    check_page(page, "5b-options-at-risk", problems)
    assert not problems, problems


def test_the_flow_works_without_javascript(open_context, live_server):
    context, _traffic = open_context(width=1280, javascript=False)
    page = context.new_page()
    where_and_age(page, location="Hitchin Boys' School", age="12")
    assert page.get_by_role("button", name="Tick topics that match these words").is_hidden()
    page.get_by_label("In their own words (optional)").fill(OWN_WORDS)
    page.get_by_label("Being bullied").check()
    page.get_by_label("I'm not sure").check()
    continue_(page)
    page.wait_for_url("**/signpost/safety?*")  # "not sure" is treated as possible risk
    assert "Priya" not in page.url
    page.get_by_role("button", name="Continue to find support").click()
    page.wait_for_url("**/signpost/options?*")
    assert page.get_by_text("We looked for support near Hitchin").is_visible()
    assert page.locator("#more-options").get_attribute("open") is None
    page.locator("#more-options summary").click()  # a <details>: opens without JavaScript
    assert page.locator("section.signpost-group").first.is_visible()
    page.get_by_role("button", name="Make the sheet").click()  # nothing chosen yet
    assert page.get_by_text("Choose at least one option to put on the sheet.").first.is_visible()
    ids = choose_options(page, 2)
    page.get_by_role("button", name="Make the sheet").click()
    page.wait_for_url("**/signpost/sheet?*")
    assert parse_qs(urlsplit(page.url).query)["services"] == [",".join(ids)]
    assert page.get_by_role("button", name="Print").is_hidden()
    assert page.get_by_text("use your browser's Print command").is_visible()
    assert page.get_by_label("Link to this sheet").input_value() == page.url


def service_ids(app, count: int = 4) -> list[int]:
    """Return listings with the most to say, so the one-page check is a hard one."""
    with db.session_scope(app) as session:
        listed = session.exec(select(Service).where(Service.status == "active")).all()
        listed.sort(key=lambda s: -(len(s.summary) + 40 * len(s.locations) + len(s.url)
                                    + 20 * len(s.referral_routes)))
        return [s.id for s in listed[:count]]


def pdf_pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def qr_text(pdf: Path, folder: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(folder / "sheet")], check=True)
    [image] = sorted(folder.glob("sheet*.png"))
    return [symbol.data.decode() for symbol in decode(Image.open(image))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sheet_prints_on_one_a4_page_with_a_qr_code_to_itself(page, app, live_server,
                                                                   tmp_path, lang):
    ids = service_ids(app)
    page.goto(f"/signpost/sheet?services={','.join(map(str, ids))}&lang={lang}")
    html = page.locator("html")
    assert html.get_attribute("lang") == lang
    assert html.get_attribute("dir") == by_code(lang).direction
    assert page.locator(".sheet-option").count() == 4
    problems: dict = {}
    check_page(page, f"sheet-{lang}", problems)
    assert not problems, problems
    pdf = tmp_path / f"sheet-{lang}.pdf"
    page.emulate_media(media="print")
    assert page.locator(".crisis-strip").is_visible()  # the crisis strip prints
    assert page.locator(".sheet-share").is_hidden() and page.locator(".site-header").is_hidden()
    page.pdf(path=str(pdf), format="A4", print_background=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / pdf.name).write_bytes(pdf.read_bytes())
    assert pdf_pages(pdf) == 1
    assert qr_text(pdf, tmp_path) == [page.url]
    assert f"lang={lang}" in page.url


PAGE_MARGINS = """() => {
    for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
            if (rule instanceof CSSPageRule) {
                const sides = ["Top", "Right", "Bottom", "Left"];
                return sides.map((side) => rule.style[`margin${side}`]);
            }
        }
    }
}"""
SCALE_ROOT = """(scale) => {
    const root = document.documentElement;
    root.style.fontSize = "";
    root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * scale}px`;
}"""


def printable_area(page) -> tuple[int, int]:
    """Return the width and height inside the sheet's A4 page margins, in whole CSS px."""
    top, right, bottom, left = (float(m.removesuffix("mm")) for m in page.evaluate(PAGE_MARGINS))
    width, height = A4_MM
    return int((width - left - right) * MM), int((height - top - bottom) * MM)


def printed_fill(page, scale: float = 1.0) -> float:
    """Lay the page out as printed, with the root size times ``scale``; return how much of the
    printable height the sheet fills (1.0 is all of it)."""
    width, height = printable_area(page)
    page.set_viewport_size({"width": width, "height": height})
    page.emulate_media(media="print")
    page.evaluate(SCALE_ROOT, scale)
    return page.evaluate("document.querySelector('.sheet').getBoundingClientRect().bottom") / height


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_printed_sheet_leaves_room_for_other_fonts(page, app, live_server, tmp_path, lang):
    ids = service_ids(app)
    page.goto(f"/signpost/sheet?services={','.join(map(str, ids))}&lang={lang}")
    fill = printed_fill(page)
    assert fill <= FILL_LIMIT, f"the sheet fills {fill:.0%} of the printable height"
    larger = printed_fill(page, LARGER_TYPE)
    assert larger <= 1, f"with the type {LARGER_TYPE - 1:.0%} larger it fills {larger:.0%}"
    pdf = tmp_path / f"sheet-{lang}-larger.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    assert pdf_pages(pdf) == 1


def platform_fonts(page, selector: str) -> set[str]:
    """Return the installed font families Chromium drew the element's text with."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {font["familyName"] for font in fonts}


def test_urdu_is_drawn_in_nastaliq_and_english_on_it_in_a_latin_font(page, app, live_server):
    page.goto(f"/signpost/sheet?services={service_ids(app, 1)[0]}&lang=ur")
    page.emulate_media(media="print")
    installed = "Noto Nastaliq Urdu is not installed (Debian: apt-get install fonts-noto-core)"
    assert platform_fonts(page, ".sheet h1") == {"Noto Nastaliq Urdu"}, installed
    english = platform_fonts(page, '.sheet-option p[lang="en"]')
    assert english and "Noto Nastaliq Urdu" not in english, english


def test_the_sheet_can_be_copied_printed_and_pasted(page, app, live_server):
    ids = service_ids(app, 2)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"/signpost/sheet?services={ids[0]}-{ids[1]}")
    page.wait_for_url(f"**/signpost/sheet?services={ids[0]},{ids[1]}&lang=en")
    page.get_by_role("button", name="Copy link").click()
    page.get_by_text("Link copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == page.url
    page.evaluate("window.print = () => { window.printed = true; }")
    page.get_by_role("button", name="Print").click()
    assert page.evaluate("window.printed") is True
    page.get_by_text("Text to paste into an email or message").click()
    pasted = page.get_by_label("Plain text of this sheet").input_value()
    assert "While you wait" in pasted and "<" not in pasted
    assert f"/s/{ids[0]}-{ids[1]}?l=en" in pasted
    short = page.locator(".sheet__qr a")
    assert short.inner_text().endswith(f"/s/{ids[0]}-{ids[1]}?l=en")
    short.click()
    page.wait_for_url(re.compile(r".*/signpost/sheet\?services=\d+,\d+&lang=en$"))


def database_dump(app) -> dict[str, set[str]]:
    """Return every row of every table as text."""
    dump = {}
    with db.session_scope(app) as session:
        for table in SQLModel.metadata.sorted_tables:
            dump[table.name] = {repr(tuple(row)) for row in session.execute(sa_select(table))}
    return dump


def test_after_a_full_flow_the_database_holds_nothing_personal(page, app, live_server):
    before = database_dump(app)
    where_and_age(page, location=POSTCODE, age="16")
    page.get_by_label("In their own words (optional)").fill(OWN_WORDS + ". " + RISKY_WORDS)
    page.get_by_role("button", name="Tick topics that match these words").click()
    page.locator("[data-crisis-words]").wait_for(state="visible")
    page.get_by_label("Yes, someone may be at risk right now").check()
    continue_(page)
    page.get_by_role("button", name="Continue to find support").click()
    page.wait_for_url("**/signpost/options?*")
    page.get_by_role("link", name="How they'd like support (optional)").click()
    page.get_by_label("Phone", exact=True).check()
    continue_(page)
    page.wait_for_url("**/signpost/options?*")
    ids = choose_options(page, 2)
    page.get_by_role("button", name="Make the sheet").click()
    page.wait_for_url("**/signpost/sheet?*")

    after = database_dump(app)
    changed = {name: rows - before.get(name, set()) for name, rows in after.items()}
    changed = {name: rows for name, rows in changed.items() if rows}
    # Nothing but anonymous counts was written: signposting's, and the search's (docs/INSIGHTS.md).
    assert set(changed) == {"usage_count", "search_count"}, changed
    text = "\n".join("\n".join(rows) for rows in after.values())
    for private in ("Priya", "GCSEs", "feels empty", "cutting himself", OWN_WORDS):
        assert private not in text
    new_rows = "\n".join(changed["usage_count"] | changed["search_count"])
    assert POSTCODE not in new_rows and "1AA" not in new_rows
    with db.session_scope(app) as session:
        from directory.models import UsageCount

        counts = session.exec(select(UsageCount)).all()
    assert {c.outcode for c in counts} == {"SG1"}
    assert {c.age_band for c in counts} == {"16-18"}
    assert {c.event for c in counts} == {"signpost", "sheet"}
    assert {(c.facet, c.value) for c in counts if c.event == "sheet"} >= {
        ("service", ids[0]), ("service", ids[1])}
    topics = {c.value for c in counts if c.facet == "topic"}
    assert {"sleep", "anxiety", "exam-stress", "low-mood", "self-harm"} <= topics
    assert all(re.fullmatch(r"[a-z0-9-]*", c.value) for c in counts)  # codes, never words
    instance = Path(app.config["INSTANCE_PATH"])
    for path in (p for p in instance.rglob("*") if p.is_file()):
        assert b"Priya" not in path.read_bytes(), path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_flow_page_passes_axe_in_every_language(page, app, live_server, lang):
    ids = ",".join(map(str, service_ids(app, 2)))
    answers = "location=SG1+1AA&age=14&topic=sleep&topic=self-harm&risk=yes&prefer=online"
    paths = {
        "start": "/signpost/",
        "start-errors": "/signpost/topics?location=&age=99",
        "topics": f"/signpost/topics?{answers}",
        "risk": f"/signpost/risk?{answers}",
        "risk-error": "/signpost/safety?location=SG1&age=14",
        "safety": f"/signpost/safety?{answers}",
        "preferences": f"/signpost/preferences?{answers}",
        "options": f"/signpost/options?{answers}",
        "options-more": f"/signpost/options?{answers}&more=national",
        "options-error": f"/signpost/options?{answers}&problem=pick-many",
        "sheet": f"/signpost/sheet?services={ids}",
        "sheet-missing": "/signpost/sheet?services=x",
    }
    problems = {}
    for name, path in paths.items():
        page.goto(f"{path}{'&' if '?' in path else '?'}lang={lang}")
        assert page.locator("html").get_attribute("dir") == by_code(lang).direction
        found = axe_violations(page)
        if found:
            problems[name] = found
        small = small_targets(page)
        if small:
            problems[f"{name} targets"] = small
        weight = page.evaluate(PAGE_WEIGHT)
        if weight > PAGE_BUDGET:
            problems[f"{name} weight"] = weight
    assert not problems, problems


@pytest.mark.parametrize("notes", [
    "Says she can't go on and took too many pills last week",
    "Mowi ze nie chce zyc",  # Polish typed without its accents
    "کہتا ہے کہ خود کو نقصان پہنچاتا ہے",
])
def test_risky_notes_bring_crisis_help_first_even_when_continue_comes_at_once(
        page, sent, live_server, notes):
    where_and_age(page, location="Hitchin", age="15")
    page.get_by_label("In their own words (optional)").fill(notes)
    page.get_by_label("No", exact=True).check()  # the notes alone must bring crisis help
    continue_(page)  # no "Tick topics" first: Continue matches the notes itself
    page.wait_for_url("**/signpost/safety?*")
    assert page.locator("main h1").inner_text() == "Make sure they're safe first"
    assert "topic=self-harm" in page.url or "topic=suicidal-thoughts" in page.url
    everything = unquote_plus(" ".join(url + " " + body for url, body in sent))
    for word in [notes, *(word for word in notes.split() if len(word) > 3)]:
        assert word not in everything, word


def test_the_browser_matches_every_crisis_phrase_however_it_is_typed(page, live_server):
    from test_crisis_phrases import CRISIS_PHRASES, typed_ways

    where_and_age(page)
    cases = [[topic, way] for topic, _lang, phrase in CRISIS_PHRASES for way in typed_ways(phrase)]
    missed = page.evaluate(MATCH_EACH, cases)
    assert missed == []


MATCH_EACH = """async (cases) => {
    const notes = document.querySelector("#own-words");
    const button = document.querySelector("[data-suggest]");
    const status = document.querySelector("[data-suggestion]");
    const crisis = document.querySelector("[data-crisis-words]");
    const missed = [];
    for (const [topic, typed] of cases) {
        document.querySelectorAll('input[name="topic"]').forEach((box) => { box.checked = false; });
        status.textContent = "";
        notes.value = typed;
        button.click();
        for (let waited = 0; !status.textContent && waited < 5000; waited += 5) {
            await new Promise((resolve) => setTimeout(resolve, 5));
        }
        const ticked = document.querySelector(`input[name="topic"][value="${topic}"]`).checked;
        if (crisis.hidden || !ticked) { missed.push([topic, typed]); }
    }
    return missed;
}"""
