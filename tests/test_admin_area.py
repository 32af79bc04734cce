"""The admin area: one menu on every staff page (its current item marked, sub-pages marking their
section), the overview's cards, the exports page and the audit log (newest first, filtered,
paginated, never the stored values) — each for the roles its routes allow.
"""

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from accounts_support import (
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    login,
    post_form,
)
from provider_support import ACTOR, ORG_A, listing_data, make_world

from directory import db, listings
from directory.listings.fields import ServiceInput
from directory.models import AuditEvent, Service

ADMIN_MENU = ["Overview", "Moderation", "Listings to check", "Organisations", "Accounts",
              "Insights", "Exports", "Audit"]
MODERATOR_MENU = ["Overview", "Moderation", "Listings to check", "Insights", "Audit"]
ADMINS_ONLY = ["/admin/organisations", "/admin/accounts", "/admin/accounts/1", "/admin/exports",
               "/admin/exports/oruk.json", "/admin/exports/services.csv"]
BASE = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(app):
    return make_world(app)


def signed_in(app, email: str):
    client = app.test_client()
    assert login(client, email).status_code == 302
    return client


def menu(page: str) -> list[tuple[str, str, str]]:
    """Return the staff menu's links as (text, address, aria-current or "")."""
    start = page.index('<nav class="staff-nav"')
    html = page[start:page.index("</nav>", start)]
    return [(text, href, current) for href, current, text in
            re.findall(r'<a href="([^"]+)"(?: aria-current="([^"]+)")?>([^<]+)</a>', html)]


def current(page: str) -> list[tuple[str, str]]:
    """Return the menu items marked current, with how (page or true)."""
    return [(text, how) for text, _, how in menu(page) if how]


def add_events(app, count: int, **fields) -> None:
    """Record ``count`` audit events a minute apart from BASE (the last is the newest)."""
    with db.session_scope(app) as session:
        for minute in range(count):
            session.add(AuditEvent(at=BASE + timedelta(minutes=minute), **fields))


def rows(page: str) -> list[str]:
    """Return the audit table's body rows as text."""
    body = page[page.index("<tbody>"):page.index("</tbody>")]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
            for row in body.split("<tr>")[1:]]


# ---- one menu, the current item marked --------------------------------------------------------

PAGES = [
    ("/admin/", "Overview", "page"),
    ("/admin/moderation", "Moderation", "page"),
    ("/admin/moderation/changes/{change}", "Moderation", "true"),
    ("/admin/moderation/claims/{claim}", "Moderation", "true"),
    ("/admin/moderation/problems/{problem}", "Moderation", "true"),
    ("/admin/stale", "Listings to check", "page"),
    ("/admin/organisations", "Organisations", "page"),
    ("/admin/accounts", "Accounts", "page"),
    ("/admin/accounts?status=requested", "Accounts", "page"),
    ("/admin/accounts/{provider_account}", "Accounts", "true"),
    ("/admin/insights/", "Insights", "page"),
    ("/admin/exports", "Exports", "page"),
    ("/admin/audit", "Audit", "page"),
    ("/admin/services/{a_live}/history", "Audit", "true"),
]


@pytest.mark.parametrize(("url", "item", "how"), PAGES)
def test_every_admin_page_has_the_menu_with_its_section_marked(app, world, url, item, how):
    client = signed_in(app, world.admin)
    address = url.format(provider_account=1, **vars(world))
    response = client.get(address)
    assert response.status_code == 200, address
    page = response.get_data(as_text=True)
    texts = [text for text, _, _ in menu(page)]
    assert texts == ["My listings", "Add a listing", *ADMIN_MENU]
    assert current(page) == [(item, how)]
    assert page.count('class="staff-nav"') == 1 and 'class="account-bar"' in page


def test_a_moderator_sees_only_what_they_may_open(app, world):
    client = signed_in(app, world.moderator)
    page = client.get("/admin/").get_data(as_text=True)
    links = {text: href for text, href, _ in menu(page)}
    assert [text for text in links if text in ADMIN_MENU] == MODERATOR_MENU
    for text in MODERATOR_MENU:
        assert client.get(links[text]).status_code == 200, text
    for url in ADMINS_ONLY:
        assert client.get(url).status_code == 403, url
    assert current(client.get(f"/admin/services/{world.b_live}/history").get_data(
        as_text=True)) == [("Audit", "true")]


