"""The Open Referral UK 3.0 feed on the demo directory: schemas, paging, ids and filters."""

import pytest
from oruk_support import FORMATS, crawl, empties, problems
from sqlmodel import select

from directory import db
from directory.models import Location, Organisation, Service, ServiceAtLocation, TaxonomyTerm
from directory.oruk.vocabulary import taxonomy

THRIVE = taxonomy("groupings")


def fetch(client):
    """Return a ``get(path)`` for crawl(): (status, json, headers) from the test client."""

    def get(path):
        response = client.get(path)
        return response.status_code, response.get_json(), response.headers

    return get


def contents(client, query: str, endpoint: str = "services") -> list[dict]:
    """Return every item a filtered list holds, across its pages."""
    items, page = [], 1
    while True:
        answer = client.get(f"/oruk/{endpoint}?{query}&per_page=100&page={page}").get_json()
        items += answer["contents"]
        if answer["last_page"]:
            return items
        page += 1


def test_the_root_names_the_version_profile_and_openapi_url(demo_client):
    response = demo_client.get("/oruk/")
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.get_json() == {
        "version": "HSDS-UK-3.0",
        "profile": "https://raw.githubusercontent.com/openreferraluk/uk-profile/main/docs/index.md",
        "openapi_url": "http://127.0.0.1:5000/oruk/openapi.json"}


def test_formats_are_really_checked():
    for bad, format_name in (("not-a-uuid", "uuid"), ("no at sign", "email"),
                             ("not a uri", "uri"), ("2026-13-45T99:00:00Z", "date-time")):
        assert not FORMATS.conforms(bad, format_name), format_name
    assert problems("service_list.json", {"id": "1", "name": "x", "status": "active"})
    assert problems("service.json", {"id": "1b7f6d8e-9c1a-4e55-9a0e-0c5b1e8e7f11", "name": "x",
                                     "status": "active", "url": "not a uri"})


def test_a_validator_style_crawl_of_every_page_finds_nothing_wrong(demo_app, demo_client):
    seen = crawl(fetch(demo_client), every_page=True)
    assert seen.version == "HSDS-UK-3.0"
    assert not seen.wrong, "\n".join(seen.wrong[:20])
    with db.session_scope(demo_app) as session:
        listed = session.exec(select(Service.oruk_id).where(
            Service.status.in_(("active", "temporarily-closed")))).all()
        links = session.exec(select(ServiceAtLocation.oruk_id).join(Service).where(
            Service.status.in_(("active", "temporarily-closed")))).all()
        terms = session.exec(select(TaxonomyTerm.oruk_id)).all()
    assert len(seen.documents) > 2 * len(listed)  # every entry and every {id} answer checked
    assert sorted(seen.ids["services"]) == sorted(listed)  # ids are the stored ones
    assert sorted(seen.ids["service_at_locations"]) == sorted(links)
    assert len(seen.ids["taxonomies"]) == 5
    assert len(seen.ids["taxonomy_terms"]) == len(terms) + 5 + 5 + 3  # + groupings, modes, audience
    assert set(terms) <= set(seen.ids["taxonomy_terms"])


def test_a_crawl_of_first_middle_and_last_pages_sees_each_id_once(demo_client):
    seen = crawl(fetch(demo_client), per_page=7)
    assert not seen.wrong, "\n".join(seen.wrong[:20])
    for endpoint, ids in seen.ids.items():
        assert len(ids) == len(set(ids)), endpoint


def test_a_service_is_fully_nested(demo_app, demo_client):
    with db.session_scope(demo_app) as session:
        service = session.exec(select(Service).join(ServiceAtLocation).join(Location).where(
            Service.status == "active", Service.phone != "", Location.hide_address.is_(False))
            .order_by(Service.name)).first()
        oruk_id, name, location = service.oruk_id, service.name, service.locations[0]
        location_id, groupings = location.oruk_id, service.grouping_codes
    doc = demo_client.get(f"/oruk/services/{oruk_id}").get_json()
    assert problems("service.json", doc) == [] and empties(doc) == []
    assert doc["name"] == name and doc["organization"]["id"] == doc["organization_id"]
    [placed] = [p for p in doc["service_at_locations"] if p["location_id"] == location_id]
    assert {"latitude", "longitude"} <= set(placed["location"])
    assert placed["location"]["addresses"][0]["postal_code"] == location.postcode
    grouping_terms = [a["taxonomy_term"]["code"] for a in doc["attributes"]
                      if a["taxonomy_term"]["taxonomy_id"] == THRIVE.id]
    assert grouping_terms == groupings
    assert doc["schedules"][0]["freq"] == "WEEKLY" and "byday" in doc["schedules"][0]
    assert {a["link_type"] for a in doc["attributes"]} >= {"thrive_grouping", "delivery_mode",
                                                          "audience"}
    assert doc["cost_options"] and doc["languages"][0]["code"]


def test_hidden_addresses_stay_hidden(demo_app, demo_client):
    with db.session_scope(demo_app) as session:
        hidden = session.exec(select(Location).where(Location.hide_address.is_(True))).first()
        if hidden is None:
            pytest.skip("the demo directory hides no address")
        link = session.exec(select(ServiceAtLocation).where(
            ServiceAtLocation.location_id == hidden.id)).one()
        street, postcode = hidden.address, hidden.postcode
    doc = demo_client.get(f"/oruk/service_at_locations/{link.oruk_id}").get_json()
    text = str(doc)
    assert "addresses" not in doc["location"] and postcode not in text
    assert not street or street not in text


