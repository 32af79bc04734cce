"""Through the real server (two workers, real cookies): a provider opens a listing's overview
from "My listings", changes one section on its short page and sees the change, on the overview
and (for a trusted organisation) on the public page from a fresh visitor, whichever worker
answers; an untrusted organisation's section save waits for a moderator. A section's form from
a fresh jar or with another client's token is refused and writes nothing.
"""

import html

import pytest
from accounts_support import PASSWORD
from served_support import sign_in, submit_form, token_of
from sqlmodel import select

from directory import db, listings
from directory.models import ChangeRequest, Organisation, Service

pytestmark = pytest.mark.served


def stored(app, service_id: int) -> dict:
    with db.session_scope(app) as session:
        service = session.get(Service, service_id)
        return {**listings.snapshot(service), "version": service.version}


def test_a_provider_changes_one_section_and_sees_it(app, site):
    server, world = site
    with db.session_scope(app) as session:
        session.get(Organisation, world.org_a).trusted = True
    overview = f"/provider/services/{world.a_live}"
    section = f"{overview}/edit/availability"
    before = stored(app, world.a_live)
    with server.client() as provider, server.client() as visitor:
        assert sign_in(provider, world.provider_a, PASSWORD).status_code == 302
        assert f'href="{overview}">Talk Space</a>' in provider.get("/provider/").text
        page = html.unescape(provider.get(overview).text)
        assert f'<a href="{section}">Change availability</a>' in page
        assert "Accepting referrals" in page
        form = provider.get(section)
        assert form.status_code == 200 and "<h1>Availability</h1>" in form.text
        assert 'name="name"' not in form.text and 'name="phone"' not in form.text

        response = submit_form(provider, section, {"availability": "waiting-list",
                                                   "wait_weeks": "7"}, button="save")
        assert response.status_code == 302, response.text[:500]
        assert response.headers["location"] == overview
        page = html.unescape(provider.get(overview).text)
        assert "Saved. “Talk Space” is updated in the directory." in page
        assert "<dd>Waiting list</dd>" in page and "<dd>7</dd>" in page
        for _ in range(6):  # each worker answers some of these
            assert "<dd>Waiting list</dd>" in html.unescape(provider.get(overview).text)
            assert "Waiting list: about 7 weeks" in visitor.get(f"/services/{world.a_live}").text
    after = stored(app, world.a_live)
    assert after == {**before, "availability": "waiting-list", "wait_weeks": 7,
                     "version": before["version"] + 1}


def test_an_untrusted_section_save_waits_and_bad_tokens_are_refused(app, site):
    server, world = site
    overview = f"/provider/services/{world.b_live}"
    section = f"{overview}/edit/who"
    before = stored(app, world.b_live)

    def changes() -> list[str]:
        with db.session_scope(app) as session:
            return [c.status for c in session.exec(select(ChangeRequest).where(
                ChangeRequest.service_id == world.b_live))]

    with server.client() as provider, server.client() as stranger:
        assert sign_in(provider, world.provider_b, PASSWORD).status_code == 302
        foreign = token_of(stranger.get("/provider/login").text)
        for token in (False, foreign):
            refused = submit_form(provider, section, {"maximum_age": "21"}, button="save",
                                  token=token)
            assert refused.status_code == 400 and "Traceback" not in refused.text
        assert changes() == []
        response = submit_form(provider, section, {"maximum_age": "21"}, button="save")
        assert response.status_code == 302, response.text[:500]
        page = html.unescape(provider.get(overview).text)
        assert "A moderator will check your changes to “Riverside Drop-in”" in page
        assert "<dt>Oldest age</dt><dd>21</dd>" in page
        with server.client() as visitor:
            assert "Ages 11 to 18" in visitor.get(f"/services/{world.b_live}").text
    assert changes() == ["pending"]
    assert stored(app, world.b_live) == before
