"""Importing Open Referral UK services: all or nothing, problems named, other feeds reviewed."""

import json

import httpx
import pytest
from accounts_support import make_account
from sqlmodel import select

from directory import db, moderation
from directory.models import Account, ChangeRequest, Service
from importers import oruk_source
from importers.oruk_source import Feed, SourceProblem

FOREIGN_ID = "3b9f2c1e-5d6a-4b7c-8e9f-0a1b2c3d4e5f"


def foreign(**changes) -> dict:
    """A service from another council's ORUK feed (its own taxonomy, no THRIVE groupings)."""
    document = {
        "id": FOREIGN_ID, "name": "Riverside Talking Therapies",
        "description": "Free counselling for young people aged 11 to 18. Drop in or call us.",
        "status": "active", "url": "https://riverside.example.org/talk",
        "email": "talk@riverside.example.org", "minimum_age": 11, "maximum_age": 100,
        "organization": {"id": "7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e",
                         "name": "Riverside Trust", "description": "A local charity."},
        "service_at_locations": [{"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "location": {
            "id": "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c", "location_type": "physical",
            "name": "Riverside Centre", "addresses": [{
                "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "address_1": "1 High Street",
                "city": "Stevenage", "state_province": "Hertfordshire",
                "postal_code": "SG1 1AA", "country": "GB", "address_type": "physical"}]}}],
        "schedules": [{"id": "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e", "freq": "WEEKLY",
                       "byday": "MO,WE", "opens_at": "09:00:00", "closes_at": "17:00:00"},
                      {"id": "9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", "freq": "MONTHLY",
                       "byday": "1SA", "opens_at": "10:00", "closes_at": "12:00"}],
        "attributes": [
            {"id": "a1", "taxonomy_term": {"id": "t1", "name": "Counselling",
                                           "description": "x", "taxonomy": "LGA services"}},
            {"id": "a2", "taxonomy_term": {"id": "t2", "name": "Bereavement and loss",
                                           "description": "x", "taxonomy": "Needs"}},
            {"id": "a3", "taxonomy_term": {"id": "t3", "code": "BESPOKE-77",
                                           "name": "Tier 2 emotional wellbeing",
                                           "description": "x", "taxonomy": "Local"}}],
        "languages": [{"id": "l1", "name": "Polish"}, {"id": "l2", "name": "Klingon"}],
    }
    return {**document, **changes}


def run(app, tmp_path, documents, *options):
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(documents), encoding="utf-8")
    return app.test_cli_runner().invoke(args=["import-oruk", str(path), *options])


def services(app) -> list[Service]:
    with db.session_scope(app) as session:
        return list(session.exec(select(Service)))


def test_another_feeds_service_waits_for_a_moderator_with_groupings_proposed(app, client,
                                                                              tmp_path):
    result = run(app, tmp_path, foreign())
    assert result.exit_code == 0, result.output
    assert "1 from another feed wait for a moderator" in result.output
    [service] = services(app)
    assert service.status == "pending" and service.oruk_source_id == FOREIGN_ID
    assert service.oruk_id == FOREIGN_ID  # its UUID is kept: the same service, the same id
    assert service.maximum_age == 25 and service.minimum_age == 11
    kept = {(u["kind"], u.get("name")) for u in service.oruk_unmapped}
    assert ("taxonomy_term", "Tier 2 emotional wellbeing") in kept
    assert ("language", "Klingon") in kept and any(k == "schedule" for k, _ in kept)
    with db.session_scope(app) as session:
        [change] = session.exec(select(ChangeRequest)).all()
        proposal = change.proposed
    assert proposal["status"] == "active" and proposal["groupings"] == ["getting-help"]
    assert proposal["support_types"] == ["counselling"] and proposal["topics"] == ["bereavement"]
    assert proposal["languages"] == ["pl"] and proposal["opening_hours"] == (
        "Mon 09:00-17:00; Wed 09:00-17:00")
    assert client.get(f"/oruk/services/{FOREIGN_ID}").status_code == 404  # never unreviewed
    assert client.get("/oruk/services").get_json()["total_items"] == 0


