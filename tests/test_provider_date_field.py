"""Dates on the listing form are typed as day, month and year (GOV.UK's pattern), with plain
words for a missing part or a date that does not exist, and what was typed is never lost.
"""

import re
from datetime import date, timedelta

import pytest
from accounts_support import login
from provider_support import ORG_A, make_world, submit
from test_provider_forms import field_error, listing, trust
from werkzeug.datastructures import MultiDict
from wtforms import Form
from wtforms.validators import Optional

from directory.listings.forms import DayField

FIELD = "availability_expires"


class OneDate(Form):
    when = DayField("When", validators=[Optional()])


def read(app, day="", month="", year=""):
    """Return the field after a browser sent these three boxes."""
    with app.test_request_context():
        form = OneDate(MultiDict({"when-day": day, "when-month": month, "when-year": year}))
        form.validate()
        return form.when, [str(message) for message in form.when.errors]


def test_a_real_date_in_three_parts_is_a_date(app):
    field, errors = read(app, " 31", "03", "2027 ")
    assert (field.data, errors, field.faulty) == (date(2027, 3, 31), [], ())


def test_three_empty_boxes_are_no_date_and_no_error(app):
    field, errors = read(app)
    assert (field.data, errors) == (None, [])


@pytest.mark.parametrize(("typed", "message", "faulty"), [
    (("", "3", "2027"), "The date must include a day.", ("day",)),
    (("31", "", "2027"), "The date must include a month.", ("month",)),
    (("31", "3", ""), "The date must include a year.", ("year",)),
    (("", "", "2027"), "The date must include a day and a month.", ("day", "month")),
    (("31", "", ""), "The date must include a month and a year.", ("month", "year")),
])
def test_a_missing_part_is_named(app, typed, message, faulty):
    field, errors = read(app, *typed)
    assert (field.data, errors, field.faulty) == (None, [message], faulty)
    assert [field.part_value(part) for part in field.PARTS] == list(typed)


@pytest.mark.parametrize(("typed", "message"), [
    (("31", "2", "2027"), "Enter a real date, like 31 3 2027."),
    (("0", "3", "2027"), "Enter a real date, like 31 3 2027."),
    (("12", "13", "2027"), "Enter a real date, like 31 3 2027."),
    (("1st", "March", "2027"), "Enter a real date, like 31 3 2027."),
    (("31", "3", "27"), "Enter the year in full, like 2027."),
])
def test_a_date_that_does_not_exist_is_explained(app, typed, message):
    field, errors = read(app, *typed)
    assert (field.data, errors) == (None, [message])
    assert [field.part_value(part) for part in field.PARTS] == list(typed)


def test_a_starting_date_fills_the_three_boxes(app):
    with app.test_request_context():
        for start in (date(2027, 3, 9), "2027-03-09"):  # a listing snapshot holds ISO text
            field = OneDate(data={"when": start}).when
            assert field.data == date(2027, 3, 9)
            assert [field.part_value(part) for part in field.PARTS] == ["9", "3", "2027"]


def boxes(page: str) -> dict[str, str]:
    """Return the day, month and year inputs of the listing form's date: {part: the tag}."""
    return {part: re.search(rf'<input[^>]*name="{FIELD}-{part}"[^>]*>', page).group(0)
            for part in ("day", "month", "year")}


def test_the_form_asks_for_day_month_and_year_in_a_fieldset(app, client):
    world = make_world(app)
    trust(app, ORG_A)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    expires = date.today() + timedelta(days=60)
    saved = submit(client, url, {f"{FIELD}-day": str(expires.day),
                                 f"{FIELD}-month": str(expires.month),
                                 f"{FIELD}-year": str(expires.year)})
    assert saved.status_code == 302, saved.get_data(as_text=True)
    assert listing(app, world.a_live)[FIELD] == expires.isoformat()
    page = client.get(url).get_data(as_text=True)
    assert 'type="date"' not in page
    fieldset = re.search(rf'<fieldset[^>]*id="{FIELD}-fieldset".*?</fieldset>', page, re.S).group(0)
    assert "<legend" in fieldset and "Stop showing this after (optional)" in fieldset
    assert "For example, 31 3 2027" in fieldset
    assert f'aria-describedby="{FIELD}-hint {FIELD}-example"' in fieldset
    for part, value in zip(("day", "month", "year"), (expires.day, expires.month, expires.year),
                           strict=True):
        tag = boxes(page)[part]
        assert 'inputmode="numeric"' in tag and f'value="{value}"' in tag, tag
        box = FIELD if part == "day" else f"{FIELD}-{part}"
        assert f'<label class="field__label" for="{box}">{part.title()}</label>' in fieldset
    assert f'id="{FIELD}"' in boxes(page)["day"]  # where the error summary's link lands
    again = submit(client, url, {"summary": "Counselling for young people, now on Saturdays."},
                   page=page)
    assert again.status_code == 302
    assert listing(app, world.a_live)[FIELD] == expires.isoformat()  # untouched, unchanged


def test_an_impossible_or_incomplete_date_is_explained_and_kept(app, client):
    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    before = listing(app, world.a_live)
    for typed, message, invalid in (
            (("31", "2", "2027"), "Enter a real date, like 31 3 2027.", {"day", "month", "year"}),
            (("31", "3", ""), "The date must include a year.", {"year"})):
        response = submit(client, url, dict(zip(
            (f"{FIELD}-day", f"{FIELD}-month", f"{FIELD}-year"), typed, strict=True)))
        assert response.status_code == 422
        page = response.get_data(as_text=True)
        assert field_error(page, FIELD) == message
        assert f'<a href="#{FIELD}">{message}</a>' in page  # in "There is a problem"
        for part, value in zip(("day", "month", "year"), typed, strict=True):
            tag = boxes(page)[part]
            assert f'value="{value}"' in tag, tag
            assert ('aria-invalid="true"' in tag) == (part in invalid), tag
    assert listing(app, world.a_live) == before
