"""The forgiving CSV: coded columns take a code, a name or plain words, and near misses are told."""

import csv

from sqlalchemy import func
from sqlmodel import select

from directory import db
from directory.listings import Actor
from directory.models import Service
from importers.csv_services import import_services_csv
from importers.csv_terms import build_lookup, normalise

ACTOR = Actor("test import")
# What a new user wrote, in the spreadsheet's own words; the codes each should be stored as.
TOPICS = [("low mood", "low-mood"), ("Exam stress", "exam-stress"),
          ("young-carers", "caring"), ("Eating and body image", "eating"),
          ("EATING_DIFFICULTIES", "eating"), ("substance use", "substance-use")]


def spreadsheet_row(number: int, topics: str = "") -> dict:
    """Return one row of a provider's spreadsheet, written in names and plain words."""
    return {
        "organisation": "Hertfordshire Youth Network", "service_ref": f"service-{number}",
        "service": f"Service {number}", "summary": "Someone to talk to, free and confidential.",
        "groupings": "Getting help; getting advice",
        "topics": topics or TOPICS[number % len(TOPICS)][0],
        "support_types": "Counselling;online and text chat", "audience": "Parents and carers",
        "minimum_age": "11", "maximum_age": "18", "delivery_modes": "online",
        "website": "https://youth.example.org",
        "service_areas": "Stevenage",
    }


def write_file(path, rows: list[dict]):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def forty_rows(tmp_path, bad_line: int | None = None):
    """Write a 40-row file; the row on ``bad_line`` (if any) has a topic that names nothing."""
    rows = [spreadsheet_row(n) for n in range(40)]
    if bad_line:
        rows[bad_line - 2] = spreadsheet_row(bad_line - 2, "low mood; eating probs")
    return write_file(tmp_path / "services.csv", rows)


def service_count(session) -> int:
    return session.exec(select(func.count()).select_from(Service)).one()


def test_names_and_plain_words_are_stored_as_codes(session, tmp_path):
    report = import_services_csv(session, forty_rows(tmp_path), ACTOR)
    session.commit()
    assert report.errors == [] and report.created == 40
    for number, (_words, code) in enumerate(TOPICS):
        service = session.exec(select(Service).where(Service.service_ref == f"service-{number}"))
        service = service.one()
        assert service.term_codes("topic") == [code]
        assert service.term_codes("support_type") == ["counselling", "online-chat"]
        assert service.grouping_codes == ["getting-advice", "getting-help"]
        assert service.audience == ["parents-carers"]
        assert service.service_areas == ["E07000243"]


def test_an_unknown_topic_is_refused_with_the_nearest_codes(session, tmp_path):
    report = import_services_csv(session, forty_rows(tmp_path, bad_line=7), ACTOR)
    session.commit()
    assert [(e.line, e.column) for e in report.errors] == [(7, "topics")]
    message = str(report.errors[0])
    assert message.startswith("line 7, topics: unknown topic 'eating probs' — did you mean eating")
    assert "eating (Eating and body image)" in message
    assert service_count(session) == 0


def test_every_coded_column_suggests(session, tmp_path):
    row = spreadsheet_row(1) | {"groupings": "getting hepl", "support_types": "councelling",
                                "audience": "parnets", "service_areas": "Stevenag"}
    report = import_services_csv(session, write_file(tmp_path / "s.csv", [row]), ACTOR)
    found = {e.column: e for e in report.errors}
    assert set(found) == {"groupings", "support_types", "audience", "service_areas"}
    assert "getting-help (Getting Help)" in found["groupings"].suggestion
    assert "counselling (Counselling)" in found["support_types"].suggestion
    assert "parents-carers" in found["audience"].suggestion
    assert "E07000243 (Stevenage)" in found["service_areas"].suggestion


def test_keys_fold_case_spaces_hyphens_and_underscores(session):
    assert normalise(" Young_Carers ") == normalise("young - carers") == "young carers"
    topics = build_lookup(session)["topics"]
    assert topics.resolve("SELF_HARM") == "self-harm"  # a crisis topic is a topic like any other
    assert topics.resolve("don't want to be here") == "suicidal-thoughts"


def test_the_command_refuses_the_file_and_writes_nothing(app, runner, tmp_path):
    result = runner.invoke(args=["import-csv", str(forty_rows(tmp_path, bad_line=7))])
    assert result.exit_code == 1
    assert "line 7, topics: unknown topic 'eating probs' — did you mean eating" in result.output
    assert "1 problem(s) in services.csv: nothing was imported" in result.output
    with app.app_context():
        session = db.new_session(app)
        try:
            assert service_count(session) == 0
        finally:
            session.close()
    result = runner.invoke(args=["import-csv", str(forty_rows(tmp_path))])
    assert result.exit_code == 0 and "40 services were added" in result.output
