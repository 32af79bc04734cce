"""GET /api/v1/search (the JSON contract) and GET /search (the page), including every error."""


import pytest

RESULT_KEYS = {"id", "name", "organisation", "summary", "groupings", "audience",
               "distance_miles", "national", "url"}
BAD = [
    ("radius=five", "invalid_radius", "radius"),
    ("radius=0", "invalid_radius", "radius"),
    ("grouping=getting-better", "unknown_grouping", "grouping"),
    ("age=26", "invalid_age", "age"),
    ("age=-3", "invalid_age", "age"),
    ("delivery=fax", "unknown_delivery", "delivery"),
    ("cost=cheap", "invalid_cost", "cost"),
    ("page=0", "invalid_page", "page"),
    ("self_referral=perhaps", "invalid_self_referral", "self_referral"),
    ("location=XYZ", "location_not_found", "location"),
    ("location=Xyzzyville&q=sleep", "location_not_found", "location"),
]


def test_the_json_contract(demo_client):
    response = demo_client.get("/api/v1/search?q=counselling&location=SG1+1AA&radius=10")
    assert response.status_code == 200 and response.is_json
    body = response.get_json()
    assert set(body) >= {"query", "location", "crisis", "total", "results", "facets",
                         "suggestion", "page", "pages"}
    assert body["query"] == {"q": "counselling", "location": "SG1 1AA", "radius": 10.0,
                             "grouping": [], "age": None, "delivery": [], "audience": [],
                             "cost": None, "self_referral": False, "open_now": False, "page": 1}
    assert body["location"]["label"] == "SG1 1AA"
    assert isinstance(body["location"]["lat"], float) and isinstance(body["location"]["lon"], float)
    assert body["crisis"] is False and body["suggestion"] is None
    results = body["results"]
    assert results and all(set(r) == RESULT_KEYS for r in results)
    flags = [r["national"] for r in results]
    assert flags == sorted(flags) and True in flags  # local first, then the national section
    for result in results:
        assert result["url"] == f"http://localhost/services/{result['id']}"
        if result["national"]:
            assert result["distance_miles"] is None
    assert set(body["facets"]) == {"grouping", "age_band", "delivery", "audience", "cost",
                                   "self_referral", "open_now"}
    assert body["total"] >= len(results)


def test_json_crisis_suggestion_and_paging(demo_client):
    assert demo_client.get("/api/v1/search?q=self+harm").get_json()["crisis"] is True
    assert demo_client.get("/api/v1/search?q=councelling").get_json()["suggestion"] == \
        "counselling"
    first = demo_client.get("/api/v1/search?location=SG1&radius=25").get_json()
    assert first["pages"] >= 2
    second = demo_client.get("/api/v1/search?location=SG1&radius=25&page=2").get_json()
    assert second["page"] == 2 and not any(r["national"] for r in second["results"])
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}


@pytest.mark.parametrize(("query", "code", "field"), BAD)
def test_json_errors_have_one_shape(demo_client, query, code, field):
    response = demo_client.get(f"/api/v1/search?{query}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert set(error) == {"code", "message", "field"}
    assert (error["code"], error["field"]) == (code, field) and error["message"]


@pytest.mark.parametrize(("query", "code", "field"),
                         [bad for bad in BAD if bad[1] != "location_not_found"])
def test_the_page_explains_a_bad_parameter(demo_client, query, code, field):
    # A place it can't find is not a dead end (tests/test_postcode_fallback.py).
    response = demo_client.get(f"/search?{query}")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'role="alert"' in page and 'class="card"' not in page


def test_crisis_help_shows_even_when_the_place_is_wrong(demo_client):
    response = demo_client.get("/search?q=I+want+to+hurt+myself&location=Xyzzyville")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.index('id="crisis-title"') < page.index('role="alert"')


def test_what_was_typed_is_escaped(demo_client):
    page = demo_client.get("/search?location=<b>Nowhere</b>&q=<i>x</i>").get_data(as_text=True)
    assert "<b>Nowhere</b>" not in page and "<i>x</i>" not in page
    assert "&lt;b&gt;Nowhere&lt;/b&gt;" in page


def test_the_results_page(demo_client):
    page = demo_client.get("/search?q=counselling&location=Stevenage").get_data(as_text=True)
    assert "Support near Stevenage" in page and 'class="card"' in page
    assert "Available wherever you live" in page
    assert page.index('class="card-list"') < page.index('id="national-title"')
    assert 'name="grouping" value="getting-help"' in page and 'class="facet-count"' in page
    empty = demo_client.get("/search")
    assert empty.status_code == 200 and 'class="card"' not in empty.get_data(as_text=True)
    typo = demo_client.get("/search?q=councelling").get_data(as_text=True)
    assert "Did you mean:" in typo and "q=counselling" in typo


def test_pagination_links_keep_the_search(demo_client):
    page = demo_client.get("/search?location=SG1&radius=25&grouping=getting-help"
                           "&grouping=getting-advice").get_data(as_text=True)
    if 'rel="next"' in page:
        link = page.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0]
        assert "page=2" in link and "grouping=getting-help" in link and "radius=25" in link
