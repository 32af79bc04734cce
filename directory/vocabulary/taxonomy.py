"""Topics and support types: load the taxonomy and answer which codes exist."""

import csv
from pathlib import Path

from sqlmodel import Session, select

from ..models import TaxonomyTerm


def load_taxonomy(session: Session, path: Path) -> int:
    """Insert or update the terms in a taxonomy CSV (kind,code,name,parent,description)."""
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    existing = {t.code: t for t in session.exec(select(TaxonomyTerm))}
    for row in rows:
        term = existing.get(row["code"]) or TaxonomyTerm(
            kind=row["kind"], code=row["code"], name=""
        )
        term.kind, term.name = row["kind"], row["name"]
        term.description = row.get("description") or ""
        existing[term.code] = term
        session.add(term)
    session.flush()
    for row in rows:
        parent = existing.get(row.get("parent") or "")
        existing[row["code"]].parent_id = parent.id if parent else None
    session.flush()
    return len(rows)


def known_codes(session: Session) -> dict[str, set[str]]:
    """Return {"topics": {...}, "support_types": {...}}: the validation context for listings."""
    codes: dict[str, set[str]] = {"topics": set(), "support_types": set()}
    for kind, code in session.exec(select(TaxonomyTerm.kind, TaxonomyTerm.code)):
        codes["topics" if kind == "topic" else "support_types"].add(code)
    return codes
