"""A synthetic national directory for the benchmark: realistic text, topics and places.

Text draws on a Zipf-distributed vocabulary whose most frequent words are English function
words (as in real text), then the directory's own plain words, then a long tail of made-up
words. Places are the UK towns of the seed gazetteer, chosen in proportion to their size.
"""

import csv
import itertools
import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select
from sqlmodel import Session

from directory import paths
from directory.models import (
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceGrouping,
    ServiceTerm,
    TaxonomyTerm,
)
from directory.vocabulary import thrive

from ..engine.analysis import vocabulary

FUNCTION_WORDS = (
    "the and to of a you in for is we our your with can are who or on be it at this have from "
    "that will by an if they their as all not about more you're us what when how so do get there "
    "also other any some one time help people young").split()
SHAPES = ("Young People's {t}", "{town} {t}", "Youth {t} Project", "{t} for Families",
          "{town} Teen {t}", "{t} Service", "{t} Group", "Children's {t}")
SCHEDULES = (
    [(d, "09:00", "17:00") for d in range(5)],
    [(d, "10:00", "16:00") for d in range(5)],
    [(d, "00:00", "24:00") for d in range(7)],
    [(d, "16:00", "20:00") for d in (0, 2, 4)],
    [(5, "10:00", "13:00")],
    [(d, "08:30", "18:00") for d in range(5)] + [(5, "09:00", "12:00")],
    [],
)
# Who services are for, and how many were last confirmed over a year ago (ranked lower).
AUDIENCES = ((["young-people"], 80), (["young-people", "parents-carers"], 8),
             (["parents-carers"], 10), (["professionals"], 2))
STALE_SHARE = 0.1
BATCH = 5000


