"""Build directory/oruk/openapi.json and tests/fixtures/oruk/ from the Open Referral UK files.

A developer runs this once, whenever the source files are refreshed, and commits what it writes;
the application and its tests read only what it wrote, never the source folder:

    .venv/bin/python scripts/build_oruk_openapi.py [--source /work/shared/data/oruk]

The official openapi.json has known defects, fixed here: it says OpenAPI 3.0.0 but uses the
3.1-only jsonSchemaDialect (now 3.1.0); start_time and end_time use "type: time" (now strings
with format time) and modified_after "format: datetime" (now date-time); its schema $refs point
at GitHub (now the compiled schemas, inlined as components); /service_at_locations/{id} answered
a service (now a service at a location); the two /taxonomy_terms operationIds were swapped; Page
fields were not required (now they are, with contents); its licence link named CC BY instead of
CC BY-SA. It also gains what the feed serves beyond it: /organizations, the organization_id and
modified_after filters, bounds on page, per_page and proximity, and the 400 and 404 answers.
"""

import argparse
import copy
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "directory" / "oruk" / "openapi.json"
FIXTURES = ROOT / "tests" / "fixtures" / "oruk"
SCHEMAS = {"Service": "service.json", "ServiceList": "service_list.json",
           "ServiceAtLocationList": "service_at_location_list.json",
           "Organization": "organization.json", "Taxonomy": "taxonomy.json",
           "TaxonomyTerm": "taxonomy_term.json"}
# Keys of the tabular data package that are not JSON Schema keywords (examples don't always
# match their field's type, so they go too).
NOT_SCHEMA = {"name", "path", "datapackage_metadata", "constraints", "core", "datapackage_type",
              "tabular_required", "example"}
LICENSE = {"name": "Creative Commons Attribution Share-Alike 4.0",
           "url": "https://creativecommons.org/licenses/by-sa/4.0/"}
NOTICE = """# Open Referral UK schemas

The compiled JSON Schemas of the Open Referral UK profile (HSDS 3.0), copied unchanged by
`scripts/build_oruk_openapi.py` for the tests to validate the feed against.

Human Services Data Specification: an Open Referral resource (https://openreferral.org/).
Licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence: see LICENSE.
"""
SERVICE_FILTERS = ["search", "page", "per_page", "taxonomy_term_id", "taxonomy_id", "minimum_age",
                   "maximum_age", "organization_id", "modified_after", "start_time", "end_time",
                   "day"]


