"""Honest labels on cards, listing pages and the sheet: each rule, through the real pages."""

import csv
import re
from datetime import date
from pathlib import Path

import pytest
from public_support import add_service, text, visible
from sqlmodel import select

from directory import db
from directory.listings import Actor
from directory.models import Service
from importers.csv_services import import_services_csv

FIXTURES = Path(__file__).parent / "fixtures"
STEVENAGE = "E07000243"
# A phone number as the pages print it: a UK number (0800 1111, 01632 960123), a 116 number,
# 999 or 111 after "call" or "NHS", and a text number after "to" (text SHOUT to 85258).
PHONE = re.compile(r"(?<![\d£.,:/-])(?:0\d{2,4}(?: ?\d){4,8}|116 ?\d{3})(?!\d)"
                   r"|\b(?:call|ring|dial|phone|nhs) (?:999|111)\b|\bto \d{5,6}\b", re.IGNORECASE)


def app_listing(app, **changes) -> int:
    """Add an app: online only, no hours, no address, for Stevenage."""
    values = {"service_ref": "app", "name": "Calm App", "delivery_modes": ["online"],
              "locations": [], "service_areas": [STEVENAGE], "phone": "", "text_number": "",
              "opening_hours": "", "availability": "accepting", "wait_weeks": None}
    return add_service(app, **{**values, **changes})


def test_an_app_with_no_hours_is_never_open_or_closed_and_says_how_it_is_reached(app, client):
    listing = app_listing(app)
    page = visible(client.get(f"/services/{listing}"))
    assert "Open now" not in page and "Closed now" not in page
    assert "No need to travel: you can get support online." in page
    assert "Ask them where you can meet" not in page
    results = visible(client.get("/search?location=Stevenage")).split("service within")[1]
    assert "Calm App" in results and "No need to travel" in results
    assert "Open now" not in results and "Closed now" not in results


def test_a_remote_service_with_an_office_address_still_says_how_it_is_reached(app, client):
    listing = add_service(app, delivery_modes=["phone", "text"])
    page = visible(client.get(f"/services/{listing}"))
    assert "No need to travel: you can get support by phone and by text or chat." in page
    assert "1 High Street" not in page


def test_a_parents_helpline_does_not_say_it_needs_a_referral(app, client):
    listing = add_service(app, name="Parents Line", self_referral=False,
                          self_referral_min_age=None, referral_routes=["parent"],
                          audience=["parents-carers"])
    page = visible(client.get(f"/services/{listing}"))
    assert "A parent or carer can contact them directly, without a referral." in page
    assert "someone needs to refer you" not in page
    card = visible(client.get("/search?location=SG1+1AA"))
    assert "Parents and carers can contact them directly" in card
    assert "Needs a referral" not in card
    sheet = visible(client.get(f"/signpost/sheet?services={listing}&lang=en"))
    assert "A parent or carer can get in touch with them directly." in sheet
    assert "They need to be referred" not in sheet


def test_free_is_said_once(app, client):
    listing = add_service(app, cost="free", cost_details="Free. Snacks are 50p.")
    page = visible(client.get(f"/services/{listing}"))
    assert "Is it free? Yes, it's free. Snacks are 50p." in page
    assert "Free. Free." not in page and "free. Free." not in page


def test_a_service_not_taking_referrals_is_flagged_on_its_page_and_card(app, client):
    listing = add_service(app, availability="not-accepting", wait_weeks=None)
    page = visible(client.get(f"/services/{listing}"))
    assert "Not taking new referrals at the moment." in page
    assert "Not taking new referrals at the moment" in visible(client.get("/search?location=SG1"))


