"""In a real browser: a provider edits a listing, a moderator approves it, and the public search
finds the new words. The provider and moderator pages also pass axe (WCAG 2.2 AA).
"""

import pytest
from accounts_support import PASSWORD
from axe_playwright_python.sync_playwright import Axe
from provider_support import make_world

pytestmark = pytest.mark.browser
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def site(app, serve):
    """A fresh directory (its own database and index) behind the real server."""
    world = make_world(app)
    return serve(app).url, world


def sign_in(browser, base_url: str, email: str):
    context = browser.new_context(base_url=base_url, viewport={"width": 1024, "height": 900})
    page = context.new_page()
    page.goto("/provider/login")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    return context, page


def assert_accessible(page) -> None:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()


def test_a_provider_edit_is_approved_and_found_by_public_search(browser, site):
    base_url, world = site
    provider, page = sign_in(browser, base_url, world.provider_a)
    page.get_by_role("link", name="Talk Space").click()  # the listing's overview
    assert page.get_by_role("heading", name="Who it’s for").is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Change what it is").click()  # one section's short page
    assert page.get_by_role("heading", level=1).inner_text() == "What it is"
    assert page.get_by_label("Phone number").count() == 0
    assert page.evaluate("document.documentElement.scrollHeight") < 3500  # the whole: 9,500
    assert_accessible(page)
    summary = page.get_by_label("Summary in plain words")
    summary.fill("Counselling with a friendly kingfisher mascot for worried teenagers.")
    page.get_by_role("button", name="Save").click()
    assert "A moderator will check your changes" in page.content()
    assert "kingfisher mascot" in page.locator("main").inner_text()  # back on the overview
    provider.close()

    visitor = browser.new_context(base_url=base_url)
    public = visitor.new_page()
    public.goto("/search?q=kingfisher")
    assert "Talk Space" not in public.locator("main").inner_text()

    moderator, page = sign_in(browser, base_url, world.moderator)
    page.goto("/admin/moderation")
    page.get_by_role("link", name="Talk Space").click()
    changed = page.get_by_role("table", name="What would change in the public listing")
    assert "kingfisher mascot" in changed.inner_text()
    assert "Unchanged:" in page.locator("details.unchanged summary").inner_text()
    assert_accessible(page)
    page.get_by_role("button", name="Approve and publish").click()
    assert "Published the changes to “Talk Space”" in page.content()
    moderator.close()

    public.goto("/search?q=kingfisher")
    assert "Talk Space" in public.locator("main").inner_text()
    public.goto(f"/services/{world.a_live}")
    assert "kingfisher mascot" in public.locator("main").inner_text()
    visitor.close()


def test_my_listings_and_its_quick_update_pass_axe_and_publish_at_once(browser, site):
    base_url, world = site
    provider, page = sign_in(browser, base_url, world.provider_a)
    page.goto("/provider/")
    form = page.locator(f'form[action="/provider/services/{world.a_live}/availability"]')
    assert form.count() == 1
    assert_accessible(page)
    form.get_by_role("radio", name="Waiting list").check()
    form.get_by_label("Typical wait, in weeks").fill("200")
    form.get_by_role("button", name="Update: Talk Space").click()
    assert "Enter a wait between 0 and 104 weeks." in page.locator("main").inner_text()
    assert_accessible(page)  # the page with its problems shown on the field
    form.get_by_label("Typical wait, in weeks").fill("9")
    form.get_by_role("button", name="Update: Talk Space").click()
    assert "now says “Waiting list: about 9 weeks”" in page.content()
    assert_accessible(page)
    provider.close()

    visitor = browser.new_context(base_url=base_url)
    public = visitor.new_page()
    public.goto(f"/services/{world.a_live}")
    assert "Waiting list: about 9 weeks" in public.locator("main").inner_text()
    visitor.close()


@pytest.mark.parametrize("lang", ["pl", "ur"])
def test_the_provider_portal_is_translated_and_passes_axe(browser, site, lang):
    base_url, world = site
    provider, page = sign_in(browser, base_url, world.provider_a)
    pages = ("/provider/", f"/provider/services/{world.a_live}",
             f"/provider/services/{world.a_live}/edit/availability",
             f"/provider/services/{world.a_live}/edit", "/provider/services/new",
             "/provider/account", "/provider/claim")
    for path in pages:
        page.goto(f"{path}?lang={lang}")
        html = page.locator("html")
        assert html.get_attribute("lang") == lang, path
        assert html.get_attribute("dir") == ("rtl" if lang == "ur" else "ltr"), path
        assert "Save" not in page.get_by_role("button").all_inner_texts(), path  # translated
        assert_accessible(page)
    provider.close()
