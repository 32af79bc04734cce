"""Schemathesis fuzzes the feed in-process from our own OpenAPI document: no server errors,
and every answer matches the document (status codes, content type, schemas with formats)."""

import json
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.specs.openapi.checks import positive_data_acceptance

OPENAPI = Path(__file__).parent.parent / "directory" / "oruk" / "openapi.json"
EXAMPLES = 40  # per operation
PLACES = {"postcode", "proximity"}


def test_the_openapi_document_is_valid_openapi_3_1_and_self_contained():
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    validate(document)
    assert document["openapi"] == "3.1.0"
    text = OPENAPI.read_text(encoding="utf-8")
    assert '"$ref": "http' not in text and '"type": "time"' not in text
    operations = {path: operation["get"]["operationId"]
                  for path, operation in document["paths"].items()}
    assert operations["/taxonomy_terms"] == "getPaginatedListOfTaxonomyTerms"
    assert operations["/taxonomy_terms/{id}"] == "getTaxonomyTermById"
    assert len(set(operations.values())) == len(operations)
    components = document["components"]
    assert set(components["schemas"]["Page"]["required"]) == {
        "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"}
    for name in ("start_time", "end_time"):
        assert components["parameters"][name]["schema"] == {"type": "string", "format": "time"}
    at_location = document["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]
    assert at_location["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ServiceAtLocationList")


def test_the_feed_conforms_to_its_openapi_document(demo_app):
    # Driven by hand rather than by schemathesis' pytest plugin, which pytest 9 breaks.
    schema = schemathesis.openapi.from_wsgi("/oruk/openapi.json", demo_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 11
    for operation in operations:

        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        @given(case=operation.as_strategy())
        def conforms(case):
            if not PLACES & set(case.query or {}):
                case.call_and_validate()
                return
            # A postcode the gazetteer lacks, or a proximity without a postcode, is a 400 the
            # schema cannot foresee: check that the answer says so, and all else as usual.
            response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
            if response.status_code == 400:
                assert response.json()["error"]["field"] in ("postcode", "proximity")

        conforms()
