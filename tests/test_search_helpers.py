"""Helpers shared by the search tests (no tests here): listings, searches, a writer process."""

from werkzeug.datastructures import MultiDict

from directory import db, listings
from directory.listings.fields import ServiceInput
from directory.models import Service
from directory.search import SearchParams, run_search

ACTOR = listings.Actor("search tests")


def listing(**changes) -> ServiceInput:
    """Return a valid listing in Stevenage; changes override any field."""
    data = {
        "organisation": "Kestrel Youth Trust", "service_ref": "kestrel-talk",
        "name": "Kestrel talking space",
        "summary": "Free one-to-one support for young people who feel worried or low.",
        "description": "Weekly sessions with a trained youth worker.",
        "groupings": ["getting-help"], "topics": ["anxiety"], "support_types": ["counselling"],
        "minimum_age": 11, "maximum_age": 18, "delivery_modes": ["in-person"],
        "phone": "01632 960123", "opening_hours": "Tue 16:00-18:00",
        "locations": [{"postcode": "SG1 1AA", "address": "1 High Street", "town": "Stevenage"}],
    }
    return ServiceInput.model_validate({**data, **changes})


def add(app, **changes) -> int:
    """Create a listing through the one write path, commit, and return its id."""
    with db.session_scope(app) as session:
        return listings.create_service(session, listing(**changes), ACTOR).id


def search(app, now=None, **args):
    """Run a search as the views do, from query-string style arguments."""
    per_page = args.pop("per_page", 200)
    params = SearchParams.from_args(MultiDict(args))
    params.per_page = per_page
    with app.app_context():
        session = db.new_session(app)
        try:
            return run_search(session, params, now=now)
        finally:
            session.close()


def names(results) -> list[str]:
    """Return the names of the local results, in order."""
    return [hit.service.name for hit in results.local]


def found_ids(app, words: str) -> set[int]:
    """Return the ids of every service (local or national) a search for words finds."""
    results = search(app, q=words)
    return {hit.service.id for hit in results.local + results.national}


def write_services(database_url: str, folder: str, worker: int, count: int) -> list[int]:
    """Create and then edit services from a separate process (multiprocessing 'spawn')."""
    from directory import create_app

    app = create_app({
        "TESTING": True, "DATABASE_URL": database_url, "INSTANCE_PATH": folder,
        "INDEX_PATH": f"{folder}/index", "SECRET_KEY": "tests-only",
    })
    created = []
    for n in range(count):
        with db.session_scope(app) as session:
            service = listings.create_service(session, listing(
                organisation=f"Worker {worker} charity", service_ref=f"w{worker}-{n}",
                name=f"Parallel w{worker}n{n} service"), ACTOR)
            created.append(service.id)
    for n, sid in enumerate(created[::2]):
        with db.session_scope(app) as session:
            service = session.get(Service, sid)
            changed = listings.input_from_service(service).model_copy(
                update={"name": f"Edited w{worker}e{n} service"})
            listings.update_service(session, service, changed, ACTOR)
    app.extensions["directory.engine"].dispose()
    return created
