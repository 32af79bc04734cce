"""Check ORUK answers the way the official validator does: schemas with formats, and a crawl.

The schemas are the Open Referral UK profile's compiled JSON Schemas (CC BY-SA 4.0, Open
Referral; tests/fixtures/oruk/LICENSE), copied by scripts/build_oruk_openapi.py.
"""

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

FIXTURES = Path(__file__).parent / "fixtures" / "oruk"
OPENAPI = Path(__file__).parent.parent / "directory" / "oruk" / "openapi.json"
BASE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"
FORMATS = Draft202012Validator.FORMAT_CHECKER
# (list endpoint, schema of each list entry, schema of the {id} answer)
ENDPOINTS = (
    ("services", "service_list.json", "service.json"),
    ("service_at_locations", "service_at_location_list.json", "service_at_location_list.json"),
    ("organizations", "organization.json", "organization.json"),
    ("taxonomies", "taxonomy.json", "taxonomy.json"),
    ("taxonomy_terms", "taxonomy_term.json", "taxonomy_term.json"),
)


@cache
def _registry() -> Registry:
    resources = []
    for path in FIXTURES.glob("*.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents, default_specification=DRAFT202012)
        resources.append((BASE + path.name, resource))
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    """Return a Draft 2020-12 validator for one ORUK schema, checking formats."""
    return Draft202012Validator({"$ref": BASE + name}, registry=_registry(),
                                format_checker=FORMATS)


@cache
def page_validator() -> Draft202012Validator:
    """Return a validator for the ORUK page shape (every field required)."""
    page = json.loads(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]["Page"]
    return Draft202012Validator({**page, "required": [*page["required"], "contents"]},
                                format_checker=FORMATS)


def problems(name: str, document) -> list[str]:
    """Return what is wrong with a document against one schema (empty when valid)."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator(name).iter_errors(document)]


def empties(document, where: str = "") -> list[str]:
    """Return the places where a document holds null or an empty value (ORUK leaves them out)."""
    found = []
    if isinstance(document, dict):
        for key, value in document.items():
            if value is None or value == "" or value == [] or value == {}:
                found.append(f"{where}/{key}")
            found += empties(value, f"{where}/{key}")
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += empties(value, f"{where}/{index}")
    return found


@dataclass
class Crawl:
    """What a validator-style crawl saw."""

    version: str = ""
    calls: int = 0
    ids: dict[str, list[str]] = field(default_factory=dict)
    documents: list[tuple[str, object]] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def crawl(get, prefix: str = "/oruk", per_page: int = 10, every_page: bool = False) -> Crawl:
    """Crawl a feed like the ORUK validator: read the version, page through every list
    (first, middle and last page, or all of them), fetch each id seen, and check it all.

    ``get(path)`` returns (status, json, headers)."""
    seen = Crawl()
    status, root, _ = get(prefix + "/")
    seen.version = root.get("version", "") if status == 200 else ""
    for endpoint, entry_schema, item_schema in ENDPOINTS:
        status, first, _ = get(f"{prefix}/{endpoint}?page=1&per_page={per_page}")
        pages = first.get("total_pages", 1) if status == 200 else 1
        numbers = range(1, pages + 1) if every_page else sorted({1, math.ceil(pages / 2), pages})
        seen.ids[endpoint] = []
        for number in numbers:
            answer = _page(get, seen, f"{prefix}/{endpoint}?page={number}&per_page={per_page}",
                           entry_schema)
            seen.ids[endpoint] += [item["id"] for item in answer.get("contents", [])]
        past = _page(get, seen, f"{prefix}/{endpoint}?page={pages + 1}&per_page={per_page}",
                     entry_schema)
        if not (past.get("empty") is True and past.get("contents") == []):
            seen.wrong.append(f"{endpoint}: the page past the end is not empty: {past}")
        for item_id in seen.ids[endpoint]:
            status, item, _ = get(f"{prefix}/{endpoint}/{item_id}")
            seen.calls += 1
            _check(seen, f"{endpoint}/{item_id}", status, item, item_schema)
    return seen


def _page(get, seen: Crawl, url: str, entry_schema: str) -> dict:
    status, answer, headers = get(url)
    seen.calls += 1
    if status != 200:
        seen.wrong.append(f"{url}: {status}")
        return {}
    if headers.get("Access-Control-Allow-Origin") != "*":
        seen.wrong.append(f"{url}: no Access-Control-Allow-Origin: *")
    seen.wrong += [f"{url}: {e.message}" for e in page_validator().iter_errors(answer)]
    for index, item in enumerate(answer.get("contents", [])):
        _check(seen, f"{url} contents/{index}", 200, item, entry_schema)
    if answer.get("size") != len(answer.get("contents", [])):
        seen.wrong.append(f"{url}: size is not the number of contents")
    return answer


def _check(seen: Crawl, where: str, status: int, document, schema: str) -> None:
    if status != 200:
        seen.wrong.append(f"{where}: {status}")
        return
    seen.documents.append((where, document))
    seen.wrong += [f"{where}: {problem}" for problem in problems(schema, document)]
    seen.wrong += [f"{where}: empty value at {path}" for path in empties(document)]
