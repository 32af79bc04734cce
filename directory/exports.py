"""Exports of every published listing: Open Referral UK JSON, and our own CSV format.

Both read back in: ``directory import-oruk`` takes the JSON (a list of fully nested services)
and ``directory import-csv`` the CSV (the columns importers/csv_services.py reads, one row per
service and place), so an export imported into an empty directory exports the same again.
"""

import csv
import json
from collections.abc import Iterator
from typing import IO

from sqlmodel import Session, select

from importers.csv_services import COLUMNS

from . import listings
from .listings.fields import CSV_RENAMES, LOCATION_COLUMNS
from .models import LISTED, Service
from .oruk.queries import load_services, location_links
from .oruk.service_docs import service_doc
from .oruk.vocabulary import Vocabulary

BATCH = 500
# CSV column → key of listings.snapshot, where the names differ (from ServiceInput's fields).
SNAPSHOT_KEYS = {column: name for name, column in CSV_RENAMES.items()}


def published(session: Session) -> Iterator[list[Service]]:
    """Yield the published services in batches, by name, loaded for documents."""
    ids = list(session.exec(select(Service.id).where(Service.status.in_(LISTED))
                            .order_by(Service.name, Service.id)))
    for start in range(0, len(ids), BATCH):
        yield load_services(session, ids[start:start + BATCH])


def export_oruk(session: Session, stream: IO[str]) -> int:
    """Write every published service, fully nested, as one JSON list; return how many."""
    vocabulary, count = Vocabulary(session), 0
    stream.write("[")
    for batch in published(session):
        links = location_links(session, batch)
        for service in batch:
            stream.write(",\n" if count else "\n")
            stream.write(json.dumps(service_doc(service, vocabulary, links), ensure_ascii=False,
                                    sort_keys=True))
            count += 1
    stream.write("\n]\n")
    return count


def export_csv(session: Session, stream: IO[str]) -> int:
    """Write every published service in the import CSV format; return how many services."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for batch in published(session):
        for service in batch:
            for row in csv_rows(listings.snapshot(service)):
                writer.writerow(row)
            count += 1
    return count


def csv_rows(snapshot: dict) -> list[list[str]]:
    """Return a listing's CSV rows: one per place (the same service repeated), or one."""
    places = snapshot["locations"] or [None]
    rows = []
    for place in places:
        values = {column: snapshot.get(SNAPSHOT_KEYS.get(column, column)) for column in COLUMNS}
        for column, key in LOCATION_COLUMNS.items():
            values[column] = place.get(key) if place else None
        rows.append([_cell(values[column]) for column in COLUMNS])
    return rows


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(map(str, value))
    return repr(value) if isinstance(value, float) else str(value)
