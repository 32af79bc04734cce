"""Search parameters: parsing, every error, and links built back from them."""

import pytest
from werkzeug.datastructures import MultiDict

from directory.search import SearchParamError, SearchParams


def parse(*pairs) -> SearchParams:
    return SearchParams.from_args(MultiDict(pairs))


def test_defaults_and_every_parameter():
    assert parse() == SearchParams()
    params = parse(("q", "  cant   sleep "), ("location", "SG1"), ("radius", "2.5"),
                   ("grouping", "getting-help"), ("grouping", "thriving"),
                   ("grouping", "getting-help"), ("age", "14"), ("delivery", "online"),
                   ("delivery", "home-visit"), ("cost", "free"), ("self_referral", "1"),
                   ("open_now", "true"), ("page", "3"))
    assert params.q == "cant sleep" and params.location == "SG1" and params.radius == 2.5
    assert params.groupings == ["getting-help", "thriving"]
    assert params.age == 14 and params.delivery == ["online", "home-visit"]
    assert params.cost_free and params.self_referral and params.open_now
    assert params.page == 3 and params.per_page == 20


@pytest.mark.parametrize(("pairs", "code", "field"), [
    ((("radius", "five"),), "invalid_radius", "radius"),
    ((("radius", "0"),), "invalid_radius", "radius"),
    ((("radius", "101"),), "invalid_radius", "radius"),
    ((("radius", "nan"),), "invalid_radius", "radius"),
    ((("grouping", "getting-better"),), "unknown_grouping", "grouping"),
    ((("age", "26"),), "invalid_age", "age"),
    ((("age", "-1"),), "invalid_age", "age"),
    ((("age", "ten"),), "invalid_age", "age"),
    ((("delivery", "carrier-pigeon"),), "unknown_delivery", "delivery"),
    ((("cost", "cheap"),), "invalid_cost", "cost"),
    ((("self_referral", "maybe"),), "invalid_self_referral", "self_referral"),
    ((("open_now", "2"),), "invalid_open_now", "open_now"),
    ((("page", "0"),), "invalid_page", "page"),
    ((("page", "two"),), "invalid_page", "page"),
])
def test_bad_values_are_refused_with_a_code_and_field(pairs, code, field):
    with pytest.raises(SearchParamError) as refused:
        parse(*pairs)
    assert (refused.value.code, refused.value.field) == (code, field)
    assert refused.value.message and isinstance(refused.value, ValueError)


def test_to_query_keeps_only_what_differs_and_resets_the_page():
    params = parse(("q", "exams"), ("location", "Hitchin"), ("grouping", "getting-help"),
                   ("page", "4"))
    assert params.to_query() == {"q": "exams", "location": "Hitchin",
                                 "grouping": ["getting-help"], "page": 4}
    assert params.to_query(radius=10.0) == {"q": "exams", "location": "Hitchin",
                                            "radius": "10", "grouping": ["getting-help"]}
    assert params.to_query(page=5)["page"] == 5
    assert params.toggled("groupings", "thriving")["grouping"] == ["getting-help", "thriving"]
    assert "grouping" not in params.toggled("groupings", "getting-help")
    everything = parse(("age", "9"), ("delivery", "text"), ("cost", "free"),
                       ("self_referral", "1"), ("open_now", "1"), ("radius", "2.5"))
    assert everything.to_query() == {"radius": "2.5", "age": 9, "delivery": ["text"],
                                     "cost": "free", "self_referral": "1", "open_now": "1"}
    assert parse(*[(k, str(v)) for k, vs in everything.to_query().items()
                   for v in (vs if isinstance(vs, list) else [vs])]) == everything
