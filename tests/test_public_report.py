"""Reporting a problem with a listing: stored for moderators, CSRF, honeypot, rate limit."""

import pytest
from accounts_support import csrf_token
from public_support import add_service, visible
from sqlmodel import select

from directory import db
from directory.models import ProblemReport


@pytest.fixture
def listing(app):
    return add_service(app)


def reports(app) -> list[ProblemReport]:
    with db.session_scope(app) as session:
        return list(session.exec(select(ProblemReport)))


def test_only_the_report_page_sets_a_cookie(client, listing):
    assert "Set-Cookie" not in client.get(f"/services/{listing}").headers
    response = client.get(f"/services/{listing}/report")
    assert response.status_code == 200
    assert any(c.startswith("session=") for c in response.headers.getlist("Set-Cookie"))
    assert 'name="website"' in response.get_data(as_text=True)  # the honeypot


def test_a_report_is_stored_and_thanked(app, client, listing):
    url = f"/services/{listing}/report"
    response = client.post(url, data={"csrf_token": csrf_token(client, url),
                                      "kind": "opening-hours", "message": "Closed on Fridays now."})
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/services/{listing}/report/thanks")
    assert "Thank you for your report" in visible(client.get(response.headers["Location"]))
    [report] = reports(app)
    assert (report.service_id, report.kind, report.message, report.status) == (
        listing, "opening-hours", "Closed on Fridays now.", "open")


def test_a_report_without_the_form_token_is_refused(app, client, listing):
    response = client.post(f"/services/{listing}/report", data={"kind": "other"})
    assert response.status_code == 400
    assert "The form had expired" in visible(response)
    assert reports(app) == []


def test_a_filled_honeypot_is_thanked_but_not_stored(app, client, listing):
    url = f"/services/{listing}/report"
    response = client.post(url, data={"csrf_token": csrf_token(client, url), "kind": "other",
                                      "website": "http://spam.example"})
    assert response.status_code == 303
    assert reports(app) == []


def test_a_report_needs_a_kind_and_says_so(app, client, listing):
    url = f"/services/{listing}/report"
    response = client.post(url, data={"csrf_token": csrf_token(client, url), "kind": "",
                                      "message": "x"})
    assert response.status_code == 400
    assert "Choose what is wrong with the listing." in visible(response)
    assert reports(app) == []


def test_reports_are_limited_to_five_an_hour(app, client, listing):
    url = f"/services/{listing}/report"
    token = csrf_token(client, url)
    statuses = [client.post(url, data={"csrf_token": token, "kind": "other"}).status_code
                for _ in range(6)]
    assert statuses == [303] * 5 + [429]
    assert len(reports(app)) == 5
    assert client.get(url).status_code == 200  # reading the form is never limited


def test_the_organisation_is_told_in_english_whatever_the_reporters_language(app, client,
                                                                            listing):
    from pathlib import Path

    from directory.models import Account, Membership, Service

    with db.session_scope(app) as session:
        service = session.get(Service, listing)
        account = Account(email="team@oaktree.example", status="active", role="provider")
        session.add(account)
        session.flush()
        session.add(Membership(account_id=account.id, organisation_id=service.organisation_id))
    url = f"/services/{listing}/report?lang=pl"
    response = client.post(url, data={"csrf_token": csrf_token(client, url), "kind": "address"})
    assert response.status_code == 303
    [mail] = (Path(app.config["INSTANCE_PATH"]) / "outbox").glob("*.eml")
    text = mail.read_text()
    assert "team@oaktree.example" in text and "Talk Space" in text
    assert "reported a problem" in text
