"""Right answers first on the demo directory: the cases that went wrong, pinned (read-only)."""

from test_search_helpers import add, search

from directory.listings.freshness import is_stale

MUMS_GROUPS = {"acorn-mums-mental-health", "acorn-bump-baby-me", "hfc-little-steps",
               "youngparents-together"}


def refs(results, n: int | None = None) -> list[str]:
    return [hit.service.service_ref for hit in results.local[:n]]


def test_self_harm_near_hatfield_puts_the_self_harm_service_first_though_not_checked(demo_app):
    results = search(demo_app, q="self harm", location="Hatfield")
    first = results.local[0].service
    assert first.service_ref == "harbour-support"
    assert is_stale(first)  # a mild penalty, not a tier: the exact match still comes first


def test_being_bullied_puts_the_bullying_service_in_the_top_two(demo_app):
    assert "upstand-bullying-support" in refs(search(demo_app, q="being bullied"), 2)


def test_adhd_puts_the_adhd_services_above_bouldering(demo_app):
    found = refs(search(demo_app, q="adhd"))
    assert set(found[:2]) == {"lcchp-neurodevelopmental", "focus-adhd-coaching"}
    assert "upandover-climbing" not in found[:2]


def test_feeling_down_does_not_start_with_a_group_for_mums(demo_app):
    results = search(demo_app, q="feeling down")
    assert results.local[0].service.service_ref != "acorn-mums-mental-health"
    assert all("young-people" in hit.service.audience for hit in results.local[:10])


def test_my_mum_hits_me_is_about_safety_not_mums_groups(demo_app):
    results = search(demo_app, q="my mum hits me")
    assert results.crisis and results.topics == ["safeguarding"]
    assert not MUMS_GROUPS & set(refs(results, 3))
    assert "safeguarding" in {t.code for t in results.local[0].service.terms}
    assert all("young-people" in hit.service.audience for hit in results.local[:5])


def test_cant_sleep_does_not_list_the_emergency_stay(demo_app):
    results = search(demo_app, q="cant sleep")
    assert "safestay-hosts" not in refs(results)
    assert results.local[0].service.service_ref == "lcchp-sleep-service"


def test_a_parent_word_about_the_searchers_own_parent_is_not_a_parenting_request(demo_app):
    for words in ("my dad drinks too much", "my mum and dad are always shouting"):
        results = search(demo_app, q=words)
        assert "parenting" not in results.topics, words
        assert all("young-people" in hit.service.audience for hit in results.local[:3]), words


def test_parenting_words_bring_services_for_parents_forward(demo_app):
    assert refs(search(demo_app, q="support for dads"), 1) == ["acorn-dads-together"]
    assert refs(search(demo_app, q="my son is self harming"), 1) == ["harbour-parents-workshop"]
    course = search(demo_app, q="parenting course")
    assert all("parents-carers" in hit.service.audience for hit in course.local[:5])


def test_services_for_professionals_come_first_only_when_the_words_say_so(demo_app):
    teachers = search(demo_app, q="advice for teachers worried about a pupil")
    assert refs(teachers, 1) == ["lcchp-schools-consultation"]
    assert "lcchp-schools-consultation" not in refs(search(demo_app, q="self harm"), 5)
    chosen = search(demo_app, q="self harm", audience="professionals")
    assert refs(chosen) == ["lcchp-schools-consultation"]


def test_a_service_named_for_the_need_outranks_one_that_only_mentions_it(app):
    add(app, service_ref="named", name="Sleep clinic for teenagers", topics=["sleep"],
        summary="Help for young people who find it hard to get to sleep.")
    add(app, service_ref="mention", name="Evening drop-in", topics=["anxiety", "sleep"],
        summary="A chat with a youth worker about anything, from worries to sleep.",
        description="Some young people come because they can't sleep.")
    add(app, service_ref="untagged", name="Sleep workshop", topics=[],
        summary="Three evenings about sleeping better before exams.")
    add(app, service_ref="unrelated", name="Night shelter", topics=[],
        summary="Somewhere safe to sleep for young people with nowhere to go.")
    assert refs(search(app, q="cant sleep")) == ["named", "mention", "untagged"]
