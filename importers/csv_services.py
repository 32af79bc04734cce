"""Import services from the directory's CSV format: check every row, write all or nothing."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from pydantic import ValidationError
from sqlmodel import Session

from directory import listings
from directory.listings.fields import (
    CSV_RENAMES,
    FIELDS,
    LOCATION_COLUMNS,
    LocationInput,
    ServiceInput,
    csv_columns,
    kind_of,
)
from directory.vocabulary.taxonomy import known_codes

from .csv_file import FileProblem, RowError, read_text, records
from .csv_terms import Terms, build_lookup, resolve_items

# Every column comes from ServiceInput's declaration (directory/listings/fields.py).
COLUMNS = csv_columns()
FIELD_COLUMNS = CSV_RENAMES  # ServiceInput field -> CSV column, where the names differ
_FIELD_OF = {column: name for name, column in CSV_RENAMES.items()}
REQUIRED = tuple(CSV_RENAMES.get(name, name) for name, info in ServiceInput.model_fields.items()
                 if info.is_required())
LISTS = tuple(CSV_RENAMES.get(n, n) for n in FIELDS if kind_of(n) is list and n != "locations")
YES_NO = (*(n for n in FIELDS if kind_of(n) is bool), "hide_address")
INTEGERS = tuple(n for n in FIELDS if kind_of(n) is int)
DECIMALS = ("latitude", "longitude")
WRONG_LENGTH = "the row has a different number of fields from the header"


@dataclass
class ImportReport:
    rows: int = 0
    services: int = 0
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Pending:
    line: int
    values: dict
    locations: list[LocationInput]
    # Columns already reported on this line: checked no further, so each problem is told once.
    reported: set = field(default_factory=set)


def import_services_csv(
    session: Session, source: Path | str | IO, actor: listings.Actor,
    dry_run: bool = False, progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Check every row; write the services only when all rows are valid and not a dry run."""
    report, inputs = check_services_csv(session, source)
    if report.errors:
        return report
    for done, data in enumerate(inputs, start=1):
        if dry_run:
            created = listings.find_service(session, data.organisation, data.service_ref) is None
        else:
            _, created = listings.upsert_service(session, data, replace(actor, imported=True))
        report.created += created
        report.updated += not created
        if progress:
            progress(done)
    return report


def check_services_csv(session: Session, source) -> tuple[ImportReport, list[ServiceInput]]:
    """Parse and validate a CSV file, returning the report and the valid inputs."""
    report = ImportReport()
    lookup = build_lookup(session)
    try:
        pending = _read_rows(read_text(source), lookup, report)
    except FileProblem as problem:  # nothing after it can be trusted: report and stop
        report.errors += problem.errors
        report.errors.sort(key=lambda e: (e.line, e.column))
        return report, []
    context = known_codes(session)
    inputs = []
    for item in pending.values():
        data = _validate(item, context, report.errors)
        if data is not None and _check_places(session, item.line, data, report.errors):
            inputs.append(data)
    report.errors.sort(key=lambda e: (e.line, e.column))
    report.services = len(inputs)
    return report, inputs


def _read_rows(text: str, lookup: dict[str, Terms], report: ImportReport) -> dict[tuple, _Pending]:
    """Collect the rows by service; raise FileProblem when the file cannot be read on."""
    rows = records(text)
    header_line, header = next(rows, (1, []))
    if errors := _header_errors(header_line, header):
        raise FileProblem(errors)
    pending: dict[tuple, _Pending] = {}
    for line, fields in rows:
        report.rows += 1
        if len(fields) != len(header):
            report.errors.append(RowError(line, "", WRONG_LENGTH))
            continue
        row = dict(zip(header, fields, strict=True))
        _collect_row(line, row, lookup, pending, report.errors)
    return pending


