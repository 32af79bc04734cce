"""The insights' figures on a known directory and a known series of searches, checked cell by cell
against figures counted independently (tests/insights_support.py), through `directory insights`.
"""

import json
from datetime import date, datetime

import pytest
from insights_support import (
    BANDS,
    DACORUM,
    GROUPINGS,
    NORTH_HERTS,
    SERVICES,
    STEVENAGE,
    WATFORD,
    build_directory,
    expected_coverage,
    expected_searches,
    expected_unmet,
    published,
    run_series,
)

from directory import db
from directory.insights.report import build_report
from directory.listings.opening_hours import LONDON

AREAS = (STEVENAGE, WATFORD, NORTH_HERTS, DACORUM)


def insights_json(runner, *args) -> dict:
    result = runner.invoke(args=["insights", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def area_args(areas) -> list[str]:
    return [part for code in areas for part in ("--area", code)]


@pytest.fixture
def known(app):
    return build_directory(app)


def test_every_coverage_cell_matches_the_known_services(runner, known):
    figures = insights_json(runner, *area_args(AREAS))
    assert [a["code"] for a in figures["areas"]] == list(AREAS)
    assert [a["name"] for a in figures["areas"]] == [
        "Stevenage", "Watford", "North Hertfordshire", "Dacorum"]
    cells = {(c["area"], c["grouping"], c["age_band"]): c["services"]
             for c in figures["coverage"]}
    assert len(figures["coverage"]) == len(AREAS) * len(GROUPINGS) * len(BANDS)  # zeros too
    assert cells == expected_coverage(AREAS)
    # A few cells said out loud, so a mistake in the helper can't hide one in the code.
    assert cells[(STEVENAGE, "getting-more-help", "0-4")] == 1  # by service area, no address
    assert cells[(STEVENAGE, "getting-more-help", "19-25")] == 0
    assert cells[(WATFORD, "getting-help", "0-4")] == 1  # temporarily closed still counts
    assert cells[(STEVENAGE, "getting-advice", "11-15")] == 0  # the national line never counts
    assert all(count == 0 for (area, _, _), count in cells.items() if area == DACORUM)


def test_national_services_are_counted_apart(runner, known):
    figures = insights_json(runner, "--area", STEVENAGE)
    national = {(c["grouping"], c["age_band"]): c["services"] for c in figures["national"]}
    expected = {(g, band): sum(1 for s in SERVICES if s.national and g in s.groupings
                               and s.ages[0] <= high and s.ages[1] >= low)
                for g in GROUPINGS for band, low, high in BANDS}
    assert national == expected and national[("getting-advice", "11-15")] == 1


def test_the_default_areas_are_those_with_a_service(runner, known):
    figures = insights_json(runner)
    assert {a["code"] for a in figures["areas"]} == {STEVENAGE, WATFORD, NORTH_HERTS}


def test_the_unmet_needs_and_search_counts_match_the_known_searches(app, client, runner, known):
    run_series(app, client)
    figures = insights_json(runner, *area_args(AREAS))
    expected = expected_unmet(AREAS)
    unmet = {(u["area"], u["topic"], u["age_band"]): u["searches"] for u in figures["unmet"]}
    assert unmet == {key: published(count) for key, count in expected.items()}
    assert len(figures["unmet"]) == len(expected)
    # Ranked: the one count of 5 or more first, then every "<5" alike (by area, topic, band).
    assert figures["unmet"][0] == {"area": STEVENAGE, "topic": "sleep", "age_band": "11-15",
                                   "searches": 7}
    rest = [(u["area"], u["topic"], u["age_band"]) for u in figures["unmet"][1:]]
    order = {code: i for i, code in enumerate(AREAS)}
    assert rest == sorted(rest, key=lambda k: (order[k[0]], k[1], [b for b, _, _ in BANDS]
                                                .index(k[2]) if k[2] != "any" else 9))
    assert (DACORUM, "low-mood", "any") in unmet  # a search without an age
    totals = expected_searches(AREAS)
    assert figures["searches"] == {key: published(value) for key, value in totals.items()}
    assert figures["searches"]["total"] == 14 and figures["searches"]["zero_local"] == 9
    assert figures["searches"]["crisis"] == "<5"
    assert figures["signposting"] == {"sheets": 0, "visits": "<5"}


def test_the_period_limits_what_is_counted(app, client, runner, known):
    run_series(app, client)
    today = datetime.now(LONDON).date()
    figures = insights_json(runner, "--area", STEVENAGE, "--since", today.isoformat())
    assert figures["period"] == {"since": today.isoformat(), "until": today.isoformat()}
    unmet = {(u["area"], u["topic"], u["age_band"]): u["searches"] for u in figures["unmet"]}
    assert unmet[(STEVENAGE, "sleep", "11-15")] == "<5"  # the six past searches are outside


def test_provision_by_topic_delivery_and_self_help(app, known):
    with app.app_context():
        session = db.new_session(app)
        report = build_report(session, [STEVENAGE, WATFORD])
        session.close()
    maps = {area.area.code: area.maps for area in report.provision.areas}
    for area in (STEVENAGE, WATFORD):
        for dimension, values in (("topic", "topics"), ("delivery", "delivery"),
                                  ("support", "support_types")):
            heat = maps[area][dimension]
            for code, _ in heat.rows:
                for band, low, high in BANDS:
                    expected = sum(1 for s in SERVICES
                                   if s.status in ("active", "temporarily-closed")
                                   and area in s.areas and code in getattr(s, values)
                                   and s.ages[0] <= high and s.ages[1] >= low)
                    assert heat.count(code, band) == expected, (area, dimension, code, band)
    support = maps[WATFORD]["support"]
    assert [code for code, _ in support.rows] == ["self-help", "peer-support"]
    assert [support.count("self-help", b) for b, _, _ in BANDS] == [0, 0, 1, 1, 1]
    assert ("peer-support", "0-4") in maps[STEVENAGE]["support"].gaps()
    topics = [code for code, _ in maps[STEVENAGE]["topic"].rows]
    assert "sleep" in topics and "feelings" not in topics  # broader topics only when named


def test_data_health_by_grouping(app, known):
    today = datetime.now(LONDON).date()
    with app.app_context():
        session = db.new_session(app)
        report = build_report(session, [STEVENAGE, WATFORD, NORTH_HERTS], today=today)
        session.close()
    rows = {row.key: row for row in report.health}
    local = [s for s in SERVICES if s.status in ("active", "temporarily-closed")
             and not s.national and s.areas & {STEVENAGE, WATFORD, NORTH_HERTS}]
    every = rows["local"]
    assert every.services == len(local) == 5
    assert every.confirmed_6_months == sum(s.checked_days_ago is not None
                                           and s.checked_days_ago < 180 for s in local) == 2
    assert every.confirmed_12_months == 3  # 20, 30 and 200 days; not 400 days or never
    assert (every.waiting_list, every.longest_wait_weeks) == (1, 6)
    assert every.not_taking_referrals == 1 and every.temporarily_closed == 1
    assert rows["getting-help"].services == 2 and rows["getting-help"].temporarily_closed == 1
    assert rows["getting-risk-support"].not_taking_referrals == 1
    assert rows["national"].services == 1 and rows["national"].confirmed_6_months == 1
    assert every.share(every.confirmed_12_months) == 60


def test_the_checklist_evidences_each_item(app, client, known):
    run_series(app, client)
    with app.app_context():
        session = db.new_session(app)
        report = build_report(session, [STEVENAGE, WATFORD], languages=4)
        session.close()
    items = {item.code: item for item in report.checklist}
    assert list(items) == ["database", "front-end", "self-help", "wellbeing", "prevention",
                           "risk"]
    figures = {code: {str(f.label): f.value for f in item.figures}
               for code, item in items.items()}
    assert figures["database"]["Published local services in these areas"] == 5
    assert figures["database"]["Published national services (helplines, apps, online)"] == 1
    assert figures["database"]["Organisations with a published service"] == 3
    assert figures["database"]["Areas with a local service in all five groupings"] == "0 of 2"
    assert figures["front-end"]["Searches in these areas"] == 12
    assert figures["front-end"]["Languages the site speaks"] == 4
    assert figures["self-help"]["Local services offering peer support"] == 1
    assert figures["self-help"]["Areas with local self-help or peer support"] == "2 of 2"
    assert figures["wellbeing"]["Areas with a Thriving service"] == "1 of 2"
    assert figures["risk"]["Local services in Getting Risk Support"] == 1
    assert figures["risk"]["National crisis and risk services"] == 1
    assert all(item.in_place for item in items.values())


def test_unknown_areas_and_bad_dates_are_refused_by_the_command(runner, known):
    result = runner.invoke(args=["insights", "--area", "E99999999"])
    assert result.exit_code == 2 and "E99999999" in result.output
    result = runner.invoke(args=["insights", "--since", "last spring"])
    assert result.exit_code == 2 and "is not a date" in result.output
    result = runner.invoke(args=["insights", "--since", "2026-05-01", "--until", "2026-04-01"])
    assert result.exit_code == 2 and "on or before" in result.output


def test_the_text_report_names_the_gaps(runner, known):
    result = runner.invoke(args=["insights", "--area", WATFORD, "--since", "2026-01-01",
                                 "--until", date.today().isoformat()])
    assert result.exit_code == 0, result.output
    assert "Watford (E07000103): 2 local services" in result.output
    assert "Getting More Help 0-4/5-10/11-15/16-18/19-25" in result.output
    assert "Getting Advice and Signposting 0-4/5-10;" in result.output
