"""Build the gazetteer extracts in seed/geo/ and tests/fixtures/codepo_small.zip from open data.

A developer runs this once, whenever the source data is refreshed, and commits what it writes:
the application and its tests read only the extracts, never the source folder. It needs the
source files (see /work/shared/data/README.md) and openpyxl, for Doc/Codelist.xlsx:

    .venv/bin/pip install openpyxl
    .venv/bin/python scripts/build_geo_extracts.py [--source /work/shared/data/geo]

Writes seed/geo/postcodes_hertfordshire.csv.gz (every Hertfordshire postcode with a position),
outcodes.csv (every GB outcode: the mean of its postcodes and their most common district),
sectors.csv (every GB postcode sector, such as "M1 1", worked out the same way),
places.csv (GeoNames towns with their district and a size weight), local_authorities.csv,
LICENCE.md, and the tiny Code-Point-shaped zip the tests import.
"""

import argparse
import csv
import gzip
import io
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

import openpyxl
from pyproj import Transformer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from directory.geo.loading import (  # noqa: E402
    HEADERS_FILE,
    codepoint_files,
    outcode_tally,
    postcode_records,
    read_codepoint_file,
    sector_tally,
)

HERTFORDSHIRE = "E10000015"
CELL = 2000  # metres: the weight counts postcodes within one cell's width of a place
NEAREST_LIMIT = 5  # cells: a place further than 10 km from any postcode gets no district
CODELIST_SHEETS = ("DIS", "LBO", "MTD", "UTA")  # districts, London boroughs, metropolitan, unitary
FIXTURE_ROWS = {"Data/CSV/m.csv": 6, "Data/CSV/eh.csv": 6}
FIXTURE_DATE = (2025, 5, 2, 0, 0, 0)
LICENCE = """\
# Gazetteer data: sources, licences and attribution

Built from the source data by `scripts/build_geo_extracts.py`; show these attributions wherever
the data is used (the project's README and about page).

## Ordnance Survey, Royal Mail and the Office for National Statistics

`postcodes_hertfordshire.csv.gz`, `outcodes.csv`, `sectors.csv`, `local_authorities.csv`, and the
district codes and weights in `places.csv`, are derived from OS Code-Point Open (May 2025, dataset
2025.2.0) and the ONS local authority district centroids (May 2021), under the
[Open Government Licence v3](https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/):

    Contains OS data © Crown copyright and database right 2025.
    Contains Royal Mail data © Royal Mail copyright and database right 2025.
    Contains National Statistics data © Crown copyright and database right 2025.
    Contains National Statistics data © Crown copyright and database right 2021.

## GeoNames

The place names and points in `places.csv` come from GeoNames, under
[Creative Commons Attribution 4.0](https://creativecommons.org/licenses/by/4.0/):

    Place data from GeoNames (geonames.org)
"""


