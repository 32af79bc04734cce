"""Languages: ?lang=, the chosen cookie, the browser's choice, right to left, local dates."""

from datetime import date

import pytest
from public_support import add_service, text

from directory.web.languages import translated_codes


def test_lang_parameter_sets_lang_and_direction(client):
    assert '<html lang="pl" dir="ltr">' in text(client.get("/?lang=pl"))
    assert '<html lang="ur" dir="rtl">' in text(client.get("/?lang=ur"))
    assert '<html lang="en" dir="ltr">' in text(client.get("/?lang=xx"))


def test_links_keep_the_language_chosen_in_the_address(client):
    page = text(client.get("/about?lang=ro"))
    assert 'href="/get-help-now?lang=ro"' in page
    assert 'href="/?lang=ro"' in page
    assert 'href="/static/css/site.css"' in page
    assert '<input type="hidden" name="lang" value="ro">' in text(client.get("/?lang=ro"))


def test_the_browser_language_is_followed(client):
    page = text(client.get("/", headers={"Accept-Language": "ro-RO,ro;q=0.9,en;q=0.5"}))
    assert '<html lang="ro"' in page


def test_choosing_a_language_sets_a_cookie_and_returns_to_the_page(client):
    response = client.get("/language/ur?next=/about%3Fx%3D1")
    assert response.status_code == 303
    assert response.headers["Location"] == "/about?x=1"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("lang=ur;") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert '<html lang="ur" dir="rtl">' in text(client.get("/about"))


def test_the_language_switcher_links_return_here_without_lang(client):
    page = text(client.get("/about?lang=pl"))
    assert 'href="/language/ro?next=/about"' in page
    assert 'lang="ur" hreflang="ur"' in page


@pytest.mark.parametrize("target", ["//evil.example", "https://evil.example/", "/\\evil.example",
                                    "javascript:alert(1)", "evil.example", ""])
def test_the_language_link_never_redirects_off_the_site(client, target):
    response = client.get("/language/pl", query_string={"next": target})
    assert response.headers["Location"] == "/"


def test_an_unknown_language_is_404(client):
    assert client.get("/language/xx").status_code == 404


@pytest.mark.parametrize("lang, words", [
    ("pl", "Jak się czujesz?"), ("ro", "Cum te simți?"), ("ur", "آپ کیسا محسوس کر رہے ہیں؟"),
])
def test_the_home_page_is_translated(client, lang, words):
    assert words in text(client.get(f"/?lang={lang}"))


def test_dates_use_the_languages_own_form(app, client):
    listing = add_service(app, assured_date=date(2026, 3, 5))
    assert "5 March 2026" in text(client.get(f"/services/{listing}"))
    assert "5 marca 2026" in text(client.get(f"/services/{listing}?lang=pl"))
    assert "5 martie 2026" in text(client.get(f"/services/{listing}?lang=ro"))


@pytest.mark.parametrize("lang", translated_codes())
def test_the_crisis_strip_is_translated(client, lang):
    english = text(client.get("/?lang=en"))
    page = text(client.get(f"/?lang={lang}"))
    assert "Need help now?" in english and "Need help now?" not in page
    assert "Call 999 if life is at risk" not in page
    assert 'href="tel:999"' in page
