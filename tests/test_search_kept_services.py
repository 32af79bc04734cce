"""The services and result cards each process keeps between searches (search.result_services)."""

from sqlalchemy import inspect, update
from test_search_helpers import ACTOR, add, search

from directory import db, listings
from directory.models import Organisation, Service
from directory.search.query import result_services
from directory.search.result_services import ResultServices


def only_hit(app, words: str):
    results = search(app, q=words)
    hits = results.local + results.national
    assert len(hits) == 1, [hit.service.name for hit in hits]
    return hits[0].service


def test_a_service_shown_again_is_the_kept_copy_detached_with_what_a_page_reads(app):
    add(app, name="Plover listening space")
    first = only_hit(app, "plover")
    again = only_hit(app, "plover")
    assert again is first and inspect(first).detached
    # Everything a card and the signposting sheet read was loaded before it was kept.
    assert first.organisation.name == "Kestrel Youth Trust"
    assert first.grouping_codes == ["getting-help"] and first.term_codes("topic") == ["anxiety"]
    assert first.locations[0].postcode == "SG1 1AA" and first.schedules


def test_an_edit_is_shown_at_once(app):
    sid = add(app, name="Plover listening space")
    kept = only_hit(app, "plover")
    with db.session_scope(app) as session:
        service = session.get(Service, sid)
        changed = listings.input_from_service(service).model_copy(
            update={"summary": "Now also on Saturdays for plover fans."})
        listings.update_service(session, service, changed, ACTOR)
    shown = only_hit(app, "plover")
    assert shown is not kept and shown.summary == "Now also on Saturdays for plover fans."


def test_a_service_withdrawn_on_another_node_is_hidden_before_this_index_hears_of_it(app):
    sid = add(app, name="Plover listening space")
    only_hit(app, "plover")
    engine = app.extensions["directory.engine"]
    with engine.begin() as connection:  # no commit hook: this process's index still lists it
        connection.execute(update(Service).where(Service.id == sid)
                           .values(status="withdrawn", version=Service.version + 1))
    results = search(app, q="plover")
    assert results.local == [] and results.national == []


def test_what_changes_without_a_new_version_is_shown_once_the_kept_copy_is_old(app):
    add(app, name="Plover listening space")
    only_hit(app, "plover")
    engine = app.extensions["directory.engine"]
    with engine.begin() as connection:
        connection.execute(update(Organisation).values(name="Kestrel Youth Trust (renamed)"))
    assert only_hit(app, "plover").organisation.name == "Kestrel Youth Trust"  # kept a while
    result_services(app).max_age = 0
    assert only_hit(app, "plover").organisation.name == "Kestrel Youth Trust (renamed)"


def test_a_process_keeps_at_most_its_capacity_the_least_recently_shown_going_first(app):
    ids = [add(app, name=f"Plover {n}", service_ref=f"plover-{n}") for n in range(3)]
    kept = ResultServices(capacity=2)
    with db.session_scope(app) as session:
        first = kept.load(session, ids[:1])[ids[0]]
        kept.load(session, ids[1:])
        assert len(kept) == 2
        assert kept.load(session, ids[:1])[ids[0]] is not first  # it had gone: loaded again
        assert kept.cards_for(first) is None  # an old copy has no cards kept beside it


def page_cards(client, url: str) -> list[str]:
    page = client.get(url)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    return [part.split("</article>")[0] for part in html.split('<article class="card">')[1:]]


def test_a_kept_card_is_the_card_rendered_afresh(app, client):
    add(app, name="Plover listening space")
    fresh = page_cards(client, "/search?q=plover&location=SG1+1AA")
    kept = page_cards(client, "/search?q=plover&location=SG1+1AA")
    assert kept == fresh and len(fresh) == 1
    result_services(app).clear()
    assert page_cards(client, "/search?q=plover&location=SG1+1AA") == fresh


def test_cards_differ_by_language_and_distance(app, client):
    add(app, name="Plover listening space")
    english = page_cards(client, "/search?q=plover&location=SG1+1AA")[0]
    polish = page_cards(client, "/search?q=plover&location=SG1+1AA&lang=pl")[0]
    assert "Ages 11 to 18" in english and "Ages 11 to 18" not in polish
    assert "lang=pl" in polish and "lang=pl" not in english  # its links keep the language
    nearby = page_cards(client, "/search?q=plover&location=SG1+1AA")[0]
    further = page_cards(client, "/search?q=plover&location=Hitchin&radius=25")[0]
    assert "mile" in nearby and "mile" in further and nearby != further
