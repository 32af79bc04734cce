"""The CSV importer: every problem reported, nothing written on error, re-import updates."""

from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from directory.listings import Actor
from directory.models import AuditEvent, Location, Organisation, Service
from importers.csv_services import import_services_csv

FIXTURES = Path(__file__).parent / "fixtures"
ACTOR = Actor("test import")


def count(session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def test_good_file_imports_every_service(session):
    report = import_services_csv(session, FIXTURES / "services_good.csv", ACTOR)
    session.commit()
    assert report.errors == []
    assert (report.rows, report.services, report.created, report.updated) == (4, 3, 3, 0)
    talk = session.exec(select(Service).where(Service.service_ref == "talk-space")).one()
    assert sorted(loc.town for loc in talk.locations) == ["Hitchin", "Stevenage"]
    assert {loc.postcode for loc in talk.locations} == {"SG1 1AA", "SG5 1AB"}
    assert all(loc.la_code and loc.latitude for loc in talk.locations)
    assert talk.grouping_codes == ["getting-advice", "getting-help"]
    assert talk.term_codes("topic") and talk.wait_weeks == 4
    assert [(s.weekday, s.opens_at, s.closes_at) for s in talk.schedules][0] == (
        0,
        "15:00",
        "19:00",
    )
    area = session.exec(select(Service).where(Service.service_ref == "parent-line")).one()
    assert area.locations == [] and area.service_areas == ["E07000243", "E07000099"]
    childline = session.exec(select(Service).where(Service.service_ref == "childline")).one()
    assert childline.national and len(childline.schedules) == 7
    assert count(session, AuditEvent) == 3


def test_reimporting_updates_rather_than_duplicates(session):
    import_services_csv(session, FIXTURES / "services_good.csv", ACTOR)
    session.commit()
    report = import_services_csv(session, FIXTURES / "services_good.csv", ACTOR)
    session.commit()
    assert (report.created, report.updated) == (0, 3)
    assert count(session, Service) == 3
    assert count(session, Organisation) == 3
    assert count(session, Location) == 2  # replaced locations are not left behind


def test_bad_file_reports_every_problem_and_writes_nothing(session):
    report = import_services_csv(session, FIXTURES / "services_bad.csv", ACTOR)
    session.commit()
    found = {(e.line, e.column) for e in report.errors}
    expected = {
        (2, "groupings"),
        (3, "email"),
        (3, "phone"),
        (4, "minimum_age"),
        (4, "website"),
        (5, "postcode"),
        (6, "opening_hours"),
        (6, "self_referral"),
        (7, "delivery_modes"),
        (7, "cost"),
    }
    assert expected <= found, report.errors
    reasons = " ".join(e.reason for e in report.errors)
    assert "feeling-great" in reasons and "ZZ9 9ZZ" in reasons
    assert count(session, Service) == 0
    assert count(session, Organisation) == 0


def test_minimum_above_maximum_and_wait_without_waiting_list(session, tmp_path):
    text = (FIXTURES / "services_good.csv").read_text().splitlines()
    header, first = text[0], text[4]
    bad = first.replace(",0,18,", ",15,12,", 1)
    (tmp_path / "f.csv").write_text(header + "\n" + bad + "\n")
    report = import_services_csv(session, tmp_path / "f.csv", ACTOR)
    assert [(e.line, e.reason) for e in report.errors] == [
        (2, "the minimum age is above the maximum age")
    ]


def test_unknown_and_missing_columns_are_reported(session, tmp_path):
    (tmp_path / "f.csv").write_text("organisation,service,favourite_colour\nA,B,blue\n")
    report = import_services_csv(session, tmp_path / "f.csv", ACTOR)
    problems = {(e.line, e.column, e.reason) for e in report.errors}
    assert (1, "favourite_colour", "unknown column") in problems
    assert (1, "service_ref", "missing column") in problems
    assert count(session, Service) == 0


def test_rows_of_one_service_must_agree(session, tmp_path):
    lines = (FIXTURES / "services_good.csv").read_text().splitlines()
    changed = lines[2].replace("Talk Space", "Talk Space Two", 1)
    (tmp_path / "f.csv").write_text("\n".join([lines[0], lines[1], changed]) + "\n")
    report = import_services_csv(session, tmp_path / "f.csv", ACTOR)
    assert [(e.line, e.column) for e in report.errors] == [(3, "service")]


def test_dry_run_checks_but_writes_nothing(session):
    report = import_services_csv(session, FIXTURES / "services_good.csv", ACTOR, dry_run=True)
    session.commit()
    assert report.ok and report.created == 3
    assert count(session, Service) == 0


def test_cli_reports_problems_and_exit_code(runner, app):
    result = runner.invoke(args=["import-csv", str(FIXTURES / "services_bad.csv")])
    assert result.exit_code == 1
    assert "line 5, postcode" in result.output
    assert "nothing was imported" in result.output
    result = runner.invoke(args=["import-csv", "--dry-run", str(FIXTURES / "services_good.csv")])
    assert result.exit_code == 0 and "dry run" in result.output
    result = runner.invoke(args=["import-csv", str(FIXTURES / "services_good.csv")])
    assert result.exit_code == 0 and "3 services were added" in result.output