def clean(node):
    """Return a schema without the data-package keys, recursing through subschemas."""
    if isinstance(node, list):
        return [clean(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in NOT_SCHEMA:
            continue
        if key == "properties":
            out[key] = {name: clean(schema) for name, schema in value.items()}
        elif key in ("items", "allOf", "anyOf", "oneOf", "not", "additionalProperties"):
            out[key] = clean(value)
        else:
            out[key] = value
    if out.get("$ref") == "taxonomy_term.json":
        out["$ref"] = "#/components/schemas/TaxonomyTerm"
    return out


def parameters(official: dict) -> dict:
    """Return the query parameters, with the types fixed and bounds added."""
    params = {name: copy.deepcopy(official["components"]["parameters"][name])
              for name in SERVICE_FILTERS + ["postcode", "proximity"]}
    params["page"]["schema"] = {"type": "integer", "minimum": 1, "maximum": 1_000_000,
                                "default": 1}
    params["per_page"]["schema"] = {"type": "integer", "minimum": 1, "maximum": 100, "default": 50}
    for name in ("minimum_age", "maximum_age"):
        params[name]["schema"] = {"type": "number", "minimum": 0}
    for name in ("taxonomy_term_id", "taxonomy_id", "organization_id"):
        params[name]["schema"] = {"type": "string", "format": "uuid"}
    for name in ("start_time", "end_time"):
        params[name]["schema"] = {"type": "string", "format": "time"}
        params[name]["description"] += " Times are UK local time (Europe/London)."
    params["modified_after"]["schema"] = {"type": "string", "format": "date-time"}
    params["modified_after"]["description"] = (
        "Return the services changed on or after this moment, taken from each listing's "
        "change history; listings taken down since then come too, with status inactive.")
    params["day"]["schema"] = {"type": "string",
                               "enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}
    params["proximity"]["schema"] = {"type": "number", "exclusiveMinimum": 0,
                                     "maximum": 1_000_000}
    params["proximity"]["description"] += " Needs a postcode."
    params["search"]["schema"] = {"type": "string", "maxLength": 200}
    return params


def page_of(schema: str) -> dict:
    """Return the schema of a page whose contents are ``schema`` items."""
    return {"allOf": [{"$ref": "#/components/schemas/Page"}, {
        "type": "object", "required": ["contents"],
        "properties": {"contents": {"type": "array",
                                    "items": {"$ref": f"#/components/schemas/{schema}"}}}}]}


def answer(description: str, schema: dict, errors: tuple[int, ...] = (400,)) -> dict:
    """Return an operation's responses: 200 with ``schema``, and the JSON errors."""
    responses = {"200": {"description": description,
                         "content": {"application/json": {"schema": schema}}}}
    words = {400: "A parameter is wrong.", 404: "Nothing with this id is published."}
    for status in errors:
        responses[str(status)] = {"description": words[status], "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return responses


def listing(operation_id: str, summary: str, schema: str, params: list[str]) -> dict:
    """Return a paged list operation."""
    return {"get": {"operationId": operation_id, "summary": summary, "description": summary,
                    "parameters": [{"$ref": f"#/components/parameters/{p}"} for p in params],
                    "responses": answer(summary, page_of(schema))}}


def one(operation_id: str, summary: str, schema: str, what: str) -> dict:
    """Return a by-id operation."""
    return {"parameters": [{"in": "path", "name": "id", "required": True,
                            "description": f"The id of the {what}.",
                            "schema": {"type": "string"}}],
            "get": {"operationId": operation_id, "summary": summary, "description": summary,
                    "responses": answer(summary, {"$ref": f"#/components/schemas/{schema}"},
                                        (404,))}}


def paths() -> dict:
    """Return every path the feed serves."""
    info = {"type": "object", "required": ["version", "profile", "openapi_url"], "properties": {
        "version": {"type": "string", "description": "HSDS version of this API."},
        "profile": {"type": "string", "format": "uri",
                    "description": "URL of the information on the HSDS profile of this API."},
        "openapi_url": {"type": "string", "format": "uri",
                        "description": "URL of the openapi JSON file which defines this API."}}}
    return {
        "/": {"get": {"operationId": "getAPIMetaInformation",
                      "summary": "Retrieve information about this API and its relationship "
                                 "with HSDS.",
                      "responses": answer("Information about this API.", info, ())}},
        "/services": listing("getPaginatedListOfServices", "Paginated listing of services "
                             "with their one-to-one fields.", "ServiceList", SERVICE_FILTERS),
        "/services/{id}": one("getFullyNestedServiceById", "A fully nested service with all "
                              "related data.", "Service", "service"),
        "/service_at_locations": listing(
            "getPaginatedListOfServiceAtLocation", "Paginated listing of services at "
            "locations.", "ServiceAtLocationList", SERVICE_FILTERS + ["postcode", "proximity"]),
        "/service_at_locations/{id}": one(
            "getServiceAtLocationWithNestedDataById", "A service at a location, with the "
            "location's address.", "ServiceAtLocationList", "service at a location"),
        "/organizations": listing("getPaginatedListOfOrganizations", "Paginated listing of "
                                  "organizations.", "Organization", ["page", "per_page"]),
        "/organizations/{id}": one("getOrganizationById", "An organization with its services.",
                                   "Organization", "organization"),
        "/taxonomies": listing("getPaginatedListOfTaxonomies", "Paginated listing of "
                               "taxonomies.", "Taxonomy", ["page", "per_page"]),
        "/taxonomies/{id}": one("getTaxonomyById", "Full information on a taxonomy, with its "
                                "terms.", "Taxonomy", "taxonomy"),
        "/taxonomy_terms": listing("getPaginatedListOfTaxonomyTerms", "Paginated listing of "
                                   "taxonomy terms.", "TaxonomyTerm", ["page", "per_page"]),
        "/taxonomy_terms/{id}": one("getTaxonomyTermById", "Full information on a taxonomy "
                                    "term.", "TaxonomyTerm", "taxonomy term"),
    }


def components(official: dict, source: Path) -> dict:
    """Return the inlined schemas, the Page and Error shapes, and the parameters."""
    schemas = {name: clean(json.loads((source / file).read_text(encoding="utf-8")))
               for name, file in SCHEMAS.items()}
    page = copy.deepcopy(official["components"]["schemas"]["Page"])
    page["required"] = list(page["properties"])
    schemas["Page"] = page
    schemas["Error"] = {"type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["code", "message", "field"], "properties": {
            "code": {"type": "string"}, "message": {"type": "string"},
            "field": {"type": ["string", "null"]}}}}}
    return {"schemas": schemas, "parameters": parameters(official)}


def build(source: Path) -> dict:
    """Return our corrected, self-contained OpenAPI 3.1 document."""
    official = json.loads((source / "openapi.json").read_text(encoding="utf-8"))
    info = {**official["info"], "license": LICENSE,
            "title": "Open Referral UK 3.0 feed of the THRIVE community provider directory",
            "description": "The Open Referral UK Profile for Version 3 (HSDS-UK-3.0), as this "
                           "directory serves it; adapted from the Open Referral UK OpenAPI file "
                           "and schemas, CC BY-SA 4.0, Open Referral (https://openreferral.org/)."}
    return {"openapi": "3.1.0", "info": info, "jsonSchemaDialect": official["jsonSchemaDialect"],
            "servers": [{"url": "/oruk"}], "paths": paths(),
            "components": components(official, source)}


def copy_fixtures(source: Path) -> None:
    """Copy the schemas the tests validate against, with their licence, into tests/fixtures."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name in (*SCHEMAS.values(), "LICENSE"):
        shutil.copyfile(source / name, FIXTURES / name)
    (FIXTURES / "README.md").write_text(NOTICE, encoding="utf-8")


def main() -> None:
    """Write the OpenAPI document and the test fixtures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "oruk")
    source = parser.parse_args().source
    OUT.write_text(json.dumps(build(source), indent=1, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    copy_fixtures(source)
    print(f"Wrote {OUT.relative_to(ROOT)} and {FIXTURES.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