def test_providers_keep_their_own_menu_and_are_refused_the_admin_area(app, world):
    client = signed_in(app, world.provider_a)
    page = client.get("/provider/").get_data(as_text=True)
    assert [text for text, _, _ in menu(page)] == ["My listings", "Add a listing",
                                                   "Claim a listing"]
    assert current(page) == [("My listings", "page")]
    new = client.get("/provider/services/new").get_data(as_text=True)
    assert current(new) == [("Add a listing", "page")]  # not "My listings" above it
    for url in ("/admin/audit", "/admin/audit?listing=1", "/admin/exports", "/admin/"):
        assert client.get(url).status_code == 403, url


def test_a_commissioner_sees_insights_only(app, world):
    client = signed_in(app, world.commissioner)
    page = client.get("/admin/insights/").get_data(as_text=True)
    assert menu(page) == [("Insights", "/admin/insights/", "page")]
    assert client.get("/admin/audit").status_code == 403
    assert client.get("/admin/exports").status_code == 403


@pytest.mark.parametrize("url", ["/admin/audit", "/admin/exports"])
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    location = urlsplit(response.headers["Location"])
    assert response.status_code == 302
    assert location.path == "/provider/login" and parse_qs(location.query) == {"next": [url]}


def test_a_message_shows_once_on_an_account_page(app, world):
    client = signed_in(app, world.admin)
    url = "/admin/accounts/1"
    response = post_form(client, url, f"{url}/role", **{"role-role": "moderator"})
    assert response.status_code == 302
    page = client.get(response.location).get_data(as_text=True)
    assert page.count("Role changed.") == 1
    assert current(page) == [("Accounts", "true")]
    assert "Role changed ·" in page  # the account's history says it in words too


# ---- the overview and the exports page --------------------------------------------------------

def test_the_overview_cards_link_to_the_lists_that_need_action(app, world):
    page = signed_in(app, world.admin).get("/admin/").get_data(as_text=True)
    for href, words in (("/admin/moderation#changes", "changes to check"),
                        ("/admin/moderation#claims", "claims to check"),
                        ("/admin/moderation#problems", "open problem reports"),
                        ("/admin/stale#stale", "listings not checked for 12 months"),
                        ("/admin/accounts?status=requested", "account requests")):
        assert re.search(rf'<a class="counts__link" href="{re.escape(href)}"><strong>\d+'
                         rf'</strong>{words}</a>', page), words
    assert '<li class="counts__item counts__item--action"><a class="counts__link" ' \
           'href="/admin/moderation#changes"><strong>1</strong>' in page
    assert "/admin/exports/oruk.json" not in page and "/admin/exports/services.csv" not in page
    assert 'href="/admin/exports">Exports</a>:' in page

    moderator = signed_in(app, world.moderator).get("/admin/").get_data(as_text=True)
    assert "<strong>0</strong>account requests" in moderator
    assert "/admin/accounts" not in moderator and "/admin/exports" not in moderator
    assert 'href="/admin/audit">Audit log</a>' in moderator


def test_the_exports_page_offers_both_downloads_and_the_insights_tables(app, world):
    client = signed_in(app, world.admin)
    page = client.get("/admin/exports").get_data(as_text=True)
    assert 'href="/admin/exports/oruk.json" download' in page
    assert 'href="/admin/exports/services.csv" download' in page
    assert 'href="/admin/insights/#downloads"' in page
    assert "Open Referral UK" in page and "the columns the CSV import reads" in page
    download = client.get("/admin/exports/services.csv")
    assert download.status_code == 200 and download.mimetype == "text/csv"


# ---- the audit log ----------------------------------------------------------------------------

def test_the_audit_log_lists_events_newest_first_in_words(app, world):
    add_events(app, 1, actor="mo@example.org", action="change-approved", entity="service",
               entity_id=world.a_live, after={"change_request": world.change})
    add_events(app, 1, actor="robot", action="mystery-thing", entity="service",
               entity_id=world.b_live)
    with db.session_scope(app) as session:  # newer than both: written now
        service = session.get(Service, world.a_live)
        data = ServiceInput.model_validate(listing_data(
            ORG_A, summary="A secret new summary about owls.", opening_hours="Mon 10:00-12:00"))
        listings.update_service(session, service, data, ACTOR)
    page = signed_in(app, world.moderator).get("/admin/audit").get_data(as_text=True)
    found = rows(page)
    assert (f"Listing changed Talk Space Listing {world.a_live} Summary, Opening hours tests"
            in found[0])
    assert "Changes approved Talk Space" in found[-1] and "mystery-thing Riverside" in found[-2]
    assert "owls" not in page and "Mon 10:00" not in page  # values stay on the history page
    assert f'href="/admin/services/{world.a_live}/history">Talk Space</a>' in page
    assert "Account created" in " ".join(found)
    assert 'href="/admin/accounts/' not in page  # accounts pages are for admins
    admin_page = signed_in(app, world.admin).get("/admin/audit").get_data(as_text=True)
    assert re.search(r'href="/admin/accounts/\d+">admin@example.org</a>', admin_page)


