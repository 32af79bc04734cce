"""Text that would break an email header, PostgreSQL or the reading order is refused at every door,
and mail built from text stored before the rule still goes out.
"""

import html
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from accounts_support import (
    cheap_password_hashing,  # noqa: F401 - autouse fixture
    csrf_token,
    login,
)
from provider_support import listing_data, make_world, submit
from pydantic import ValidationError
from sqlmodel import select

from directory import db
from directory.listings.fields import ServiceInput
from directory.models import Account, ChangeRequest, ProblemReport, Service
from directory.text_rules import CHARACTER, ONE_LINE, header_text, text_problem

BCC_NAME = "Talk Space\nBcc: everyone@example.org"


@pytest.mark.parametrize(("text", "one_line", "multi_line"), [
    ("Talk Space", None, None),
    ("Café — “quoted”, ünïcode, اردو", None, None),
    ("Name\nBcc: x", ONE_LINE, None),
    ("Name\r\nBcc: x", ONE_LINE, None),
    ("Name\u2028Bcc: x", ONE_LINE, None),
    ("tab\tseparated", CHARACTER, None),
    ("bell\x07", CHARACTER, CHARACTER),
    ("vertical\x0btab", ONE_LINE, CHARACTER),
    ("nul\x00", CHARACTER, CHARACTER),
    ("reversed \u202etxet", CHARACTER, CHARACTER),
    ("isolated \u2066text\u2069", CHARACTER, CHARACTER),
])
def test_the_rule_for_one_line_and_multi_line_text(text, one_line, multi_line):
    assert text_problem(text) == one_line
    assert text_problem(text, multiline=True) == multi_line


def test_header_text_collapses_line_breaks_and_controls():
    assert header_text("Changes to Talk\r\nBcc: x\t\u202e here ") == "Changes to Talk Bcc: x here"


@pytest.mark.parametrize(("changes", "loc", "rule"), [
    ({"name": "Name\nBcc: x"}, ("name",), ONE_LINE),
    ({"summary": "Free counselling\x00 for young people."}, ("summary",), CHARACTER),
    ({"organisation": "Oak Tree \u202eYouth"}, ("organisation",), CHARACTER),
    ({"email": "hello@example.org\nBcc: x@example.org"}, ("email",), ONE_LINE),
    ({"description": "Weekly\x00"}, ("description",), CHARACTER),
    ({"topics": ["low-mood\n"]}, None, None),  # stripped at the ends: nothing left to refuse
    ({"topics": ["low\nmood"]}, ("topics", 0), ONE_LINE),
    ({"locations": [{"town": "Steven\nage", "postcode": "SG1 1AA"}]},
     ("locations", 0, "town"), ONE_LINE),
])
def test_service_input_refuses_control_and_bidi_characters(changes, loc, rule):
    if rule is None:
        ServiceInput.model_validate(listing_data(**changes))
        return
    with pytest.raises(ValidationError) as caught:
        ServiceInput.model_validate(listing_data(**changes))
    [problem] = caught.value.errors()
    assert (problem["loc"], problem["type"]) == (loc, rule)
    assert problem["msg"] in ("must be on one line", "contains a character that isn't allowed")


def test_multi_line_fields_keep_line_feeds_and_tabs_and_normalise_crlf():
    data = ServiceInput.model_validate(listing_data(
        description="First line\r\nSecond line\rThird\tline", accessibility="Ramp\r\nLift"))
    assert data.description == "First line\nSecond line\nThird\tline"
    assert data.accessibility == "Ramp\nLift"


