"""The public pages in a real browser: axe, keyboard, quick exit, weight, screenshots."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_support import ARTIFACTS, NEUTRAL_SITE
from sqlmodel import select

from directory import db
from directory.models import Service
from directory.web.languages import by_code, codes

pytestmark = pytest.mark.browser

LANGUAGES = codes()
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGE_BUDGET = 60 * 1024  # HTML + CSS + JS, uncompressed


@pytest.fixture(scope="module")
def demo_ids(demo_app):
    """Pick a demo "Getting Help" listing with a visible address (the keyboard journey's goal)."""
    with db.session_scope(demo_app) as session:
        listed = session.exec(select(Service).where(Service.status == "active")
                              .order_by(Service.id)).all()
        with_address = next(s for s in listed if "getting-help" in s.grouping_codes
                            and any(not loc.hide_address for loc in s.locations))
        postcode = next(loc.postcode for loc in with_address.locations if not loc.hide_address)
        return {"service": with_address.id, "postcode": postcode}


@pytest.fixture(scope="module")
def public_paths(demo_ids):
    service, outcode = demo_ids["service"], demo_ids["postcode"].split()[0]
    return {
        "home": "/",
        "grouping": f"/groupings/getting-help?location={outcode}",
        "grouping-empty": "/groupings/getting-risk-support",
        "service": f"/services/{service}",
        "report": f"/services/{service}/report",
        "search": f"/search?q=feeling+down&location={outcode}",
        "search-none": "/search?q=zzqxv&location=Hitchin",
        "get-help-now": "/get-help-now",
        "about": "/about",
        "accessibility": "/accessibility",
        "privacy": "/privacy",
        "staying-safe": "/staying-safe-online",
        "for-providers": "/for-providers",
        "not-found": "/services/99999999",
    }


def with_lang(path: str, lang: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}lang={lang}"


def axe_violations(page) -> list[str]:
    response = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in response.response["violations"]]


# Every link, button and field on screen that is smaller than 24 × 24 CSS px (WCAG 2.2, 2.5.8),
# measured box by box (each line of a wrapped link). Stricter than axe's target-size rule, which
# lets a small target pass when nothing else is near it: only WCAG's "inline" exception is kept,
# for a target inside a sentence (its block holds words outside any target).
SMALL_TARGETS = """() => {
    const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
    const blockOf = (element) => {
        let block = element.parentElement;
        while (block.parentElement && getComputedStyle(block).display.startsWith("inline")) {
            block = block.parentElement;
        }
        return block;
    };
    const inSentence = (element) => {
        const walker = document.createTreeWalker(blockOf(element), NodeFilter.SHOW_TEXT);
        let words = "";
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement.closest(TARGETS)) words += node.data;
        }
        return /\\p{L}{2}/u.test(words);
    };
    return [...document.querySelectorAll(TARGETS)].flatMap((element) => {
        const style = getComputedStyle(element);
        const boxes = [...element.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
        if (!boxes.length || style.visibility === "hidden") return [];
        const height = Math.min(...boxes.map((r) => r.height));
        const width = Math.max(...boxes.map((r) => r.width));
        if (height >= 24 && width >= 24) return [];
        if (style.display.startsWith("inline") && inSentence(element)) return [];
        const name = (element.innerText || element.value || "").trim().slice(0, 40);
        const size = `${Math.round(width)}x${Math.round(height)}`;
        return [`${element.tagName.toLowerCase()} "${name}" ${size}`];
    });
}"""


