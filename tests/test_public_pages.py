"""Public pages: what every page carries, what a listing answers, and no cookies by default."""

from datetime import date, timedelta

import pytest
from public_support import add_service, text, visible

INFORMATION_PAGES = ("/get-help-now", "/about", "/accessibility", "/privacy",
                     "/staying-safe-online")


@pytest.fixture
def listing(app):
    return add_service(app)


def test_every_public_page_has_the_crisis_strip_quick_exit_and_skip_link(client, listing):
    for url in ("/", f"/services/{listing}", "/groupings/getting-help", *INFORMATION_PAGES):
        page = text(client.get(url))
        assert 'href="tel:999"' in page, url
        assert "Childline" in page and 'href="tel:08001111"' in page, url
        assert 'href="sms:85258?body=SHOUT"' in page, url
        assert 'href="/get-help-now"' in page, url
        assert ('href="https://www.bbc.co.uk/weather" rel="noreferrer" data-quick-exit'
                in page), url
        assert "Or press Shift 3 times" in page, url
        assert '<a class="skip-link" href="#main">' in page and 'id="main"' in page, url
        assert "/static/js/quick-exit.js" in page, url


def test_public_pages_set_no_cookies(client, listing):
    urls = ("/", f"/services/{listing}", "/groupings/thriving", "/services/999999",
            "/no-such-page", "/?lang=pl", *INFORMATION_PAGES)
    for url in urls:
        response = client.get(url)
        assert "Set-Cookie" not in response.headers, url


def test_pages_use_no_inline_scripts_or_styles(client, listing):
    for url in ("/", f"/services/{listing}", f"/services/{listing}/report", *INFORMATION_PAGES):
        page = text(client.get(url))
        assert " style=" not in page and "<style" not in page, url
        assert "<script>" not in page and "<script " not in page.replace("<script src=", ""), url


def test_home_asks_how_you_feel_and_explains_the_five_groupings(client, listing):
    page = text(client.get("/"))
    assert "How are you feeling?" in page
    assert 'href="/search?q=feeling+down"' in page
    assert 'action="/search" method="get"' in page and 'name="location"' in page
    for code in ("thriving", "getting-advice", "getting-help", "getting-more-help",
                 "getting-risk-support"):
        assert f'href="/groupings/{code}"' in page
    assert "1 service listed" in visible(client.get("/"))


def test_a_grouping_page_explains_the_help_and_unknown_ones_are_404(client):
    page = visible(client.get("/groupings/getting-more-help"))
    assert "What this kind of help is like" in page and "How to start" in page
    assert client.get("/groupings/getting-worse").status_code == 404


def test_a_listing_answers_every_question_people_ask(client, listing):
    page = visible(client.get(f"/services/{listing}"))
    for phrase in ("Ages 11 to 18", "Can I go on my own?", "Yes, from age 13 you can contact "
                   "them yourself.", "School or college and GP", "Do my parents need to know?",
                   "Parents or carers do not need to be told", "Is it free? Yes, it's free.",
                   "In person and Online", "English and Polish", "Step-free access",
                   "Waiting list: about 6 weeks", "Monday 09:00 – 17:00", "Sunday Closed",
                   "Oak Tree Centre 1 High Street Stevenage SG1 1AA",
                   "Last checked by the provider on",
                   "Report a problem with this listing", "Call 01632 960123", "Text 07700 900123"):
        assert phrase in page, phrase
    assert "Open now" in page or "Closed now" in page
    html = text(client.get(f"/services/{listing}"))
    assert 'href="https://www.openstreetmap.org/search?query=SG1%201AA" rel="noreferrer"' in html
    assert "Not checked recently" not in page


def test_a_hidden_address_is_given_on_booking(app, client):
    listing = add_service(app, locations=[{"postcode": "SG1 1AA", "address": "2 Secret Road",
                                           "town": "Stevenage", "hide_address": True}])
    page = visible(client.get(f"/services/{listing}"))
    assert "Address given on booking." in page
    assert "Secret Road" not in page and "SG1 1AA" not in page
    assert "openstreetmap" not in text(client.get(f"/services/{listing}"))


def test_an_old_listing_is_marked_not_checked_recently(app, client):
    listing = add_service(app, assured_date=date.today() - timedelta(days=400))
    assert "Not checked recently." in visible(client.get(f"/services/{listing}"))


def test_a_lapsed_waiting_time_is_not_shown_as_current(app, client):
    listing = add_service(app, availability_expires=date.today() - timedelta(days=1))
    page = visible(client.get(f"/services/{listing}"))
    assert "We don't know the waiting time now" in page
    assert "about 6 weeks" not in page


@pytest.mark.parametrize("status", ["pending", "inactive"])
def test_hidden_listings_are_404_with_a_helpful_page(app, client, status):
    listing = add_service(app, status=status)
    response = client.get(f"/services/{listing}")
    assert response.status_code == 404
    page = visible(response)
    assert "This service isn't listed" in page and "Talk Space" not in page
    assert 'href="/get-help-now"' in text(response)
    assert client.get(f"/services/{listing}/report").status_code == 404


def test_a_temporarily_closed_listing_says_so(app, client):
    listing = add_service(app, status="temporarily-closed")
    response = client.get(f"/services/{listing}")
    assert response.status_code == 200
    assert "Temporarily closed." in visible(response)


def test_about_gives_the_data_licences_and_the_demo_notice(client):
    page = visible(client.get("/about"))
    assert "Contains OS data © Crown copyright and database right 2025." in page
    assert "Contains Royal Mail data © Royal Mail copyright and database right 2025." in page
    assert "Contains National Statistics data © Crown copyright and database right 2025." in page
    assert "GeoNames" in page and "Creative Commons Attribution 4.0" in page
    assert "fictional demonstration data" in page


def test_staying_safe_says_history_is_not_erased(client):
    assert "does not delete your browsing history" in visible(client.get("/staying-safe-online"))


def test_privacy_explains_the_only_cookies(client):
    page = visible(client.get("/privacy"))
    assert "No tracking" in page and "“lang”" in page and "IP address" in page


def test_a_grouping_page_lists_services_near_a_place(demo_client):
    page = visible(demo_client.get("/groupings/getting-help?location=Stevenage"))
    assert "Near Stevenage" in page
    assert "See all results and filters" in page or "didn't find any services" in page


def test_a_grouping_page_explains_an_unknown_place(demo_client):
    response = demo_client.get("/groupings/thriving?location=Atlantis")
    assert response.status_code == 200
    assert "We couldn't find “Atlantis”" in visible(response)
