"""first_contact, "What happens when you get in touch": one declared field, every way in and out.

The field is declared once on ServiceInput; the form, the write path, the snapshot, the diff,
the CSV import and export all follow from that declaration (docs/ARCHITECTURE.md).
"""

import csv
import io

from accounts_support import login
from provider_support import ORG_A, make_world, submit
from sqlmodel import select
from test_provider_forms import field_error

from directory import db, listings
from directory.exports import export_csv
from directory.listings.diff import LABELS
from directory.listings.fields import ServiceInput, csv_columns
from directory.models import AuditEvent, Organisation, Service
from importers.csv_services import COLUMNS, check_services_csv

SAID = "A youth worker calls you back within two days and you choose where to meet."


def trust(app) -> None:
    with db.session_scope(app) as session:
        organisation = session.exec(select(Organisation).where(Organisation.name == ORG_A)).one()
        organisation.trusted = True


def test_a_provider_says_what_happens_and_it_shows_on_the_page_and_the_sheet(app, client):
    world = make_world(app)
    trust(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    form = client.get(url).get_data(as_text=True)
    assert "What happens when you get in touch" in form and 'name="first_contact"' in form
    response = submit(client, url, {"first_contact": f"  {SAID}\n"})
    assert response.status_code == 302, response.get_data(as_text=True)
    with db.session_scope(app) as session:
        service = session.get(Service, world.a_live)
        assert service.first_contact == SAID  # one line, trimmed
        assert listings.snapshot(service)["first_contact"] == SAID
        event = session.exec(select(AuditEvent).where(AuditEvent.entity_id == world.a_live)
                             .order_by(AuditEvent.id.desc())).first()
        assert event.after["first_contact"] == SAID and not event.before.get("first_contact")
    page = client.get(f"/services/{world.a_live}").get_data(as_text=True)
    assert "What happens when you get in touch:" in page and SAID in page
    sheet = client.get(f"/signpost/sheet?services={world.a_live}&lang=en")
    assert sheet.status_code == 200 and SAID in sheet.get_data(as_text=True)
    text = client.get(f"/signpost/sheet.txt?services={world.a_live}&lang=en")
    assert SAID in text.get_data(as_text=True)


def test_too_long_is_explained_on_the_field_and_nothing_is_saved(app, client):
    world = make_world(app)
    trust(app)
    login(client, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    response = submit(client, url, {"first_contact": "x" * 301})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert field_error(page, "first_contact") == "Keep this to 300 characters or fewer."
    assert "x" * 301 in page  # what was typed is kept
    with db.session_scope(app) as session:
        assert session.get(Service, world.a_live).first_contact == ""


def test_the_field_is_a_csv_column_after_description_and_round_trips(app, tmp_path):
    assert COLUMNS == csv_columns()
    assert COLUMNS[COLUMNS.index("description") + 1] == "first_contact"
    assert LABELS["first_contact"] == "What happens when you get in touch"
    world = make_world(app)
    with db.session_scope(app) as session:
        service = session.get(Service, world.a_live)
        listings.update_service(session, service, ServiceInput.model_validate(
            {**listings.snapshot(service), "first_contact": SAID}), listings.Actor("test"))
    with db.session_scope(app) as session:
        stream = io.StringIO()
        export_csv(session, stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [row["first_contact"] for row in rows if row["service_ref"] == "talk"] == [SAID]
    too_long = stream.getvalue().replace(SAID, "y" * 301)
    with db.session_scope(app) as session:
        report, _ = check_services_csv(session, io.StringIO(too_long))
    [problem] = [e for e in report.errors if e.column == "first_contact"]
    assert problem.code == "string_too_long" and "300 characters" in problem.reason
