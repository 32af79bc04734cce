"""In a real browser, against the real server: an administrator walks through the admin area.
Every page has the one menu with its section marked and passes axe (WCAG 2.2 AA), in English
and in Urdu (right to left).
"""

import pytest
from test_provider_browser import assert_accessible, sign_in, site  # noqa: F401 - the fixture

pytestmark = pytest.mark.browser

def sign_in_as_admin(browser, base_url: str, world):
    """Sign the administrator in and wait for the overview they land on."""
    context, page = sign_in(browser, base_url, world.admin)
    return context, page


# (address, the menu item marked current)
PAGES = [
    ("/admin/", "Overview"),
    ("/admin/moderation", "Moderation"),
    ("/admin/moderation/changes/{change}", "Moderation"),
    ("/admin/stale", "Listings to check"),
    ("/admin/organisations", "Organisations"),
    ("/admin/accounts", "Accounts"),
    ("/admin/accounts/1", "Accounts"),
    ("/admin/insights/", "Insights"),
    ("/admin/exports", "Exports"),
    ("/admin/audit", "Audit"),
    ("/admin/audit?listing=not-a-number", "Audit"),
    ("/admin/services/{a_live}/history", "Audit"),
]


def test_every_admin_page_is_accessible_with_its_section_marked(browser, site):  # noqa: F811
    base_url, world = site
    context, page = sign_in_as_admin(browser, base_url, world)
    for address, item in PAGES:
        url = address.format(**vars(world))
        page.goto(url)
        menu = page.get_by_role("navigation", name="Pages for providers and moderators")
        marked = menu.locator("a[aria-current]")
        assert marked.count() == 1, url
        assert marked.inner_text() == item, url
        assert menu.get_by_role("link", name="Audit").is_visible(), url
        assert_accessible(page)
    context.close()


def test_the_overview_cards_and_the_audit_log_work_by_keyboard_and_mouse(browser, site):  # noqa: F811
    base_url, world = site
    context, page = sign_in_as_admin(browser, base_url, world)
    page.goto("/admin/")
    page.get_by_role("link", name="changes to check").click()
    page.wait_for_url("**/admin/moderation#changes")
    page.goto("/admin/audit")
    page.get_by_label("Listing number").fill(str(world.b_live))
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url(f"**/admin/audit?*listing={world.b_live}*")
    table = page.get_by_role("table", name="Audit events, newest first")
    assert "Riverside Drop-in" in table.inner_text() and "Talk Space" not in table.inner_text()
    table.get_by_role("link", name="Riverside Drop-in").click()
    page.wait_for_url(f"**/admin/services/{world.b_live}/history")
    context.close()


def test_admin_pages_are_accessible_right_to_left(browser, site):  # noqa: F811
    base_url, world = site
    context, page = sign_in_as_admin(browser, base_url, world)
    for address in ("/admin/", "/admin/audit", "/admin/exports", "/admin/accounts/1"):
        page.goto(f"{address}?lang=ur")
        assert page.locator("html").get_attribute("dir") == "rtl", address
        assert page.locator("html").get_attribute("lang") == "ur", address
        assert page.locator(".staff-nav a[aria-current]").count() == 1, address
        assert_accessible(page)
    context.close()