def test_a_moderator_approves_it_into_the_feed(app, client, tmp_path):
    run(app, tmp_path, foreign())
    make_account(app, "mo@example.org", role="moderator")
    with db.session_scope(app) as session:
        change = session.exec(select(ChangeRequest)).one()
        mo = session.exec(select(Account)).one()
        moderation.approve_change(session, change, mo)
    doc = client.get(f"/oruk/services/{FOREIGN_ID}").get_json()
    assert doc["status"] == "active" and doc["name"] == "Riverside Talking Therapies"
    assert doc["service_at_locations"][0]["id"] == "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"


def test_a_re_import_updates_instead_of_duplicating(app, tmp_path):
    run(app, tmp_path, foreign())
    result = run(app, tmp_path, foreign(name="Riverside Talking Therapies for Teens"))
    assert "0 were added and 1 were updated" in result.output, result.output
    assert len(services(app)) == 1
    with db.session_scope(app) as session:
        statuses = sorted(c.status for c in session.exec(select(ChangeRequest)))
        waiting = session.exec(select(ChangeRequest).where(ChangeRequest.status == "pending")).one()
        assert waiting.proposed["name"] == "Riverside Talking Therapies for Teens"
    assert statuses == ["pending", "superseded"]


def test_every_problem_is_reported_with_the_service_and_field_and_nothing_is_written(app,
                                                                                     tmp_path):
    bad = foreign(id="b0000000-0000-4000-8000-000000000001", name="", email="not-an-email",
                  minimum_age=30)
    worse = foreign(id="b0000000-0000-4000-8000-000000000002", service_at_locations=[{
        "id": "x", "location": {"id": "y", "location_type": "physical", "latitude": 100,
                                "longitude": 1}}], url="", email="")
    result = run(app, tmp_path, [foreign(), bad, worse])
    assert result.exit_code != 0
    lines = result.output
    assert "service b0000000-0000-4000-8000-000000000001, name:" in lines
    assert "service b0000000-0000-4000-8000-000000000001, email:" in lines
    assert "service b0000000-0000-4000-8000-000000000002, service_at_locations[0].latitude" in lines
    assert "nothing was imported" in lines
    assert services(app) == []


def test_a_dry_run_writes_nothing(app, tmp_path):
    result = run(app, tmp_path, {"contents": [foreign()], "total_items": 1}, "--dry-run")
    assert result.exit_code == 0 and "1 would be added" in result.output, result.output
    assert services(app) == []


def test_files_that_are_not_services_are_refused(app, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import-oruk", str(path)])
    assert result.exit_code != 0 and "cannot be read as JSON" in result.output
    result = app.test_cli_runner().invoke(args=["import-oruk", str(tmp_path / "missing.json")])
    assert result.exit_code != 0 and "neither a feed address" in result.output


def test_the_feed_reader_pages_and_tries_again_after_a_server_error(monkeypatch):
    monkeypatch.setattr(oruk_source, "BACKOFF_SECONDS", 0)
    calls = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        if len(calls) == 1:
            return httpx.Response(503)
        if request.url.path == "/oruk/services":
            page = int(request.url.params["page"])
            return httpx.Response(200, json={"contents": [{"id": f"s{page}"}],
                                             "last_page": page == 2})
        return httpx.Response(200, json={"id": request.url.path.rsplit("/", 1)[-1]})

    feed = Feed("https://feed.example.org/oruk/",
                client=httpx.Client(transport=httpx.MockTransport(answer)))
    assert feed.service_ids() == ["s1", "s2"]
    assert [d["id"] for d in feed.services(["s1", "s2"])] == ["s1", "s2"]
    assert calls[0] == calls[1]  # the 503 was tried again


def test_the_feed_reader_gives_up_with_a_clear_message(monkeypatch):
    monkeypatch.setattr(oruk_source, "BACKOFF_SECONDS", 0)
    feed = Feed("https://feed.example.org/oruk", client=httpx.Client(
        transport=httpx.MockTransport(lambda request: httpx.Response(500))))
    with pytest.raises(SourceProblem, match="answered 500 3 times"):
        feed.service_ids()
    feed = Feed("https://feed.example.org/oruk", client=httpx.Client(
        transport=httpx.MockTransport(lambda request: httpx.Response(404))))
    with pytest.raises(SourceProblem, match="answered 404"):
        feed.version()