class Generator:
    """Makes services as table records, deterministically from a seed."""

    def __init__(self, session: Session, seed: int = 1, vocabulary_size: int = 20_000):
        self.random = random.Random(seed)
        self.terms = list(session.execute(select(TaxonomyTerm.id, TaxonomyTerm.kind,
                                                 TaxonomyTerm.name, TaxonomyTerm.parent_id)))
        self.topics = [t for t in self.terms if t.kind == "topic" and t.parent_id is not None]
        self.support = [t for t in self.terms if t.kind == "support_type"]
        self.words = self._vocabulary(vocabulary_size)
        ranks = range(1, len(self.words) + 1)
        self.cumulative = list(itertools.accumulate(1 / rank for rank in ranks))
        with (paths.SEED / "geo" / "places.csv").open(encoding="utf-8") as file:
            self.places = [p for p in csv.DictReader(file) if p["la_code"]]
        self.place_weights = list(itertools.accumulate(int(p["weight"]) + 1 for p in self.places))

    def _vocabulary(self, size: int) -> list[str]:
        plain = sorted(vocabulary().words | {w.lower() for t in self.terms for w in t.name.split()})
        self.random.shuffle(plain)
        words = list(dict.fromkeys(FUNCTION_WORDS + plain))
        syllables = ("ba ce di fo gu la me ni po ru sa te vi wo ty tra ple con ment ing er ly ness "
                     "ous ive ate ion al").split()
        while len(words) < size:
            word = "".join(self.random.choice(syllables) for _ in range(self.random.randint(2, 4)))
            if word not in words:
                words.append(word)
        return words

    def text(self, count: int) -> str:
        """Return count words drawn from the Zipf distribution."""
        return " ".join(self.random.choices(self.words, cum_weights=self.cumulative, k=count))

    def records(self, first_id: int, count: int) -> dict[str, list[dict]]:
        """Return table records for services first_id … first_id + count - 1."""
        out: dict[str, list[dict]] = {k: [] for k in ("organisation", "service", "location",
                                                       "service_at_location", "service_grouping",
                                                       "service_term", "schedule")}
        now = datetime.now(UTC)
        for sid in range(first_id, first_id + count):
            self._service(sid, now, out)
        return out

    def _service(self, sid: int, now: datetime, out: dict) -> None:
        r = self.random
        place = r.choices(self.places, cum_weights=self.place_weights)[0]
        topics = r.sample(self.topics, r.randint(1, 4)) + r.sample(self.support, r.randint(1, 2))
        low = r.choice((0, 0, 4, 5, 8, 11, 11, 13, 16, 18))
        kind = r.choices(("address", "area", "national"), weights=(91, 8.7, 0.3))[0]
        name = r.choice(SHAPES).format(t=topics[-1].name, town=place["name"])
        out["organisation"].append({
            "id": sid, "name": f"{place['name']} organisation {sid}", "description": "",
            "website": "", "email": "", "phone": "", "charity_number": "", "trusted": False,
            "created_at": now})
        out["service"].append(_service_record(sid, now, {
            "name": name[:200], "summary": self.text(r.randint(12, 24))[:200],
            "description": self.text(r.randint(40, 120)), "minimum_age": low,
            "maximum_age": r.randint(low, 25), "self_referral": r.random() < 0.5,
            "delivery_modes": r.sample(("in-person", "online", "phone", "text"), r.randint(1, 3)),
            "cost": r.choice(("free", "free", "free", "paid", "some-free")),
            "national": kind == "national",
            "service_areas": [place["la_code"]] if kind == "area" else [],
            "status": "active" if r.random() < 0.97 else "temporarily-closed",
            "audience": r.choices([a for a, _ in AUDIENCES], weights=[w for _, w in AUDIENCES])[0],
            "assured_date": date.today() - timedelta(days=r.randint(400, 700)
                                                     if r.random() < STALE_SHARE else 0)}))
        for code in r.sample(thrive.CODES, r.randint(1, 2)):
            out["service_grouping"].append({"service_id": sid, "grouping_code": code})
        for term in topics:
            out["service_term"].append({"service_id": sid, "term_id": term.id})
        for day, opens, closes in r.choice(SCHEDULES):
            out["schedule"].append({"service_id": sid, "location_id": None, "weekday": day,
                                    "opens_at": opens, "closes_at": closes, "notes": ""})
        if kind == "address":
            for n in range(r.choice((1, 1, 1, 1, 1, 1, 1, 1, 2, 3))):
                spot = place if n == 0 else r.choices(self.places,
                                                      cum_weights=self.place_weights)[0]
                lid = sid * 4 + n
                out["location"].append({
                    "id": lid, "name": "", "address": "", "town": spot["name"], "postcode": "",
                    "latitude": float(spot["latitude"]) + r.uniform(-0.03, 0.03),
                    "longitude": float(spot["longitude"]) + r.uniform(-0.05, 0.05),
                    "la_code": spot["la_code"], "hide_address": False})
                out["service_at_location"].append(
                    {"id": lid, "service_id": sid, "location_id": lid})


def _service_record(sid: int, now: datetime, values: dict) -> dict:
    record = {
        "id": sid, "organisation_id": sid, "service_ref": f"s{sid}",
        "url": f"https://example.org/s{sid}", "email": "",
        "phone": "", "text_number": "", "self_referral_min_age": None, "referral_routes": [],
        "parental_involvement": "", "confidentiality": "", "cost_details": "", "languages": ["en"],
        "accessibility": "", "availability": "accepting", "wait_weeks": None,
        "availability_stated": date.today(), "availability_expires": None,
        "assured_date": date.today(), "assured_by": "bench", "created_at": now,
        "last_modified": now, "version": 1,
    }
    record.update(values)
    return record


TABLES = {"organisation": Organisation, "service": Service, "location": Location,
          "service_at_location": ServiceAtLocation, "service_grouping": ServiceGrouping,
          "service_term": ServiceTerm, "schedule": Schedule}


def populate(session: Session, count: int, seed: int = 1) -> int:
    """Insert count synthetic services in bulk (the caller commits); return the count."""
    generator = Generator(session, seed)
    for first in range(1, count + 1, BATCH):
        records = generator.records(first, min(BATCH, count + 1 - first))
        for table, rows in records.items():
            if rows:
                session.execute(insert(TABLES[table].__table__), rows)
    return count