def main() -> None:
    """Build every extract from the source folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("/work/shared/data/geo"))
    parser.add_argument("--seed", type=Path, default=ROOT / "seed" / "geo")
    parser.add_argument("--fixture", type=Path, default=ROOT / "tests/fixtures/codepo_small.zip")
    args = parser.parse_args()
    args.seed.mkdir(parents=True, exist_ok=True)
    zip_path = args.source / "codepo_gb.zip"

    gb = read_great_britain(zip_path)
    write_csv(args.seed / "postcodes_hertfordshire.csv.gz", gb.hertfordshire)
    write_csv(args.seed / "outcodes.csv", gb.outcodes.records())
    write_csv(args.seed / "sectors.csv", gb.sectors.records())
    names = district_names(zip_path, args.source / "ons_lad_centroids_may2021.psv")
    write_csv(args.seed / "local_authorities.csv", gb.local_authorities(names))
    write_csv(args.seed / "places.csv", gb.places(args.source / "geonames_gb_places.csv"))
    (args.seed / "LICENCE.md").write_text(LICENCE, encoding="utf-8")
    build_fixture_zip(zip_path, args.fixture)
    print(f"Wrote {len(gb.hertfordshire)} Hertfordshire postcodes to {args.seed}")


class GreatBritain:
    """Every positioned GB postcode, gathered into what the extracts need."""

    def __init__(self) -> None:
        self.hertfordshire: list[dict] = []
        self.outcodes = outcode_tally()
        self.sectors = sector_tally()
        self.districts: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        self.grid: dict[tuple[int, int], list[tuple[int, int, str | None]]] = defaultdict(list)

    def add(self, rows: list, records: list[dict]) -> None:
        """Count one Code-Point file's rows and their converted records."""
        self.outcodes.add(records)
        self.sectors.add(records)
        for row, record in zip(rows, records, strict=True):
            if row.county_code == HERTFORDSHIRE:
                self.hertfordshire.append(_without(record, "outcode"))
            if row.district_code:
                sums = self.districts[row.district_code]
                sums[0] += record["latitude"]
                sums[1] += record["longitude"]
                sums[2] += 1
            cell = (row.easting // CELL, row.northing // CELL)
            self.grid[cell].append((row.easting, row.northing, row.district_code))

    def local_authorities(self, names: dict[str, tuple[str, float | None, float | None]]):
        """Return a record per district: ONS centroid where known, else its postcodes' mean."""
        records = []
        for code in sorted(self.districts):
            name, lat, lon = names[code]
            if lat is None:
                lat_sum, lon_sum, n = self.districts[code]
                lat, lon = round(lat_sum / n, 5), round(lon_sum / n, 5)
            records.append({"code": code, "name": name, "latitude": lat, "longitude": lon})
        return records

    def places(self, geonames: Path) -> list[dict]:
        """Return the GeoNames places with the nearest postcode's district and a size weight."""
        with geonames.open(encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
        to_osgb = Transformer.from_crs(4326, 27700, always_xy=True)
        eastings, northings = to_osgb.transform(
            [float(r["lon"]) for r in rows], [float(r["lat"]) for r in rows]
        )
        records = []
        for row, easting, northing in zip(rows, eastings, northings, strict=True):
            in_gb = row["country"] != "Northern Ireland"  # Code-Point Open covers GB only
            records.append(
                {
                    "name": row["name"],
                    "county": row["county"],
                    "country": row["country"],
                    "latitude": round(float(row["lat"]), 5),
                    "longitude": round(float(row["lon"]), 5),
                    "la_code": self.nearest_district(easting, northing) if in_gb else None,
                    "weight": self.postcodes_within(easting, northing, CELL) if in_gb else 0,
                }
            )
        return sorted(records, key=lambda r: (r["name"], r["county"]))

    def postcodes_within(self, easting: float, northing: float, metres: int) -> int:
        """Count the postcodes within metres (at most one cell) of a point."""
        limit = metres * metres
        return sum(
            (e - easting) ** 2 + (n - northing) ** 2 <= limit
            for e, n, _ in self._ring(easting, northing, 0, 1)
        )

    def nearest_district(self, easting: float, northing: float) -> str | None:
        """Return the district of the nearest postcode that has one, searching outwards."""
        best, best_distance = None, float("inf")
        for radius in range(NEAREST_LIMIT + 1):
            for e, n, district in self._ring(easting, northing, radius, radius):
                distance = (e - easting) ** 2 + (n - northing) ** 2
                if district and distance < best_distance:
                    best, best_distance = district, distance
            # Anything in a further ring is at least radius cells away.
            if best is not None and best_distance <= (radius * CELL) ** 2:
                return best
        return best

    def _ring(self, easting: float, northing: float, inner: int, outer: int):
        """Yield the postcodes in the cells between inner and outer cells from the point's cell."""
        x, y = int(easting // CELL), int(northing // CELL)
        for dx in range(-outer, outer + 1):
            for dy in range(-outer, outer + 1):
                if max(abs(dx), abs(dy)) >= inner:
                    yield from self.grid.get((x + dx, y + dy), ())


def read_great_britain(zip_path: Path) -> GreatBritain:
    """Read and convert every positioned postcode in the Code-Point Open zip."""
    gb = GreatBritain()
    with zipfile.ZipFile(zip_path) as archive:
        for name in codepoint_files(archive):
            rows = list(read_codepoint_file(archive, name))
            gb.add(rows, postcode_records(rows))
    gb.hertfordshire.sort(key=lambda r: r["postcode"])
    return gb


def district_names(
    zip_path: Path, ons_path: Path
) -> dict[str, tuple[str, float | None, float | None]]:
    """Return code → (name, ONS latitude, ONS longitude), naming codes ONS lacks from Codelist."""
    with zipfile.ZipFile(zip_path) as archive:
        workbook = openpyxl.load_workbook(
            io.BytesIO(archive.read("Doc/Codelist.xlsx")), read_only=True
        )
    names: dict[str, tuple[str, float | None, float | None]] = {}
    for sheet in CODELIST_SHEETS:
        for name, code in workbook[sheet].iter_rows(values_only=True):
            names[code] = (_plain_codelist_name(name), None, None)
    workbook.close()
    with ons_path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file, delimiter="|"):
            lat, lon = round(float(row["lat"]), 5), round(float(row["lon"]), 5)
            names[row["code"]] = (_plain_ons_name(row["name"]), lat, lon)
    return names


def _plain_codelist_name(name: str) -> str:
    """Drop the Codelist's suffixes: "Cambridge District (B)" → "Cambridge"."""
    name = re.sub(r"\s*\(B\)$", "", name.strip())
    return re.sub(r" (District|London Boro)$", "", name)


def _plain_ons_name(name: str) -> str:
    """Turn ONS's sorting form into everyday order: "Bristol, City of" → "City of Bristol"."""
    return re.sub(r"^(.+), (City of|County of)$", r"\2 \1", name.strip())


def _without(record: dict, key: str) -> dict:
    return {k: v for k, v in record.items() if k != key}


def write_csv(path: Path, records: list[dict]) -> None:
    """Write records as CSV with a header; gzip (with a fixed timestamp) when the name ends .gz."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: "" if v is None else v for k, v in r.items()} for r in records)
    data = buffer.getvalue().encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)


def build_fixture_zip(zip_path: Path, target: Path) -> None:
    """Write a tiny Code-Point-shaped zip of real rows (M1 1AD, EH1 1AD and neighbours)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as source, zipfile.ZipFile(target, "w") as fixture:
        members = [HEADERS_FILE, *FIXTURE_ROWS]
        for name in members:
            lines = source.read(name).splitlines(keepends=True)
            data = b"".join(lines[: FIXTURE_ROWS.get(name, len(lines))])
            info = zipfile.ZipInfo(name, date_time=FIXTURE_DATE)
            fixture.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main()
