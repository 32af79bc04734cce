"""Load the gazetteer tables from the committed seed extracts or the full Code-Point Open zip."""

import csv
import gzip
import io
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

from pyproj import Transformer
from sqlalchemy import delete, func, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel, select

from directory.models.gazetteer import LocalAuthority, Outcode, Place, Postcode, PostcodeSector

from .gazetteer import fold_place_name
from .postcodes import normalise_postcode

Progress = Callable[[int, int], None]
CHUNK = 10_000
DATA_FOLDER = "Data/CSV/"
HEADERS_FILE = "Doc/Code-Point_Open_Column_Headers.csv"
COLUMNS = 10
NO_POSITION = 90  # positional quality 90: the postcode has no coordinates (0, 0)
_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}
SEED_FILES = {
    "local_authorities": "local_authorities.csv",
    "outcodes": "outcodes.csv",
    "sectors": "sectors.csv",
    "postcodes": "postcodes_hertfordshire.csv.gz",
    "places": "places.csv",
}


class CodePointRow(NamedTuple):
    """The parts of a Code-Point Open row the directory uses."""

    postcode: str
    easting: int
    northing: int
    county_code: str | None
    district_code: str | None


@cache
def _osgb_to_wgs84() -> Transformer:
    return Transformer.from_crs(27700, 4326, always_xy=True)


def to_wgs84(eastings: list[float], northings: list[float]) -> list[tuple[float, float]]:
    """Convert OSGB36 eastings and northings to WGS84 (latitude, longitude), rounded to 5 dp."""
    lons, lats = _osgb_to_wgs84().transform(eastings, northings)
    return [(round(lat, 5), round(lon, 5)) for lat, lon in zip(lats, lons, strict=True)]


def codepoint_files(archive: zipfile.ZipFile) -> list[str]:
    """Return the data files of a Code-Point Open zip, or raise ValueError when it has none."""
    names = sorted(n for n in archive.namelist() if _is_data_file(n))
    if not names:
        raise ValueError(f"{archive.filename}: no {DATA_FOLDER}*.csv files; is it Code-Point Open?")
    return names


def _is_data_file(name: str) -> bool:
    return name.startswith(DATA_FOLDER) and name.lower().endswith(".csv")


def read_codepoint_file(archive: zipfile.ZipFile, name: str) -> Iterator[CodePointRow]:
    """Stream the positioned rows of one data file; a malformed row raises ValueError."""
    with archive.open(name) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        for line, fields in enumerate(csv.reader(text), start=1):
            try:
                row = _parse_codepoint(fields)
            except ValueError as error:
                raise ValueError(f"{archive.filename}: {name} line {line}: {error}") from None
            if row is not None:
                yield row


def _parse_codepoint(fields: list[str]) -> CodePointRow | None:
    if len(fields) != COLUMNS:
        raise ValueError(f"expected {COLUMNS} columns, found {len(fields)}")
    postcode = normalise_postcode(fields[0])
    if postcode is None:
        raise ValueError(f"{fields[0]!r} is not a postcode")
    try:
        quality, easting, northing = int(fields[1]), int(fields[2]), int(fields[3])
    except ValueError:
        raise ValueError("quality, eastings and northings must be whole numbers") from None
    if quality == NO_POSITION:
        return None
    return CodePointRow(postcode, easting, northing, fields[7] or None, fields[8] or None)


