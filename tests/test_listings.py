"""The one write path: create, update, confirm, retire — each audited, concurrency-safe."""

from datetime import date

import pytest
from sqlmodel import select

from directory import listings
from directory.listings import Actor, StaleEdit
from directory.listings.fields import LocationInput, ServiceInput
from directory.models import AuditEvent, Postcode, Service

ACTOR = Actor("tester@example.org")


def listing(**changes) -> ServiceInput:
    data = {
        "organisation": "Oak Tree Youth", "service_ref": "drop-in", "name": "Oak Tree Drop-in",
        "summary": "A friendly drop-in for young people to talk about anything.",
        "groupings": ["getting-advice"], "minimum_age": 11, "maximum_age": 18,
        "delivery_modes": ["in-person"], "phone": "01632 960123",
        "locations": [{"postcode": "SG1 1AA", "address": "1 High Street", "town": "Stevenage"}],
        "opening_hours": "Tue 16:00-18:00",
    }
    return ServiceInput.model_validate({**data, **changes})


def events(session, service_id):
    return session.exec(select(AuditEvent).where(AuditEvent.entity_id == service_id)
                        .order_by(AuditEvent.id)).all()


def test_create_resolves_the_postcode_and_audits(session):
    service = listings.create_service(session, listing(), ACTOR)
    session.commit()
    assert service.locations[0].la_code == "E07000243"
    assert round(service.locations[0].latitude, 2) == 51.9
    assert service.availability_stated == date.today()
    [event] = events(session, service.id)
    assert (event.action, event.actor, event.before) == ("create", ACTOR.label, None)
    assert event.after["name"] == "Oak Tree Drop-in"


def test_update_records_before_and_after_and_bumps_the_version(session):
    service = listings.create_service(session, listing(), ACTOR)
    session.commit()
    listings.update_service(session, service, listing(name="Oak Tree Youth Drop-in"), ACTOR,
                            expected_version=1)
    session.commit()
    assert service.version == 2
    update = events(session, service.id)[-1]
    assert update.before["name"] == "Oak Tree Drop-in"
    assert update.after["name"] == "Oak Tree Youth Drop-in"


def test_a_save_based_on_an_old_version_is_refused(session):
    service = listings.create_service(session, listing(), ACTOR)
    session.commit()
    listings.update_service(session, service, listing(summary="Changed by the first editor "
                                                              "who saved before you."), ACTOR, 1)
    session.commit()
    with pytest.raises(StaleEdit) as refused:
        listings.update_service(session, service, listing(name="Second editor's name"), ACTOR, 1)
    assert "summary" in refused.value.changed
    session.rollback()
    assert session.get(Service, service.id).name == "Oak Tree Drop-in"


def test_retire_and_confirm_are_audited(session):
    service = listings.create_service(session, listing(), ACTOR)
    listings.confirm_service(session, service, ACTOR)
    listings.retire_service(session, service, ACTOR, reason="closed for good")
    session.commit()
    assert service.status == "inactive" and service.assured_date == date.today()
    assert [e.action for e in events(session, service.id)] == ["create", "confirm", "retire"]


def test_changed_services_are_queued_for_indexing_until_commit(session):
    service = listings.create_service(session, listing(), ACTOR)
    assert session.info["changed_services"] == {service.id}
    session.commit()
    assert "changed_services" not in session.info


def test_unknown_postcode_without_coordinates_is_refused(session):
    with pytest.raises(listings.ListingError) as refused:
        listings.create_service(session, listing(locations=[{"postcode": "ZZ9 9ZZ"}]), ACTOR)
    assert "ZZ9 9ZZ" in refused.value.errors["postcode"]


def known_point(session, postcode: str) -> tuple[float, float, str]:
    row = session.get(Postcode, postcode)
    return row.latitude, row.longitude, row.la_code


def test_a_known_postcode_wins_over_coordinates_given_with_it(session):
    far_away = {"postcode": "sg1 1aa", "latitude": 52.2, "longitude": -1.5}  # near Coventry
    service = listings.create_service(session, listing(locations=[far_away]), ACTOR)
    stored = service.locations[0]
    assert (stored.latitude, stored.longitude, stored.la_code) == known_point(session, "SG1 1AA")
    assert stored.postcode == "SG1 1AA"
    place = listings.place_location(session, "SG1 1AA", 52.2, -1.5)
    assert (place.latitude, place.longitude, place.from_gazetteer) == (
        *known_point(session, "SG1 1AA")[:2], True)


def test_coordinates_place_a_postcode_the_gazetteer_does_not_know_or_no_postcode(session):
    new_estate = {"postcode": "M1 1AE", "latitude": 53.48, "longitude": -2.24}
    assert session.get(Postcode, "M1 1AE") is None
    service = listings.create_service(session, listing(locations=[new_estate]), ACTOR)
    stored = service.locations[0]
    assert (stored.postcode, stored.latitude, stored.longitude, stored.la_code) == (
        "M1 1AE", 53.48, -2.24, None)
    no_postcode = listings.resolve_location(
        session, LocationInput(latitude=51.8, longitude=-0.3))
    assert no_postcode == (51.8, -0.3, None)


def test_location_problems_carry_a_rule_code(session):
    with pytest.raises(listings.LocationError) as malformed:
        listings.place_location(session, "SG5 1")
    assert (malformed.value.code, malformed.value.postcode) == ("not-a-postcode", "SG5 1")
    with pytest.raises(listings.LocationError) as unknown:
        listings.place_location(session, "zz99zz")
    assert (unknown.value.code, unknown.value.postcode) == ("unknown-postcode", "ZZ9 9ZZ")
    assert "postcode" in unknown.value.errors  # what the importer reports, by column
