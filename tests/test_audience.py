"""Who a service is for: stored, checked, imported, edited, shown in the API and filtered on."""

import io

import pytest
from accounts_support import login
from alembic import command
from provider_support import ORG_A, listing_data, make_world, submit
from pydantic import ValidationError
from sqlalchemy import text
from sqlmodel import select
from test_search_helpers import add, search

from directory import db, listings, schema
from directory.listings.diff import readable_diff
from directory.listings.fields import ServiceInput
from directory.models import Organisation, Service
from importers.csv_services import COLUMNS, import_services_csv

ACTOR = listings.Actor("audience tests")


def test_a_listing_is_for_young_people_unless_it_says_otherwise(app):
    assert ServiceInput.model_validate(listing_data()).audience == ["young-people"]
    both = ServiceInput.model_validate(listing_data(
        audience=["parents-carers", "young-people", "parents-carers"]))
    assert both.audience == ["parents-carers", "young-people"]
    for wrong in (["parents"], []):
        with pytest.raises(ValidationError) as error:
            ServiceInput.model_validate(listing_data(audience=wrong))
        assert error.value.errors()[0]["loc"] == ("audience",)
    sid = add(app, audience=["parents-carers", "professionals"])
    with db.session_scope(app) as session:
        service = session.get(Service, sid)
        assert service.audience == ["parents-carers", "professionals"]
        assert listings.snapshot(service)["audience"] == ["parents-carers", "professionals"]


def test_changing_who_it_is_for_is_audited_in_words(app):
    sid = add(app)
    with db.session_scope(app) as session:
        service = session.get(Service, sid)
        before = listings.snapshot(service)
        changed = listings.input_from_service(service).model_copy(
            update={"audience": ["young-people", "parents-carers"]})
        listings.update_service(session, service, changed, ACTOR)
        rows = readable_diff(before, listings.snapshot(service))
    row = next(r for r in rows if r.field == "audience")
    assert (row.label, row.before, row.after) == (
        "Who it is for", "Young people", "Young people, Parents and carers")


def test_the_migration_gives_existing_services_the_default(app):
    sid = add(app, audience=["professionals"])
    engine = app.extensions["directory.engine"]
    with engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    schema.upgrade(engine)
    with db.session_scope(app) as session:
        assert session.get(Service, sid).audience == ["young-people"]
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM service")).scalar() == 1


def _csv(rows: list[dict]) -> io.StringIO:
    header = [c for c in COLUMNS if c in rows[0]]
    lines = [",".join(header)] + [",".join(row.get(c, "") for c in header) for row in rows]
    return io.StringIO("\n".join(lines) + "\n")


ROW = {"organisation": "Audience Trust", "service": "Parents' evening group",
       "summary": "A monthly evening for parents of teenagers.", "groupings": "getting-advice",
       "minimum_age": "11", "maximum_age": "18", "delivery_modes": "in-person",
       "phone": "01632 960321", "postcode": "SG1 1AA"}


def test_the_csv_audience_column_is_a_list_defaulting_to_young_people(session):
    source = _csv([{**ROW, "service_ref": "parents", "audience": "parents-carers;professionals"},
                   {**ROW, "service_ref": "teens", "audience": ""}])
    report = import_services_csv(session, source, ACTOR)
    assert report.ok, report.errors
    session.commit()
    found = dict(session.exec(select(Service.service_ref, Service.audience)).all())
    assert found == {"parents": ["parents-carers", "professionals"], "teens": ["young-people"]}
    bad = import_services_csv(session, _csv([{**ROW, "service_ref": "x", "audience": "aliens"}]),
                              ACTOR)
    assert [(e.column, "aliens" in e.reason) for e in bad.errors] == [("audience", True)]


def test_the_provider_form_saves_who_it_is_for(app, client):
    world = make_world(app)
    with db.session_scope(app) as session:
        session.exec(select(Organisation).where(Organisation.name == ORG_A)).one().trusted = True
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    page = client.get(url).get_data(as_text=True)
    assert '<input checked id="audience-0" name="audience" type="checkbox" value="young-people">' \
        in page and "Who is it for?" in page
    response = submit(client, url, {"audience": ["young-people", "parents-carers"]})
    assert response.status_code == 302, response.get_data(as_text=True)
    with db.session_scope(app) as session:
        assert session.get(Service, world.a_live).audience == ["young-people", "parents-carers"]
    refused = submit(client, url, {"audience": []})
    assert refused.status_code == 422
    assert "Choose who the service is for." in refused.get_data(as_text=True)


def test_the_api_says_who_each_result_is_for(demo_client):
    body = demo_client.get("/api/v1/search?q=parenting+course").get_json()
    assert all(r["audience"] for r in body["results"])
    assert {"young-people", "parents-carers"} <= {a for r in body["results"] for a in r["audience"]}
    assert body["query"]["audience"] == []


def test_the_audience_filter_keeps_only_services_for_those_people(demo_app):
    everyone = search(demo_app, q="support")
    parents = search(demo_app, q="support", audience="parents-carers")
    assert 0 < parents.total < everyone.total
    assert parents.total == everyone.facets["audience"]["parents-carers"]
    assert all("parents-carers" in h.service.audience for h in parents.local + parents.national)
    both = search(demo_app, q="support", audience=["parents-carers", "professionals"])
    assert both.total >= parents.total


def test_a_wrong_audience_is_explained(demo_client):
    answer = demo_client.get("/api/v1/search?audience=mums")
    assert answer.status_code == 400
    assert answer.get_json()["error"]["code"] == "unknown_audience"
    assert answer.get_json()["error"]["field"] == "audience"


def test_the_results_page_offers_the_filter_in_the_visitors_language(demo_client):
    page = demo_client.get("/search?q=support&audience=parents-carers").get_data(as_text=True)
    assert 'id="audience-parents-carers" name="audience" value="parents-carers" checked' in page
    assert "Parents and carers" in page and "Professionals" in page
    polish = demo_client.get("/search?q=support&lang=pl").get_data(as_text=True)
    assert "Rodzice i opiekunowie" in polish and "Dla kogo" in polish