def load_codepoint_headers(zip_path: Path) -> list[str]:
    """Return the long column names listed in the zip's Doc/Code-Point_Open_Column_Headers.csv."""
    with zipfile.ZipFile(zip_path) as archive, archive.open(HEADERS_FILE) as raw:
        rows = list(csv.reader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")))
    return rows[-1]


def postcode_records(rows: list[CodePointRow]) -> list[dict]:
    """Turn Code-Point rows into postcode table records, converting the points in one batch."""
    points = to_wgs84([r.easting for r in rows], [r.northing for r in rows])
    return [
        {
            "postcode": row.postcode,
            "outcode": row.postcode.split(" ")[0],
            "latitude": lat,
            "longitude": lon,
            "la_code": row.district_code,
        }
        for row, (lat, lon) in zip(rows, points, strict=True)
    ]


class AreaTally:
    """Accumulate postcode points into area centroids (outcodes or sectors) and their district."""

    def __init__(self, column: str, area_of: Callable[[str], str]) -> None:
        self.column = column
        self._area_of = area_of
        self._sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        self._districts: dict[str, Counter] = defaultdict(Counter)

    def add(self, records: Iterable[dict]) -> None:
        """Count postcode records (dicts with postcode, latitude, longitude, la_code)."""
        for record in records:
            area = self._area_of(record["postcode"])
            sums = self._sums[area]
            sums[0] += record["latitude"]
            sums[1] += record["longitude"]
            sums[2] += 1
            if record["la_code"]:
                self._districts[area][record["la_code"]] += 1

    def records(self) -> list[dict]:
        """Return one record per area seen, in area order."""
        return [
            {
                self.column: area,
                "latitude": round(lat / n, 5),
                "longitude": round(lon / n, 5),
                "la_code": _most_common(self._districts[area]),
            }
            for area, (lat, lon, n) in sorted(self._sums.items())
        ]


def outcode_tally() -> AreaTally:
    """Return a tally of canonical postcodes by outcode ("M1")."""
    return AreaTally("outcode", lambda postcode: postcode.split(" ")[0])


def sector_tally() -> AreaTally:
    """Return a tally of canonical postcodes by postcode sector ("M1 1")."""
    return AreaTally("sector", lambda postcode: postcode[:-2])


def _most_common(counts: Counter) -> str | None:
    # Ties go to the smallest code so builds are reproducible.
    return min(counts, key=lambda code: (-counts[code], code)) if counts else None


def upsert(session: Session, model: type[SQLModel], records: list[dict]) -> None:
    """Insert records, replacing rows with the same primary key, in large batches.

    Measured on the full Code-Point import, ON CONFLICT DO UPDATE beats delete-then-insert
    by about a tenth on SQLite; both SQLite and PostgreSQL spell it the same way.
    """
    dialect = session.get_bind().dialect.name
    if dialect not in _INSERTS:
        raise NotImplementedError(f"the gazetteer supports SQLite and PostgreSQL, not {dialect}")
    table = model.__table__
    statement = _INSERTS[dialect](table)
    changes = {c.name: statement.excluded[c.name] for c in table.columns if not c.primary_key}
    keys = [column.name for column in table.primary_key]
    statement = statement.on_conflict_do_update(index_elements=keys, set_=changes)
    for start in range(0, len(records), CHUNK):
        session.exec(statement, params=records[start : start + CHUNK])


def import_codepoint(session: Session, zip_path: Path, progress: Progress | None = None) -> int:
    """Load every postcode in a Code-Point Open zip, replacing those already held; return the count.

    Outcode and sector centroids are recomputed from the file's postcodes. Postcodes without
    coordinates (positional quality 90) are skipped. The caller commits.
    """
    with zipfile.ZipFile(zip_path) as archive:
        names = codepoint_files(archive)
        lines = {name: _count_lines(archive, name) for name in names}  # for progress only
        total = sum(lines.values())
        tallies, done, loaded = (outcode_tally(), sector_tally()), 0, 0
        for name in names:
            rows = list(read_codepoint_file(archive, name))
            records = postcode_records(rows)
            upsert(session, Postcode, records)
            for tally in tallies:
                tally.add(records)
            loaded += len(records)
            done += lines[name]
            if progress is not None:
                progress(done, total)
    upsert(session, Outcode, tallies[0].records())
    upsert(session, PostcodeSector, _with_outcodes(tallies[1].records(), "sector"))
    return loaded


def _count_lines(archive: zipfile.ZipFile, name: str) -> int:
    with archive.open(name) as raw:
        return sum(block.count(b"\n") for block in iter(lambda: raw.read(1 << 20), b""))


def load_seed_gazetteer(session: Session, seed_dir: Path) -> dict[str, int]:
    """Load the seed/geo extracts into the gazetteer tables (again: same result); return counts."""
    seed_dir = _geo_folder(seed_dir)
    counts = {}
    for key, model in (("local_authorities", LocalAuthority), ("outcodes", Outcode)):
        records = _read_seed(seed_dir / SEED_FILES[key], floats=("latitude", "longitude"))
        upsert(session, model, records)
        counts[key] = len(records)
    counts["sectors"] = load_seed_sectors(session, seed_dir)
    postcodes = _read_seed(seed_dir / SEED_FILES["postcodes"], floats=("latitude", "longitude"))
    upsert(session, Postcode, _with_outcodes(postcodes, "postcode"))
    counts["postcodes"] = len(postcodes)
    counts["places"] = _replace_places(session, seed_dir / SEED_FILES["places"])
    return counts


def load_seed_sectors(session: Session, seed_dir: Path) -> int:
    """Load the postcode sectors extract (alone, for a database made before it); return count."""
    seed_dir = _geo_folder(seed_dir)
    sectors = _read_seed(seed_dir / SEED_FILES["sectors"], floats=("latitude", "longitude"))
    upsert(session, PostcodeSector, _with_outcodes(sectors, "sector"))
    return len(sectors)


def _geo_folder(seed_dir: Path) -> Path:
    """Accept the seed/ folder or its geo/ subfolder."""
    return seed_dir / "geo" if (seed_dir / "geo").is_dir() else seed_dir


def _with_outcodes(records: list[dict], column: str) -> list[dict]:
    """Add each record's outcode, the part of its postcode or sector before the space."""
    for record in records:
        record["outcode"] = record[column].split(" ")[0]
    return records


def _replace_places(session: Session, path: Path) -> int:
    """Replace every place: places come only from the seed, so ids follow its row order."""
    places = _read_seed(path, floats=("latitude", "longitude"), ints=("weight",))
    for number, place in enumerate(places, start=1):
        place["id"] = number
        place["name_key"] = fold_place_name(place["name"])
    session.exec(delete(Place))
    for start in range(0, len(places), CHUNK):
        session.exec(insert(Place.__table__), params=places[start : start + CHUNK])
    return len(places)


def _read_seed(path: Path, floats: tuple = (), ints: tuple = ()) -> list[dict]:
    """Read a seed CSV (optionally gzipped); empty la_code becomes None."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as file:
        records = []
        for line, record in enumerate(csv.DictReader(file), start=2):
            try:
                records.append(_convert(record, floats, ints))
            except (TypeError, ValueError) as error:
                raise ValueError(f"{path.name} line {line}: {error}") from None
    return records


def _convert(record: dict, floats: tuple, ints: tuple) -> dict:
    for name in floats:
        record[name] = float(record[name])
    for name in ints:
        record[name] = int(record[name])
    if "la_code" in record:
        record["la_code"] = record["la_code"] or None
    return record


def gazetteer_counts(session: Session) -> dict[str, int]:
    """Return the number of rows in each gazetteer table."""
    models = {"local_authorities": LocalAuthority, "outcodes": Outcode}
    models |= {"sectors": PostcodeSector, "postcodes": Postcode, "places": Place}
    return {
        key: session.exec(select(func.count()).select_from(m)).one() for key, m in models.items()
    }