@pytest.mark.parametrize(("query", "field"), [
    ("page=0", "page"), ("page=x", "page"), ("page=1000001", "page"),
    ("per_page=101", "per_page"), ("per_page=0", "per_page"),
    ("taxonomy_term_id=low-mood", "taxonomy_term_id"), ("minimum_age=-1", "minimum_age"),
    ("maximum_age=old", "maximum_age"), ("modified_after=yesterday", "modified_after"),
    ("organization_id=12", "organization_id"), ("day=XX", "day"), ("start_time=9am", "start_time"),
])
def test_bad_parameters_answer_the_json_error_shape(demo_client, query, field):
    response = demo_client.get(f"/oruk/services?{query}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["field"] == field and error["code"] and error["message"]
    assert response.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(("query", "field"), [
    ("proximity=500", "proximity"), ("postcode=SG1+1AA&proximity=0", "proximity"),
    ("postcode=ZZ99+9ZZ&proximity=500", "postcode"),
])
def test_bad_place_parameters_answer_400(demo_client, query, field):
    response = demo_client.get(f"/oruk/service_at_locations?{query}")
    assert response.status_code == 400 and response.get_json()["error"]["field"] == field


def test_unknown_ids_and_addresses_answer_the_json_404(demo_client):
    for path in ("/oruk/services/9a8b7c6d-0000-4000-8000-000000000000", "/oruk/services/12",
                 "/oruk/organizations/nope", "/oruk/taxonomies/nope", "/oruk/nothing/here",
                 "/oruk/taxonomy_terms/9a8b7c6d-0000-4000-8000-000000000000",
                 "/oruk/service_at_locations/9a8b7c6d-0000-4000-8000-000000000000"):
        response = demo_client.get(path)
        assert response.status_code == 404, path
        assert response.get_json()["error"]["code"] == "not_found"


def test_a_page_past_the_end_is_empty(demo_client):
    answer = demo_client.get("/oruk/services?page=999999&per_page=100").get_json()
    assert answer["empty"] is True and answer["contents"] == [] and answer["size"] == 0
    assert answer["page_number"] == 999999 and answer["last_page"] is True
    assert answer["total_items"] > 0 and answer["first_page"] is False


def test_taxonomy_filters(demo_app, demo_client):
    groupings = demo_client.get(f"/oruk/taxonomies/{THRIVE.id}").get_json()["taxonomy_terms"]
    risk = next(t for t in groupings if t["code"] == "getting-risk-support")
    found = contents(demo_client, f"taxonomy_term_id={risk['id']}")
    with db.session_scope(demo_app) as session:
        expected = [s.oruk_id for s in session.exec(select(Service).where(
            Service.status.in_(("active", "temporarily-closed")))) if
            "getting-risk-support" in s.grouping_codes]
        low_mood = session.exec(select(TaxonomyTerm).where(TaxonomyTerm.code == "low-mood")).one()
        with_low_mood = {s.oruk_id for s in session.exec(select(Service).where(
            Service.status.in_(("active", "temporarily-closed")))) if
            "low-mood" in s.term_codes("topic")}
    assert expected and sorted(s["id"] for s in found) == sorted(expected)
    by_topic = {s["id"] for s in contents(demo_client, f"taxonomy_term_id={low_mood.oruk_id}")}
    assert by_topic == with_low_mood
    both = {s["id"] for s in contents(
        demo_client, f"taxonomy_term_id={low_mood.oruk_id}&minimum_age=11&maximum_age=18")}
    assert both and both <= by_topic
    assert all(s["minimum_age"] >= 11 and s["maximum_age"] <= 18
               for s in contents(demo_client, "minimum_age=11&maximum_age=18"))
    topics = taxonomy("topic")
    assert len(contents(demo_client, f"taxonomy_id={topics.id}")) <= len(contents(demo_client, ""))
    unknown = "9a8b7c6d-0000-4000-8000-000000000000"
    assert contents(demo_client, f"taxonomy_id={unknown}") == []


def test_organisation_search_and_opening_filters(demo_app, demo_client):
    with db.session_scope(demo_app) as session:
        organisation = session.exec(select(Organisation).join(Service).where(
            Service.status == "active")).first()
        theirs = {s.oruk_id for s in session.exec(select(Service).where(
            Service.organisation_id == organisation.id, Service.status.in_(
                ("active", "temporarily-closed"))))}
        org_id = organisation.oruk_id
    assert {s["id"] for s in contents(demo_client, f"organization_id={org_id}")} == theirs
    org = demo_client.get(f"/oruk/organizations/{org_id}").get_json()
    assert problems("organization.json", org) == [] and {s["id"] for s in org["services"]} == theirs
    searched = contents(demo_client, "search=bereavement")
    assert searched and len(searched) < len(contents(demo_client, ""))
    saturday = contents(demo_client, "day=SA")
    assert saturday and len(saturday) < len(contents(demo_client, ""))
    evening = contents(demo_client, "day=MO&start_time=17:00")
    assert all(s["id"] in {x["id"] for x in contents(demo_client, "day=MO")} for s in evening)


def test_services_at_locations_near_a_postcode(demo_client):
    near = contents(demo_client, "postcode=SG1+1AA&proximity=3000", "service_at_locations")
    wider = contents(demo_client, "postcode=SG1+1AA&proximity=20000", "service_at_locations")
    assert near and len(near) < len(wider)
    assert {p["id"] for p in near} <= {p["id"] for p in wider}
    council = contents(demo_client, "postcode=SG1+1AA", "service_at_locations")
    assert council and all(problems("service_at_location_list.json", p) == [] for p in council)
