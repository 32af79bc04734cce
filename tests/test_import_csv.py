"""The CSV importer: every problem reported, nothing written on error, re-import updates."""

import csv
import io
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from directory import db
from directory.geo import lookup_postcode
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


def fixture_rows() -> list[dict]:
    """Return the good fixture's rows as dicts, to change and write back out."""
    with (FIXTURES / "services_good.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict], encoding: str = "utf-8", header=None) -> Path:
    """Write rows under ``header`` (the fixture's columns by default) in ``encoding``."""
    header = header or list(rows[0])
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([row[name] for name in header] for row in rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def run_cli(runner, path: Path):
    """Run ``directory import-csv`` and check it failed cleanly: exit 1, no traceback."""
    result = runner.invoke(args=["import-csv", str(path)])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output and "nothing was imported" in result.output
    return result.output


def services_in(app) -> int:
    with db.session_scope(app) as session:
        return count(session, Service)


def test_a_file_that_is_not_utf8_is_reported_by_line(app, session, runner, tmp_path):
    rows = fixture_rows()
    rows[1]["summary"] = "Free drop-in counselling at the Café in Stevenage for 11 to 18s."
    path = write_csv(tmp_path / "latin1.csv", rows, encoding="latin-1")
    report = import_services_csv(session, path, ACTOR)
    assert [(e.line, e.column) for e in report.errors] == [(3, "")]
    assert str(report.errors[0]) == (
        "line 3: the file is not UTF-8 — save it as UTF-8 (in Excel: Save As → CSV UTF-8)")
    assert count(session, Service) == 0
    assert "line 3: the file is not UTF-8" in run_cli(runner, path)
    assert services_in(app) == 0


def test_a_field_over_the_csv_size_limit_names_its_line_and_column(app, session, runner,
                                                                    tmp_path):
    rows = fixture_rows()
    rows[2]["description"] = "word " * 30_000  # 150,000 characters: over csv's 128 KiB
    path = write_csv(tmp_path / "huge.csv", rows)
    report = import_services_csv(session, path, ACTOR)
    assert [(e.line, e.column) for e in report.errors] == [(4, "description")]
    assert "longer than 128 KiB" in report.errors[0].reason
    assert "quotation mark" in report.errors[0].suggestion
    assert count(session, Service) == 0
    assert "line 4, description: the field is longer than 128 KiB" in run_cli(runner, path)
    assert services_in(app) == 0


def test_a_duplicated_header_is_reported_on_line_one(app, session, runner, tmp_path):
    rows = fixture_rows()
    header = [*rows[0], "summary"]
    path = write_csv(tmp_path / "twice.csv", rows, header=header)
    report = import_services_csv(session, path, ACTOR)
    assert [(e.line, e.column) for e in report.errors] == [(1, "summary")]
    assert "2 times" in report.errors[0].reason
    assert count(session, Service) == 0
    assert "line 1, summary: the header names this column 2 times" in run_cli(runner, path)
    assert services_in(app) == 0


def test_a_byte_order_mark_is_accepted_from_a_file_or_a_stream(session, tmp_path):
    rows = fixture_rows()
    path = write_csv(tmp_path / "bom.csv", rows, encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert import_services_csv(session, path, ACTOR, dry_run=True).ok
    stream = io.StringIO(path.read_bytes().decode("utf-8"), newline="")  # BOM kept as U+FEFF
    report = import_services_csv(session, stream, ACTOR, dry_run=True)
    assert report.ok, report.errors
    assert report.created == 3


def test_control_characters_in_cells_are_reported_on_their_column(session, tmp_path):
    rows = fixture_rows()
    rows[2]["service"] = "Parent Line\nBcc: someone@example.org"  # a quoted, two-line cell
    rows[3]["summary"] = "Free, confidential help for anyone under 19\x00, any time."
    rows[3]["organisation_website"] = "https://www.childline.org.uk/\u202e"
    path = write_csv(tmp_path / "controls.csv", rows)
    report = import_services_csv(session, path, ACTOR)
    assert {(e.line, e.column, e.reason) for e in report.errors} == {
        (4, "service", "must be on one line"),
        (6, "organisation_website", "contains a character that isn't allowed"),
        (6, "summary", "contains a character that isn't allowed"),
    }
    assert count(session, Service) == 0


def test_a_known_postcode_wins_over_the_latitude_and_longitude_columns(session, tmp_path):
    rows = fixture_rows()
    rows[0].update(latitude="52.2", longitude="-1.5")  # nowhere near SG1 1AA
    path = write_csv(tmp_path / "points.csv", rows)
    report = import_services_csv(session, path, ACTOR)
    session.commit()
    assert report.ok, report.errors
    known = lookup_postcode(session, "SG1 1AA")
    stevenage = session.exec(select(Location).where(Location.postcode == "SG1 1AA")).one()
    assert (stevenage.latitude, stevenage.longitude) == (known.latitude, known.longitude)
