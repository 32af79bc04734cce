"""Location without the internet: postcodes, the gazetteer, distances and Code-Point imports."""

import zipfile
from pathlib import Path

import pytest
from geopy.distance import great_circle
from sqlmodel import select

from directory import paths
from directory.geo import (
    LocationNotFound,
    bounding_box,
    find_location,
    fold_place_name,
    import_codepoint,
    load_seed_gazetteer,
    local_authority_name,
    looks_like_postcode,
    lookup_postcode,
    miles_between,
    normalise_outcode,
    normalise_postcode,
    outcode_of,
    postcode_kind,
)
from directory.geo.loading import gazetteer_counts, load_codepoint_headers
from directory.models import Outcode, PostcodeSector

FIXTURE_ZIP = Path(__file__).parent / "fixtures" / "codepo_small.zip"
SEED_GEO = paths.SEED / "geo"
HEADER = b"PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC\r\n"
M1_1AD = (
    b'"M1 1AD",10,383848,398589,"E92000001","E19000001","E18000002","","E08000003","E05011361"\n'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SG1 1AA", "SG1 1AA"),
        ("sg11aa", "SG1 1AA"),
        ("  Sg1   1aA ", "SG1 1AA"),
        ("ec1a1bb", "EC1A 1BB"),
        ("m1 1ad", "M1 1AD"),
        ("W1A\t0AX", "W1A 0AX"),
        ("SG1 1A", None),
        ("SG1", None),
        ("SG1 1AAA", None),
        ("1AA SG1", None),
        ("Stevenage", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_postcode_accepts_any_case_and_spacing(text, expected):
    assert normalise_postcode(text) == expected


def test_outcodes_and_kinds_are_recognised():
    assert normalise_outcode(" sg1 ") == "SG1"
    assert normalise_outcode("ec1a") == "EC1A"
    assert normalise_outcode("SG1 1AA") is None
    assert outcode_of("al11ag") == "AL1"
    with pytest.raises(ValueError):
        outcode_of("AL1")
    assert postcode_kind("sg1 1aa") == "postcode"
    assert postcode_kind("SG1") == "outcode"
    assert postcode_kind("Hatfield") is None
    assert looks_like_postcode("SG1 1A") and looks_like_postcode("AL11 1AGX")
    assert not looks_like_postcode("Hatfield") and not looks_like_postcode("1 High Street")


def test_place_names_fold_case_accents_punctuation_and_saint():
    assert fold_place_name("St. Albans") == fold_place_name("saint albans") == "saint albans"
    assert fold_place_name("King's Lynn") == fold_place_name("KINGS  LYNN")
    assert fold_place_name("Stoke-on-Trent") == "stoke on trent"
    assert fold_place_name("Bô’ness") == "boness"
    assert fold_place_name("Brighton & Hove") == "brighton and hove"


def test_full_postcode_finds_its_exact_point(session):
    point = find_location(session, "al11ag")
    assert point.kind == "postcode"
    assert point.label == "AL1 1AG"
    assert (point.latitude, point.longitude) == pytest.approx((51.74529, -0.32863), abs=1e-5)
    assert (point.la_code, point.la_name) == ("E07000240", "St Albans")


def test_outcode_finds_the_centre_of_its_postcodes(session):
    point = find_location(session, " sg1 ")
    assert (point.kind, point.label) == ("outcode", "SG1")
    assert point.la_name == "Stevenage"
    assert miles_between(point.latitude, point.longitude, 51.9022, -0.2026) < 2


def test_place_name_is_found_whatever_its_spelling(session):
    point = find_location(session, "saint  ALBANS")
    assert (point.kind, point.label) == ("place", "St Albans, Hertfordshire")
    assert point.la_code == "E07000240"
    assert find_location(session, "stevenage").label == "Stevenage, Hertfordshire"


def test_ambiguous_place_prefers_the_larger_and_names_its_county(session):
    hatfield = find_location(session, "Hatfield")
    assert hatfield.label == "Hatfield, Hertfordshire"
    assert hatfield.la_name == "Welwyn Hatfield"
    assert find_location(session, "royston").label == "Royston, Hertfordshire"
    assert find_location(session, "Newport").label == "Newport, Wales"
    # A county after a comma picks the smaller namesake.
    assert find_location(session, "Hatfield, Doncaster").label == "Hatfield, Doncaster"


@pytest.mark.parametrize(
    ("text", "reason", "message"),
    [
        ("SG1 1A", "malformed-postcode", "'SG1 1A' does not look like a full postcode"),
        ("zz11zz", "unknown-postcode", "couldn't find the postcode 'ZZ1 1ZZ' — check it, or try"),
        ("zz9", "unknown-outcode", "We couldn't find the postcode area 'ZZ9'"),
        ("Xyzzyville", "unknown-place", "We couldn't find 'Xyzzyville' — try a postcode or town"),
        ("   ", "empty", "Enter a postcode"),
        (None, "empty", "Enter a postcode"),
    ],
)
def test_unknown_locations_say_what_to_try(session, text, reason, message):
    with pytest.raises(LocationNotFound) as raised:
        find_location(session, text)
    assert message in str(raised.value)
    assert raised.value.reason == reason
    assert isinstance(raised.value, ValueError)


def test_local_authority_name_and_postcode_lookup(session):
    assert local_authority_name(session, "E07000243") == "Stevenage"
    assert local_authority_name(session, "X99999999") is None
    assert local_authority_name(session, None) is None
    assert lookup_postcode(session, "M1 1AD") is None  # outside Hertfordshire until imported
    assert lookup_postcode(session, "al1 1ag").la_code == "E07000240"
    assert lookup_postcode(session, "not a postcode") is None


def test_distances_between_towns_are_sensible(session):
    stevenage, st_albans = find_location(session, "SG1"), find_location(session, "AL1")
    miles = miles_between(
        stevenage.latitude, stevenage.longitude, st_albans.latitude, st_albans.longitude
    )
    assert 12 <= miles <= 14
    assert miles_between(51.5, -0.1, 51.5, -0.1) == 0
    assert miles_between(51.5074, -0.1278, 55.9533, -3.1883) == pytest.approx(332, abs=3)


def test_bounding_box_holds_every_point_within_the_radius():
    box = bounding_box(51.9, -0.2, 5)
    for bearing in range(0, 360, 15):
        inside = great_circle(miles=4.99).destination((51.9, -0.2), bearing)
        assert box.contains(inside.latitude, inside.longitude)
    outside = great_circle(miles=5.2).destination((51.9, -0.2), 0)
    assert not box.contains(outside.latitude, outside.longitude)
    assert box.max_lon - box.min_lon > box.max_lat - box.min_lat  # degrees of longitude shrink
    assert bounding_box(89.99, 0, 5)[2:] == (-180.0, 180.0)
    with pytest.raises(ValueError):
        bounding_box(51.9, -0.2, -1)


def test_load_seed_gazetteer_twice_gives_the_same_counts(session):
    first = load_seed_gazetteer(session, SEED_GEO)
    second = load_seed_gazetteer(session, paths.SEED)  # the seed/ folder works too
    assert first == second == gazetteer_counts(session)
    # Every Hertfordshire postcode with a position in Code-Point Open (May 2025).
    assert first["postcodes"] == 32742
    assert first["local_authorities"] >= 350 and first["outcodes"] >= 2800
    assert first["sectors"] >= 10_000
    assert first["places"] >= 3600


def test_import_codepoint_loads_postcodes_and_outcodes(session):
    calls = []
    count = import_codepoint(session, FIXTURE_ZIP, progress=lambda *args: calls.append(args))
    assert count == 12
    assert calls[-1][0] == calls[-1][1] == 12
    manchester, edinburgh = find_location(session, "M1 1AD"), find_location(session, "eh11ad")
    assert (manchester.latitude, manchester.longitude) == pytest.approx((53.48, -2.24), abs=0.01)
    assert manchester.la_code == "E08000003"
    assert (edinburgh.latitude, edinburgh.longitude) == pytest.approx((55.95, -3.19), abs=0.01)
    assert edinburgh.la_code == "S12000036"
    assert import_codepoint(session, FIXTURE_ZIP) == 12  # again: replaced, not duplicated
    assert lookup_postcode(session, "M1 1AD") == manchester
    m1 = session.exec(select(Outcode).where(Outcode.outcode == "M1")).one()
    assert m1.la_code == "E08000003"
    assert session.get(PostcodeSector, "EH1 1").la_code == "S12000036"


def test_import_codepoint_skips_postcodes_without_a_position(session, tmp_path):
    no_position = b'"M1 9ZZ",90,0,0,"E92000001","","","","",""\n'
    zip_path = make_zip(tmp_path, {"Data/CSV/m.csv": M1_1AD + no_position})
    assert import_codepoint(session, zip_path) == 1
    assert lookup_postcode(session, "M1 9ZZ") is None


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (b'"M1 1AE",10,383848\n', "expected 10 columns, found 3"),
        (b'"M11 1AEE",10,383848,398589,"E","","","","",""\n', "is not a postcode"),
        (b'"M1 1AE",10,east,398589,"E","","","","",""\n', "whole numbers"),
    ],
)
def test_import_codepoint_names_the_file_and_line_of_a_bad_row(session, tmp_path, row, reason):
    zip_path = make_zip(tmp_path, {"Data/CSV/m.csv": M1_1AD + row})
    with pytest.raises(ValueError, match=f"Data/CSV/m.csv line 2: .*{reason}"):
        import_codepoint(session, zip_path)


def test_import_codepoint_rejects_a_zip_without_data(session, tmp_path):
    with pytest.raises(ValueError, match="is it Code-Point Open"):
        import_codepoint(session, make_zip(tmp_path, {"Doc/readme.txt": b"hello"}))


def test_column_headers_are_read_from_the_zip():
    assert load_codepoint_headers(FIXTURE_ZIP)[:4] == [
        "Postcode",
        "Positional_quality_indicator",
        "Eastings",
        "Northings",
    ]


def make_zip(folder: Path, members: dict[str, bytes]) -> Path:
    """Write a Code-Point-shaped zip holding the given members."""
    path = folder / "codepo.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Doc/Code-Point_Open_Column_Headers.csv", HEADER)
        for name, data in members.items():
            archive.writestr(name, data)
    return path