def small_targets(page) -> list[str]:
    """Return the targets on the page smaller than 24 × 24 CSS px (outside sentences)."""
    return page.evaluate(SMALL_TARGETS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_any_public_page(page, public_paths, lang):
    problems = {}
    for name, path in public_paths.items():
        response = page.goto(with_lang(path, lang))
        assert response.status == (404 if name == "not-found" else 200), name
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("html").get_attribute("dir") == by_code(lang).direction
        found = axe_violations(page)
        if found:
            problems[name] = found
        small = small_targets(page)
        if small:
            problems[f"{name} targets"] = small
    assert not problems, problems


def test_the_target_check_finds_small_targets_but_not_links_in_sentences(page):
    page.goto("/about")
    page.evaluate("""() => {
        const main = document.querySelector("main");
        for (const words of ["", "Read the words around "]) {
            const block = document.createElement("div");
            const link = document.createElement("a");
            link.href = "#";
            link.textContent = "tiny";
            link.style.fontSize = "10px";
            block.append(words, link);
            main.append(block);
        }
    }""")
    assert [found.split('"')[1] for found in small_targets(page)] == ["tiny"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_target_is_at_least_24_px_on_a_desktop_screen(open_context, public_paths, lang):
    context, _ = open_context(width=1280)
    page = context.new_page()
    problems = {}
    for name, path in public_paths.items():
        page.goto(with_lang(path, lang))
        small = small_targets(page)
        if small:
            problems[name] = small
    assert not problems, problems


PAGE_WEIGHT = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const resources = performance.getEntriesByType("resource");
    return nav.decodedBodySize + resources.reduce((sum, r) => sum + r.decodedBodySize, 0);
}"""


def test_pages_stay_within_the_weight_budget(page, public_paths):
    weights = {}
    for name, path in public_paths.items():
        for lang in ("en", "ur"):
            page.goto(with_lang(path, lang))
            page.wait_for_load_state("load")
            weights[f"{name}-{lang}"] = page.evaluate(PAGE_WEIGHT)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "page-weights.txt").write_text(
        "\n".join(f"{k}: {v} bytes" for k, v in sorted(weights.items())) + "\n")
    assert all(w > 5000 for w in weights.values()), weights  # the CSS was counted
    over = {k: v for k, v in weights.items() if v > PAGE_BUDGET}
    assert not over, over


def test_screenshots_at_phone_and_desktop_widths(open_context, public_paths):
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for width in (360, 1280):
        context, _ = open_context(width=width)
        page = context.new_page()
        for name, path in public_paths.items():
            for lang in (LANGUAGES if name in ("home", "service") else ("en", "ur")):
                page.goto(with_lang(path, lang))
                page.screenshot(path=str(folder / f"{name}-{lang}-{width}.png"), full_page=True)
    assert len(list(folder.glob("*.png"))) >= 4 * len(public_paths)


def focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {tag: e.tagName, text: (e.textContent || '').trim(),
                href: e.getAttribute('href') || '', id: e.id,
                outline: getComputedStyle(e).outlineStyle}; }""")


def tab_until(page, wanted, limit=150) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        if wanted(element):
            return element
    raise AssertionError("the keyboard never reached the element")


