"""After searches of every kind and a whole signposting flow, every table is compared with how it
was before: only the anonymous counts changed, and no row holds a postcode, the words typed or
an IP address.
"""

import re
from pathlib import Path
from urllib.parse import urlencode

from insights_support import build_directory
from sqlalchemy import select as sa_select
from sqlmodel import SQLModel

from directory import db

VISITOR = "203.0.113.77"
WORDS = "zebracorn worries Priya can't sleep"
POSTCODES = ("SG1 1AA", "SG11AA", "SG1 1", "1AA", "WD17 1AA", "WD171AA", "SG6 3AA")


def dump(app) -> dict[str, set[str]]:
    """Return every row of every table as text."""
    with db.session_scope(app) as session:
        return {table.name: {repr(tuple(row)) for row in session.execute(sa_select(table))}
                for table in SQLModel.metadata.sorted_tables}


def test_searches_and_signposting_leave_nothing_personal_in_any_table(app):
    ids = build_directory(app)
    before = dump(app)
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = VISITOR
    for url in (
        "/search?" + urlencode({"q": WORDS, "location": "SG1 1AA", "age": 14}),
        "/search?" + urlencode({"q": "Priya is being bullied", "location": "sg11aa"}),
        "/api/v1/search?" + urlencode({"q": WORDS, "location": "WD17 1AA", "age": 17}),
        "/groupings/getting-help?" + urlencode({"location": "SG6 3AA"}),
        "/signpost/options?" + urlencode([("location", "SG1 1AA"), ("age", "15"),
                                          ("topic", "sleep"), ("risk", "no"),
                                          ("notes", WORDS)]),
    ):
        assert client.get(url, headers={"X-Forwarded-For": VISITOR}).status_code == 200, url
    chosen = urlencode([("location", "SG1 1AA"), ("age", "15"), ("topic", "sleep"),
                        ("risk", "no"), ("services", ids["talk"]), ("services", ids["art"])])
    sheet = client.get("/signpost/choose?" + chosen)
    assert sheet.status_code == 303
    assert client.get(sheet.location).status_code == 200

    after = dump(app)
    changed = {name: rows - before[name] for name, rows in after.items() if rows - before[name]}
    gone = {name: before[name] - rows for name, rows in after.items() if before[name] - rows}
    assert set(changed) == {"search_count", "usage_count"}, changed
    assert not gone
    new_rows = "\n".join(row for rows in changed.values() for row in rows)
    for private in (*POSTCODES, VISITOR, "zebracorn", "Priya", "worries", "can't", "bullied"):
        assert private.lower() not in new_rows.lower(), private
    searched = "\n".join(changed["search_count"])
    assert not re.search(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\b", searched)  # not even an outcode
    assert len(changed["search_count"]) >= 10
    everything = "\n".join(row for rows in after.values() for row in rows)
    assert VISITOR not in everything and "zebracorn" not in everything
    instance = Path(app.config["INSTANCE_PATH"])
    for path in (p for p in instance.rglob("*") if p.is_file()):
        content = path.read_bytes()
        assert VISITOR.encode() not in content and b"zebracorn" not in content, path
