"""Through the real server, with real cookies: a provider of an untrusted organisation changes a
waiting time from "My listings" and the public page shows it within a second, with no moderator;
a description change from the same provider, through the edit form, waits for one.
"""

import time

import pytest
from accounts_support import PASSWORD
from served_support import sign_in, submit_form
from sqlmodel import select

from directory import db
from directory.models import ChangeRequest, Organisation, Service

pytestmark = pytest.mark.served
NEW_WORDS = "Weekly sessions, and a Saturday drop-in with a kingfisher mural."


def shown_within(client, path: str, words: str, seconds: float = 1.0) -> float:
    """Return how long it took (from now) until ``path`` shows ``words``; fail after ``seconds``."""
    started = time.monotonic()
    while True:
        page = client.get(path)
        took = time.monotonic() - started
        if words in page.text:
            return took
        assert took < seconds, f"{path} did not show {words!r} within {seconds} s"
        time.sleep(0.05)


def test_a_waiting_time_publishes_at_once_while_a_description_waits(app, site):
    server, world = site
    with db.session_scope(app) as session:
        organisation = session.get(Organisation, world.org_a)
        assert not organisation.trusted  # an organisation whose edits are checked
    service_page = f"/services/{world.a_live}"
    with server.client() as provider, server.client() as visitor:
        assert sign_in(provider, world.provider_a, PASSWORD).status_code == 302
        assert "Taking new referrals" in visitor.get(service_page).text

        response = submit_form(provider, "/provider/", {
            "availability": "waiting-list", "wait_weeks": "5"},
            action=f"/provider/services/{world.a_live}/availability")
        assert response.status_code == 302, response.text[:500]
        assert shown_within(visitor, service_page, "Waiting list: about 5 weeks") < 1.0
        assert "Waiting list: about 5 weeks" in visitor.get("/search?q=Talk+Space").text
        assert "about 5 weeks" in provider.get("/provider/").text

        edit = f"/provider/services/{world.a_live}/edit"
        response = submit_form(provider, edit, {"description": NEW_WORDS}, button="save")
        assert response.status_code == 302, response.text[:500]
        assert "A moderator will check your changes" in provider.get("/provider/").text
        page = visitor.get(service_page).text
        assert "kingfisher mural" not in page and "Waiting list: about 5 weeks" in page
    with db.session_scope(app) as session:
        [change] = session.exec(select(ChangeRequest).where(
            ChangeRequest.service_id == world.a_live, ChangeRequest.status == "pending")).all()
        assert change.proposed["description"] == NEW_WORDS
        assert change.proposed["wait_weeks"] == 5  # the edit started from the new waiting time
        service = session.get(Service, world.a_live)
        assert service.description != NEW_WORDS and service.wait_weeks == 5