def _header_errors(line: int, header: list[str]) -> list[RowError]:
    errors = [RowError(line, name, "unknown column") for name in header if name not in COLUMNS]
    errors += [RowError(line, name, "missing column") for name in REQUIRED if name not in header]
    errors += [RowError(line, name, f"the header names this column {times} times",
                        "keep one of them, or rename the others")
               for name, times in Counter(header).items() if times > 1]
    return errors


def _collect_row(line: int, row: dict, lookup: dict, pending: dict, errors: list) -> None:
    values, row_errors = _convert(line, row, lookup)
    errors += row_errors
    location_values = {LOCATION_COLUMNS[k]: values.pop(k) for k in list(values)
                       if k in LOCATION_COLUMNS}
    location = _location(line, location_values, errors)
    key = (values.get("organisation"), values.get("service_ref"))
    if key not in pending:
        reported = {e.column for e in row_errors}
        pending[key] = _Pending(line, values, [location] if location else [], reported)
        return
    first = pending[key]
    for column, value in values.items():
        if first.values.get(column) != value:
            errors.append(RowError(line, column, f"differs from line {first.line}, which has the "
                                                 "same organisation and service_ref"))
    if location:
        first.locations.append(location)


def _convert(line: int, row: dict, lookup: dict) -> tuple[dict, list[RowError]]:
    values, errors = {}, []
    for column, raw in row.items():
        text = (raw or "").strip()
        try:
            values[column] = _value(column, text)
            if column in lookup:
                values[column] = resolve_items(lookup[column], values[column])
        except ValueError as error:
            suggestion = getattr(error, "suggestion", "")
            errors.append(RowError(line, column, str(error), suggestion))
            values[column] = None  # reported; left out of the checks that follow
    return values, errors


def _value(column: str, text: str):
    if column in LISTS:
        return [part.strip() for part in text.split(";") if part.strip()]
    if column in YES_NO:
        if text.lower() not in {"yes", "no", ""}:
            raise ValueError(f"'{text}' should be yes or no")
        return text.lower() == "yes"
    if column in INTEGERS:
        if not text:
            return None
        if not text.isdigit():
            raise ValueError(f"'{text}' is not a whole number")
        return int(text)
    if column in DECIMALS:
        try:
            return float(text) if text else None
        except ValueError:
            raise ValueError(f"'{text}' is not a number") from None
    return text


def _location(line: int, values: dict, errors: list[RowError]) -> LocationInput | None:
    if not any(values.get(k) not in (None, "", False) for k in ("address", "postcode", "latitude")):
        return None
    try:
        return LocationInput.model_validate(values)
    except ValidationError as error:
        errors += [RowError(line, _location_column(e["loc"]), _reason(e)) for e in error.errors()]
        return None


def _location_column(loc: tuple) -> str:
    names = {v: k for k, v in LOCATION_COLUMNS.items()}
    return names.get(loc[0], "postcode") if loc else "postcode"


def _validate(item: _Pending, context: dict, errors: list[RowError]) -> ServiceInput | None:
    values = dict(item.values)
    data = {_FIELD_OF.get(column, column): value for column, value in values.items()}
    data["locations"] = item.locations
    data = {k: v for k, v in data.items() if v not in (None, "") and k in ServiceInput.model_fields}
    for column in ("languages", "audience"):  # an empty cell means the default
        if column in data and not data[column]:
            data.pop(column)
    try:
        return ServiceInput.model_validate(data, context=context)
    except ValidationError as error:
        for e in error.errors():
            column = FIELD_COLUMNS.get(e["loc"][0], e["loc"][0]) if e["loc"] else ""
            if column not in item.reported:
                errors.append(RowError(item.line, str(column), _reason(e), code=e["type"]))
        return None


def _check_places(session, line: int, data: ServiceInput, errors) -> bool:
    problems = listings.place_problems(session, data)
    errors += [RowError(line, problem.field, problem.message, code=problem.code)
               for problem in problems]
    return not problems


def _reason(error: dict) -> str:
    message = error["msg"]
    return message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