def test_a_keyboard_alone_reaches_a_service_page_from_home(page, demo_ids):
    page.goto("/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["href"] == "#main" and first["outline"] != "none"  # skip link, visibly focused
    tab_until(page, lambda e: e["href"].startswith("/groupings/getting-help"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/groupings/getting-help")
    tab_until(page, lambda e: e["id"] == "location")
    page.keyboard.type(demo_ids["postcode"].split()[0])
    page.keyboard.press("Enter")
    page.wait_for_url("**/groupings/getting-help?location=*")
    link = tab_until(page, lambda e: e["href"].startswith("/services/"))
    assert link["outline"] != "none"
    page.keyboard.press("Enter")
    page.wait_for_url("**/services/*")
    assert page.locator("h1").inner_text() == link["text"]
    assert page.get_by_text("Can I go on my own?").is_visible()


def test_the_skip_link_moves_focus_to_the_main_content(page):
    page.goto("/about")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


# Reports the overlay from inside the page the moment it appears: while the neutral site is
# held back the old page is still on screen, but Playwright cannot evaluate in it any more.
WATCH_OVERLAY = """new MutationObserver((_, observer) => {
    const overlay = document.querySelector(".quick-exit-overlay");
    if (!overlay) return;
    observer.disconnect();
    const box = overlay.getBoundingClientRect();
    const heading = document.querySelector("h1");
    window.reportOverlay({width: box.width, height: box.height, viewWidth: innerWidth,
        viewHeight: innerHeight, background: getComputedStyle(overlay).backgroundColor,
        heading: heading ? getComputedStyle(heading).visibility : "", title: document.title});
}).observe(document, {childList: true, subtree: true});"""


def wait_for(page, condition, seconds=10):
    for _ in range(seconds * 20):
        if condition():
            return
        page.wait_for_timeout(50)
    raise AssertionError("timed out")


def test_shift_three_times_blanks_the_page_and_leaves_for_good(page, demo_ids, live_server):
    overlays = []
    page.expose_function("reportOverlay", lambda info: overlays.append(info))
    page.add_init_script(WATCH_OVERLAY)
    page.traffic.held = []
    page.goto(f"/services/{demo_ids['service']}")
    status = page.locator("[data-quick-exit-status]")
    page.keyboard.press("Shift")
    assert status.inner_text() == "Shift, press 2 more times to exit."
    page.keyboard.press("Shift")
    assert status.inner_text() == "Shift, press 1 more time to exit."
    page.keyboard.press("Shift")
    wait_for(page, lambda: page.traffic.held and overlays)
    [overlay] = overlays  # blanked while the neutral site was still loading
    assert (overlay["width"], overlay["height"]) == (overlay["viewWidth"], overlay["viewHeight"])
    assert overlay["background"] == "rgb(255, 255, 255)"
    assert overlay["heading"] == "hidden" and overlay["title"] == ""
    page.traffic.held.pop().fulfill(status=200, content_type="text/html",
                                    body="<!doctype html><title>Weather</title>")
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    assert not page.url.startswith(live_server), page.url


def test_shift_presses_more_than_five_seconds_apart_do_not_exit(page):
    page.clock.install()
    page.goto("/about")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.clock.run_for(5100)
    assert page.locator("[data-quick-exit-status]").inner_text() == "Exit this page expired."
    page.keyboard.press("Shift")
    page.wait_for_timeout(200)
    assert page.url.endswith("/about")


def test_the_exit_button_leaves_and_back_does_not_return(page, live_server):
    page.goto("/get-help-now")
    page.get_by_role("link", name="Exit this page").click()
    page.wait_for_url(NEUTRAL_SITE)
    page.go_back()
    assert not page.url.startswith(live_server), page.url


def test_without_javascript_the_exit_is_a_plain_link_and_search_works(open_context, live_server):
    context, _ = open_context(javascript=False)
    page = context.new_page()
    page.goto("/")
    exit_link = page.get_by_role("link", name="Exit this page")
    assert exit_link.get_attribute("rel") == "noreferrer"
    page.fill("#location", "Stevenage")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?*")
    assert "location=Stevenage" in page.url
    page.goto("/")
    exit_link.click()
    page.wait_for_url(NEUTRAL_SITE)


def test_no_request_leaves_this_machine(page, public_paths, live_server):
    for path in public_paths.values():
        page.goto(with_lang(path, "pl"))
    hosts = {urlsplit(url).hostname for url in page.traffic.urls}
    assert hosts == {"127.0.0.1"}, hosts
    assert not page.traffic.left_the_machine()


def test_choosing_a_language_keeps_it_on_the_next_pages(page):
    page.goto("/about")
    page.get_by_role("link", name="Polski").click()
    page.wait_for_url("**/about")
    assert page.locator("html").get_attribute("lang") == "pl"
    page.goto("/get-help-now")
    assert page.locator("html").get_attribute("lang") == "pl"
    cookies = {c["name"] for c in page.context.cookies()}
    assert cookies == {"lang"}


# Phone numbers shown in the page's text outside a link, text node by text node: UK numbers,
# 116 numbers, 999 or 111 after "call" or "NHS", and a text number after "to".
PHONE_TEXT_OUTSIDE_LINKS = r"""() => {
    const PHONE = new RegExp("(?<![\\d£.,:/-])(?:0\\d{2,4}(?: ?\\d){4,8}|116 ?\\d{3})(?!\\d)" +
        "|(?<=\\b(?:call|ring|dial|phone|nhs) )(?:999|111)\\b|(?<=\\bto )\\d{5,6}\\b", "gi");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // Text inside another link (a service's name) can't hold a link of its own.
        if (parent.closest("a[href], script, textarea")) continue;
        if (!parent.getClientRects().length) continue;  // not shown
        for (const match of node.data.matchAll(PHONE)) found.push(match[0]);
    }
    return found;
}"""


@pytest.fixture(scope="module")
def sheet_ids(demo_app):
    """Pick demo listings with a phone and a text number, for a sheet full of numbers."""
    with db.session_scope(demo_app) as session:
        listed = session.exec(select(Service).where(Service.status == "active")
                              .order_by(Service.id)).all()
        with_numbers = [s.id for s in listed if s.phone and s.text_number]
        with_phone = [s.id for s in listed if s.phone and not s.text_number]
        return with_numbers[:2] + with_phone[:2]


def test_on_a_phone_the_first_result_is_on_the_first_screen(page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/search?q=anxiety&location=Stevenage")
    first = page.locator("main .card").first
    top = first.bounding_box()["y"]
    assert 0 < top < 740, f"the first result starts at {top} px"
    assert page.locator(".crisis-strip").bounding_box()["y"] < top  # crisis help still first
    assert page.get_by_text("Change search").is_visible()
    assert page.locator("#q").is_hidden()  # the form waits, folded, until it is wanted
    page.get_by_text("Change search").click()
    assert page.locator("#q").is_visible()


def test_every_phone_number_on_results_and_a_sheet_is_a_link(page, sheet_ids):
    page.goto("/search?q=anxiety&location=Stevenage")
    assert page.locator('main .card a[href^="tel:"]').count() >= 1
    assert page.evaluate(PHONE_TEXT_OUTSIDE_LINKS) == []
    page.goto(f"/signpost/sheet?services={','.join(map(str, sheet_ids))}&lang=en")
    assert page.locator('.sheet a[href^="sms:"]').count() >= 1
    assert page.locator('.sheet__urgent a[href="tel:999"]').count() == 1
    assert page.evaluate(PHONE_TEXT_OUTSIDE_LINKS) == []
    page.emulate_media(media="print")
    assert page.evaluate(PHONE_TEXT_OUTSIDE_LINKS) == []


def test_a_search_that_shows_crisis_help_leaves_no_words_in_the_history(page, live_server):
    page.goto("/about")
    page.goto("/search?q=suicidal+thoughts&location=Stevenage")
    assert page.locator("[data-forget-words]").is_visible()
    page.wait_for_function("!location.search.includes('q=')")
    assert page.url == f"{live_server}/search?location=Stevenage"
    page.goto("/get-help-now")
    page.go_back()
    assert "suicidal" not in page.url and "q=" not in page.url