def test_the_provider_form_shows_the_rule_on_the_field(app, client):
    from test_provider_forms import field_error, listing

    world = make_world(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    before = listing(app, world.a_live)
    response = submit(client, url, {"name": BCC_NAME,
                                    "locations-0-address": "1 High Street \u202e"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert field_error(page, "name") == "must be on one line"
    assert field_error(page, "locations-0-address") == "contains a character that isn't allowed"
    assert listing(app, world.a_live) == before


def test_the_account_request_form_refuses_a_name_over_two_lines(app, client):
    url = "/provider/request-account"
    response = client.post(url, data={"csrf_token": csrf_token(client, url),
                                      "name": "Ann\nBcc: x@example.org", "email": "ann@example.org",
                                      "organisation": "Oak Tree\x00 Youth"})
    page = html.unescape(response.get_data(as_text=True))
    assert "This must be on one line." in page
    assert "This contains a character that isn't allowed" in page
    with db.session_scope(app) as session:
        assert session.exec(select(Account)).all() == []


def outbox(app) -> list:
    """Return the messages written to the outbox (mail is off in tests)."""
    folder = Path(app.config["INSTANCE_PATH"]) / "outbox"
    return [message_from_bytes(path.read_bytes(), policy=policy.default)
            for path in sorted(folder.glob("*.eml"))]


def rename_in_database(app, service_id: int, name: str) -> None:
    """Store a name the way text got in before the rule: straight into the table."""
    with db.session_scope(app) as session:
        session.get(Service, service_id).name = name


def test_a_report_about_a_listing_with_a_two_line_name_is_stored_and_mailed(app, client):
    world = make_world(app)
    rename_in_database(app, world.b_live, BCC_NAME)
    url = f"/services/{world.b_live}/report"
    response = client.post(url, data={"csrf_token": csrf_token(client, url), "kind": "address",
                                      "message": "The café moved.\r\nIt is on Mill Lane now."})
    assert response.status_code == 303
    with db.session_scope(app) as session:
        report = session.exec(select(ProblemReport).where(
            ProblemReport.service_id == world.b_live, ProblemReport.kind == "address")).one()
        assert report.message == "The café moved.\nIt is on Mill Lane now."
    [mail] = outbox(app)
    assert mail["To"] == world.provider_b and mail["Bcc"] is None
    assert mail["Subject"] == ("Someone reported a problem with Talk Space "
                               "Bcc: everyone@example.org")


def test_a_report_with_a_nul_is_refused_with_a_message(app, client):
    world = make_world(app)
    url = f"/services/{world.b_live}/report"
    response = client.post(url, data={"csrf_token": csrf_token(client, url), "kind": "other",
                                      "message": "Wrong\x00 number"})
    assert response.status_code == 400
    page = html.unescape(response.get_data(as_text=True))
    assert "This contains a character that isn't allowed" in page
    with db.session_scope(app) as session:
        assert session.exec(select(ProblemReport).where(
            ProblemReport.service_id == world.b_live, ProblemReport.kind == "other")).all() == []


def moderate(client, world, change_id: int, button: str, fields: dict | None = None):
    """Sign in as the moderator and press approve or reject on a change request's page."""
    login(client, world.moderator)
    url = f"/admin/moderation/changes/{change_id}"
    return submit(client, url, fields, button=None, action=f"{url}/{button}")


def test_rejecting_a_change_to_a_listing_with_a_two_line_name_mails_the_provider(app, client):
    world = make_world(app)
    rename_in_database(app, world.a_pending, BCC_NAME)
    response = moderate(client, world, world.change, "reject",
                        {"reason": "Please add\r\nopening hours."})
    assert response.status_code == 302
    [mail] = outbox(app)
    assert mail["To"] == world.provider_a and mail["Bcc"] is None
    assert "\n" not in mail["Subject"] and "Talk Space Bcc:" in mail["Subject"]


def test_approving_a_stored_proposal_with_a_two_line_name_explains_instead_of_failing(app,
                                                                                    client):
    world = make_world(app)
    with db.session_scope(app) as session:
        change = session.get(ChangeRequest, world.change)
        change.proposed = {**change.proposed, "name": BCC_NAME}
    response = moderate(client, world, world.change, "approve")
    assert response.status_code == 422
    assert "must be on one line" in response.get_data(as_text=True)
    with db.session_scope(app) as session:
        assert session.get(ChangeRequest, world.change).status == "pending"
        assert session.get(Service, world.a_pending).name == "Oak Tree Evening Group"
    assert outbox(app) == []


def test_enter_in_the_summary_box_joins_the_lines_instead_of_refusing(app, client):
    from accounts_support import login
    from provider_support import ORG_A, make_world, submit
    from test_provider_forms import listing, trust

    world = make_world(app)
    trust(app, ORG_A)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    response = submit(client, url, {"summary": "Counselling for young people\r\nwho feel low."})
    assert response.status_code == 302
    assert listing(app, world.a_live)["summary"] == "Counselling for young people who feel low."
