"""The feed follows the listings' changes: stored ids that last, and exact modified_after."""

import time
from datetime import UTC, datetime

from sqlmodel import select

from directory import db, listings
from directory.listings import Actor
from directory.listings.fields import ServiceInput
from directory.models import Service

ACTOR = Actor("tester@example.org")


def listing(ref: str, **changes) -> ServiceInput:
    data = {
        "organisation": "Oak Tree Youth", "service_ref": ref, "name": f"Oak Tree {ref}",
        "summary": "A friendly drop-in for young people to talk about anything.",
        "groupings": ["getting-advice"], "minimum_age": 11, "maximum_age": 18,
        "delivery_modes": ["in-person"], "phone": "01632 960123",
        "locations": [{"postcode": "SG1 1AA", "address": "1 High Street", "town": "Stevenage"}],
        "opening_hours": "Tue 16:00-18:00",
    }
    return ServiceInput.model_validate({**data, **changes})


def add(app, *refs: str) -> dict[str, int]:
    with db.session_scope(app) as session:
        made = {ref: listings.create_service(session, listing(ref), ACTOR) for ref in refs}
        session.flush()
        return {ref: service.id for ref, service in made.items()}


def changed_since(client, moment: datetime) -> dict[str, str]:
    stamp = moment.isoformat().replace("+00:00", "Z")
    answer = client.get(f"/oruk/services?modified_after={stamp}&per_page=100").get_json()
    return {item["name"]: item["status"] for item in answer["contents"]}


def test_modified_after_returns_exactly_the_listings_changed_since(app, client):
    ids = add(app, "edited", "untouched", "confirmed", "retired", "resaved", "edited-before")
    with db.session_scope(app) as session:
        early = session.get(Service, ids["edited-before"])
        listings.update_service(session, early, listing("edited-before", name="Early edit"), ACTOR)
    time.sleep(0.01)
    moment = datetime.now(UTC)
    time.sleep(0.01)
    with db.session_scope(app) as session:
        get = {ref: session.get(Service, service_id) for ref, service_id in ids.items()}
        listings.update_service(session, get["edited"], listing("edited", wait_weeks=3,
                                                                availability="waiting-list"), ACTOR)
        listings.confirm_service(session, get["confirmed"], ACTOR)
        listings.retire_service(session, get["retired"], ACTOR, "closed down")
        listings.update_service(session, get["resaved"], listing("resaved"), ACTOR)  # no change
    assert changed_since(client, moment) == {
        "Oak Tree edited": "active", "Oak Tree confirmed": "active",
        "Oak Tree retired": "inactive"}
    everything = changed_since(client, datetime(2000, 1, 1, tzinfo=UTC))
    assert "Early edit" in everything and "Oak Tree untouched" in everything
    assert "Oak Tree retired" not in {item["name"] for item in client.get(
        "/oruk/services?per_page=100").get_json()["contents"]}  # gone from the plain list


def test_a_retired_listing_answers_as_inactive_and_a_pending_one_not_at_all(app, client):
    ids = add(app, "retired", "pending")
    with db.session_scope(app) as session:
        retired = session.get(Service, ids["retired"])
        listings.retire_service(session, retired, ACTOR)
        pending = session.get(Service, ids["pending"])
        listings.update_service(session, pending, listing("pending", status="pending"), ACTOR)
        gone, waiting = retired.oruk_id, pending.oruk_id
    assert client.get(f"/oruk/services/{gone}").get_json()["status"] == "inactive"
    assert client.get(f"/oruk/services/{waiting}").status_code == 404
    assert changed_since(client, datetime(2000, 1, 1, tzinfo=UTC)) == {
        "Oak Tree retired": "inactive"}


def test_ids_are_stored_and_survive_edits(app, client):
    [service_id] = add(app, "drop-in").values()
    first = _full(app, client, service_id)
    with db.session_scope(app) as session:
        service = session.get(Service, service_id)
        listings.update_service(session, service, listing(
            "drop-in", name="Renamed drop-in", opening_hours="Tue 16:00-18:00; Thu 10:00-12:00",
            locations=[{"postcode": "SG1 1AA", "address": "1 High Street", "town": "Stevenage"},
                       {"postcode": "SG1 1AB", "address": "2 Low Street", "town": "Stevenage"}],
        ), ACTOR)
    second = _full(app, client, service_id)
    assert second["name"] == "Renamed drop-in" and second["id"] == first["id"]
    assert second["organization_id"] == first["organization_id"]
    assert first["service_at_locations"][0] in second["service_at_locations"]
    assert first["schedules"][0]["id"] in {s["id"] for s in second["schedules"]}
    assert len(second["schedules"]) == 2 and len(second["service_at_locations"]) == 2


def _full(app, client, service_id: int) -> dict:
    with db.session_scope(app) as session:
        oruk_id = session.exec(select(Service.oruk_id).where(Service.id == service_id)).one()
    return client.get(f"/oruk/services/{oruk_id}").get_json()
