"""Every public footer invites services to add or update their listing, and the page it leads to
says what the provider portal is, how to get an account and what moderation means."""

import re

import pytest
from public_support import add_service, text, visible

# Pages anyone can open without signing in (the provider and admin ones need an account).
OPEN_BLUEPRINTS = ("public", "search_pages", "signpost", "signpost_links", "auth")
FOOTER = re.compile(r'<footer class="site-footer">.*?</footer>', re.S)
LINK_TEXT = "For providers: add or update your service"


@pytest.fixture
def listing(app):
    return add_service(app)


def open_pages(app, listing: int) -> list[str]:
    """Return an address for every GET route of the open blueprints, with its parts filled."""
    values = {"service_id": listing, "code": "getting-help", "ids": str(listing),
              "token": "not-a-real-token"}
    urls = []
    with app.test_request_context():
        for rule in app.url_map.iter_rules():
            if rule.endpoint == "public.language":
                continue  # not a page: it sets the language and goes back to the page
            if "GET" in rule.methods and rule.endpoint.split(".")[0] in OPEN_BLUEPRINTS:
                urls.append(app.url_map.bind("localhost").build(
                    rule.endpoint, {name: values[name] for name in rule.arguments}))
    return sorted(urls)


def footer(response) -> str:
    match = FOOTER.search(text(response))
    assert match, "no footer"
    return match.group(0)


def test_every_open_page_s_footer_links_to_the_page_for_providers(app, listing):
    seen = 0
    for url in [*open_pages(app, listing), "/services/99999999", "/no-such-page"]:
        response = app.test_client().get(url, follow_redirects=True)  # a fresh visitor each
        if response.mimetype != "text/html":
            continue  # the sheet as plain text, the signposting vocabulary as JSON
        # A page whose address names its language (a sheet) keeps it in the link.
        assert re.search(rf'<a href="/for-providers(\?lang=en)?">{LINK_TEXT}</a>',
                         footer(response)), url
        seen += 1
    assert seen >= 20


def test_the_footer_link_keeps_the_visitor_s_language(client, listing):
    page = footer(client.get("/about?lang=pl"))
    assert ('<a href="/for-providers?lang=pl">Dla organizatorów: dodaj lub zaktualizuj swoją'
            ' usługę</a>') in page


def test_the_page_explains_the_portal_accounts_and_moderation(client):
    response = client.get("/for-providers")
    assert response.status_code == 200
    page = visible(response)
    for words in ("For providers: add or update your service", "The provider portal",
                  "Getting an account", "What moderation means",
                  "Moderators from the directory team check new listings and changes before"
                  " they are published", "you can claim its listing"):
        assert words in page, words
    html = text(response)
    assert '<a href="/provider/login">Sign in to the provider portal</a>' in html
    assert '<a href="/provider/request-account">Ask for a provider account</a>' in html
    assert "The provider portal is in English." not in page
    assert "Set-Cookie" not in response.headers
    for link in ("/provider/login", "/provider/request-account"):
        assert client.get(link).status_code == 200, link


@pytest.mark.parametrize(("lang", "heading", "in_english"), [
    ("pl", "Na czym polega moderacja", "Portal dla organizatorów jest w języku angielskim."),
    ("ro", "Ce înseamnă moderarea", "Portalul furnizorilor este în limba engleză."),
    ("ur", "موڈریشن کا کیا مطلب ہے", "فراہم کنندگان کا پورٹل انگریزی میں ہے۔"),
])
def test_the_page_is_translated_and_says_the_portal_is_in_english(client, lang, heading,
                                                                  in_english):
    page = visible(client.get(f"/for-providers?lang={lang}"))
    assert heading in page and in_english in page
    assert "What moderation means" not in page
