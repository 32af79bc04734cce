"""Migration 0005 gives every existing row a stored ORUK id, unique, and keeps the data."""

import uuid

from alembic import command
from database_support import Database, make_app
from sqlalchemy import text

from directory import schema
from directory.models.taxonomy import term_oruk_id
from directory.oruk.vocabulary import taxonomy

TABLES = ("organisation", "service", "location", "service_at_location", "schedule")


def test_existing_rows_get_ids_and_terms_get_their_shared_ids(tmp_path):
    database = Database(tmp_path)
    app = make_app(tmp_path, database)
    engine = app.extensions["directory.engine"]
    try:
        with engine.begin() as connection:
            config = schema.alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0004")
            _old_rows(connection)
        schema.upgrade(engine)
        with engine.connect() as connection:
            for table in TABLES:
                ids = connection.execute(text(f"SELECT oruk_id FROM {table}")).scalars().all()
                assert len(ids) == len(set(ids)) == 2, table
                assert all(uuid.UUID(value).version == 4 for value in ids), table
            terms = dict(connection.execute(text("SELECT code, oruk_id FROM taxonomy_term")).all())
            unmapped = connection.execute(text("SELECT oruk_unmapped FROM service")).scalars()
            assert all(value in ([], "[]") for value in unmapped)
    finally:
        database.drop(app)
    assert terms == {"low-mood": term_oruk_id("topic", "low-mood"),
                     "helpline": term_oruk_id("support_type", "helpline")}
    assert term_oruk_id("topic", "low-mood") == str(
        uuid.uuid5(uuid.UUID(taxonomy("topic").id), "low-mood"))


def _old_rows(connection) -> None:
    connection.execute(text("INSERT INTO taxonomy_term (kind, code, name, description) VALUES "
                            "('topic', 'low-mood', 'Low mood', ''), "
                            "('support_type', 'helpline', 'Helpline', '')"))
    for number in (1, 2):
        connection.execute(text(
            "INSERT INTO organisation (id, name, description, website, email, phone, "
            "charity_number, trusted, created_at) VALUES "
            f"({number}, 'Org {number}', '', '', '', '', '', false, '2026-01-01')"))
        connection.execute(text(
            "INSERT INTO service (id, organisation_id, service_ref, name, summary, description, "
            "url, email, phone, text_number, status, minimum_age, maximum_age, self_referral, "
            "referral_routes, parental_involvement, confidentiality, delivery_modes, cost, "
            "cost_details, languages, accessibility, availability, national, service_areas, "
            "assured_by, created_at, last_modified, version) VALUES "
            f"({number}, {number}, 'ref', 'Service {number}', '', '', '', '', '', '', 'active', "
            "0, 25, false, '[]', '', '', '[\"online\"]', 'free', '', '[]', '', 'accepting', "
            "false, '[]', '', '2026-01-01', '2026-01-01', 1)"))
        connection.execute(text(
            "INSERT INTO location (id, name, address, town, postcode, hide_address) VALUES "
            f"({number}, '', '', '', '', false)"))
        connection.execute(text("INSERT INTO service_at_location (service_id, location_id) "
                                f"VALUES ({number}, {number})"))
        connection.execute(text("INSERT INTO schedule (service_id, weekday, opens_at, closes_at, "
                                f"notes) VALUES ({number}, 0, '09:00', '17:00', '')"))
