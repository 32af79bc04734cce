"""In a real browser: the listing form's date is typed as Day, Month and Year (no date picker),
a date that does not exist is explained on the field, and the form passes axe either way.
"""

from datetime import date, timedelta

import pytest
from provider_support import make_world
from sqlmodel import select
from test_provider_browser import assert_accessible, sign_in

from directory import db
from directory.models import ChangeRequest

pytestmark = pytest.mark.browser


@pytest.fixture
def site(app, serve):
    """A fresh directory (its own database and index) behind the real server."""
    world = make_world(app)
    return serve(app).url, world


def test_the_stop_showing_date_is_typed_in_three_boxes(browser, site, app):
    base_url, world = site
    provider, page = sign_in(browser, base_url, world.provider_a)
    page.goto(f"/provider/services/{world.a_live}/edit")
    group = page.get_by_role("group", name="Stop showing this after (optional)")
    assert "For example, 31 3 2027" in group.inner_text()
    assert page.locator('input[type="date"]').count() == 0
    for label, value in (("Day", "31"), ("Month", "2"), ("Year", "2027")):
        box = group.get_by_label(label, exact=True)
        assert box.get_attribute("inputmode") == "numeric"
        box.fill(value)
    page.get_by_role("button", name="Save").click()
    assert "Enter a real date, like 31 3 2027." in group.inner_text()
    assert group.get_by_label("Month", exact=True).input_value() == "2"  # kept as typed
    assert_accessible(page)  # the form with the problem shown on the date

    page.get_by_role("link", name="Enter a real date, like 31 3 2027.").click()
    assert page.evaluate("document.activeElement.name") == "availability_expires-day"
    expires = date.today() + timedelta(days=45)
    for label, value in (("Day", expires.day), ("Month", expires.month), ("Year", expires.year)):
        group.get_by_label(label, exact=True).fill(str(value))
    page.get_by_label("Everything on this listing is correct today").check()
    page.get_by_role("button", name="Save").click()
    assert "A moderator will check your changes" in page.content()
    provider.close()
    with db.session_scope(app) as session:
        held = session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == world.a_live)).one()
        assert held.proposed["availability_expires"] == expires.isoformat()