def test_the_audit_log_filters_by_action_listing_and_who(app, world):
    add_events(app, 2, actor="Mo.Derator@Example.org", action="confirm", entity="service",
               entity_id=world.b_live, before={"assured_date": "2024-01-01"},
               after={"assured_date": "2025-03-01"})
    client = signed_in(app, world.moderator)

    confirmed = rows(client.get("/admin/audit?action=service:confirm").get_data(as_text=True))
    assert len(confirmed) == 2 and all("Confirmed still correct" in row for row in confirmed)
    assert all("Last checked" in row for row in confirmed)

    created = " ".join(rows(client.get("/admin/audit?action=create").get_data(as_text=True)))
    assert "Listing created" in created and "Account created" in created
    assert "Confirmed still correct" not in created
    accounts_only = client.get("/admin/audit?action=account:create").get_data(as_text=True)
    assert '<option value="account:create" selected>' in accounts_only
    accounts_only = " ".join(rows(accounts_only))
    assert "Account created" in accounts_only and "Listing created" not in accounts_only

    listing = rows(client.get(f"/admin/audit?listing={world.b_live}").get_data(as_text=True))
    assert len(listing) == 3 and all("Riverside Drop-in" in row for row in listing)
    hashed = rows(client.get(f"/admin/audit?listing=%23{world.b_live}").get_data(as_text=True))
    assert hashed == listing

    who = rows(client.get("/admin/audit?actor=derator@EXAMPLE").get_data(as_text=True))
    assert len(who) == 2 and all("Mo.Derator@Example.org" in row for row in who)
    nobody = client.get("/admin/audit?actor=%25").get_data(as_text=True)  # % is not a wildcard
    assert "No events match." in nobody and "0 events" in nobody

    both = rows(client.get(f"/admin/audit?action=service:create&listing={world.b_live}")
                .get_data(as_text=True))
    assert len(both) == 1 and "Listing created Riverside Drop-in" in both[0]

    wrong = client.get("/admin/audit?listing=Riverside")
    assert wrong.status_code == 400
    text = wrong.get_data(as_text=True)
    assert "Enter a listing number, like 12." in text and "<tbody>" not in text
    assert 'aria-invalid="true"' in text and 'value="Riverside"' in text


def test_the_audit_log_pages_by_fifty_keeping_the_filters(app, world):
    add_events(app, 120, actor="bulk@example.org", action="availability", entity="service",
               entity_id=world.a_live)
    client = signed_in(app, world.admin)
    first = client.get("/admin/audit?actor=bulk").get_data(as_text=True)
    assert len(rows(first)) == 50 and "120 events · page 1 of 3" in first
    assert "2025-03-01 10:59" in rows(first)[0]  # the newest: BASE + 119 minutes (GMT)
    assert 'rel="prev"' not in first
    [next_url] = re.findall(r'<a href="([^"]+)" rel="next">Next</a>', first)
    assert parse_qs(urlsplit(next_url.replace("&amp;", "&")).query) == {
        "page": ["2"], "actor": ["bulk"]}

    second = client.get(next_url.replace("&amp;", "&")).get_data(as_text=True)
    assert "page 2 of 3" in second and 'rel="prev">Previous</a>' in second
    assert "2025-03-01 10:09" in rows(second)[0]  # straight after the first page's last
    last = client.get("/admin/audit?actor=bulk&page=3").get_data(as_text=True)
    assert len(rows(last)) == 20 and 'rel="next"' not in last
    assert "2025-03-01 09:00" in rows(last)[-1]
    beyond = client.get("/admin/audit?actor=bulk&page=99").get_data(as_text=True)
    assert "page 3 of 3" in beyond  # past the end shows the last page
    whole = client.get("/admin/audit?page=2").get_data(as_text=True)
    assert "page 2 of 3" in whole and len(rows(whole)) == 50  # 120 + the world's own events