def imported(session, tmp_path, **row_changes) -> Service:
    """Import the good fixture with changes to its first service's rows; return that service."""
    with (FIXTURES / "services_good.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["service_ref"] == "talk-space":
            row.update(row_changes)
    path = tmp_path / "services.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = import_services_csv(session, path, Actor("test import"))
    assert report.errors == []
    session.commit()
    return session.exec(select(Service).where(Service.service_ref == "talk-space")).one()


def test_an_import_dates_availability_by_the_row_never_by_the_day_of_the_import(session,
                                                                              tmp_path):
    talk = imported(session, tmp_path, assured_date="2025-07-19")
    assert talk.availability_stated == date(2025, 7, 19)
    unconfirmed = imported(session, tmp_path, assured_date="", availability="accepting",
                           wait_weeks="")
    assert unconfirmed.availability_stated is None  # said again, but nobody knows when


def test_availability_is_dated_only_when_we_know_when_it_was_said(app, client, tmp_path):
    with db.session_scope(app) as session:
        service_id = imported(session, tmp_path, assured_date="").id
    page = visible(client.get(f"/services/{service_id}"))
    assert "Waiting list: about 4 weeks" in page and "said on" not in page
    assert date.today().strftime("%-d %B %Y") not in page
    typed = add_service(app, service_ref="typed")  # a provider saying it now
    assert f"(said on {date.today().strftime('%-d %B %Y')})" in visible(
        client.get(f"/services/{typed}"))


def test_the_staying_safe_page_tells_the_truth_about_the_back_button(client):
    page = visible(client.get("/staying-safe-online"))
    assert "Pressing Back will not bring you back here" not in page
    assert "pressing Back once skips that page" in page
    assert "pages of this site you looked at before it are still there" in page
    assert "private window" in page and "Clear your history" in page


def test_a_search_that_flags_crisis_forgets_its_words_in_the_history(app, client):
    add_service(app)
    crisis = text(client.get("/search?q=suicidal&location=SG1"))
    assert "data-forget-words" in crisis and "/static/js/forget-words.js" in crisis
    calm = text(client.get("/search?location=SG1"))
    assert "data-forget-words" not in calm
    script = (Path(__file__).parents[1] / "static/js/forget-words.js").read_text()
    assert "history.replaceState" in script and 'delete("q")' in script


def test_after_a_search_the_form_folds_into_change_search(app, client):
    add_service(app)
    results = text(client.get("/search?location=SG1"))
    assert '<details class="change-search"><summary>Change search</summary>' in results
    assert results.index("Change search") < results.index('class="card-list"')
    assert '<details class="change-search">' not in text(client.get("/search"))


@pytest.mark.parametrize("path", ["/", "/about", "/get-help-now", "/search?q=sleep",
                                  "/staying-safe-online", "/signpost/"])
def test_help_a_young_person_is_in_the_header_of_every_page(client, path):
    page = text(client.get(path))
    header = page[page.index('<header class="site-header">'):page.index("</header>")]
    assert '<a class="site-header__help" href="/signpost/">Help a young person</a>' in header


def test_help_a_young_person_is_at_the_top_of_the_home_page(client):
    main = text(client.get("/")).split('id="main"', 1)[1]
    assert main.index('href="/signpost/"') < main.index("How are you feeling?")


def phone_numbers_outside_links(html: str) -> list[str]:
    """Return phone numbers printed in the page's text but not inside a tel: or sms: link."""
    body = html.split("<body>", 1)[1]
    body = re.sub(r"<(script|textarea|select)[^>]*>.*?</\1>", "", body, flags=re.S)
    body = re.sub(r"<a [^>]*>.*?</a>", "", body, flags=re.S)  # every link (a name can't hold one)
    words = re.sub(r"<[^>]+>", " ", body)
    return PHONE.findall(re.sub(r"\s+", " ", words))


def test_every_phone_number_on_results_and_the_sheet_is_a_link(app, client):
    listing = add_service(app)
    results = text(client.get("/search?location=SG1"))
    assert 'href="tel:01632960123"' in results and 'href="sms:07700900123"' in results
    assert phone_numbers_outside_links(results) == []
    assert phone_numbers_outside_links("<body><p>Call 999 or 0800 1111</p>") == [
        "Call 999", "0800 1111"]  # the check finds numbers
    sheet = text(client.get(f"/signpost/sheet?services={listing}&lang=en"))
    for href in ("tel:01632960123", "sms:07700900123", "tel:999", "tel:111", "tel:08088005000"):
        assert f'href="{href}"' in sheet, href
    assert phone_numbers_outside_links(sheet) == []
