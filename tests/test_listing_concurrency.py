"""Saves that meet: two writers at the same instant, each with its own connection, on the real
database (a SQLite file, or PostgreSQL when DIRECTORY_TEST_DATABASE_URL is set). Exactly one
wins and the other is refused cleanly; nothing is lost and nothing answers 500. A database that
stays locked answers 503 with Retry-After instead of keeping the worker past its timeout.
"""

import logging
import sqlite3
import threading
from contextlib import contextmanager

import pytest
from accounts_support import cheap_password_hashing, login  # noqa: F401 - autouse fixture
from provider_support import ORG_A, form_fields, make_world, submit
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import select

from directory import create_app, db, listings, moderation, web
from directory.listings import StaleEdit
from directory.listings.fields import ServiceInput
from directory.models import Account, AuditEvent, ChangeRequest, Organisation, Service

TRIALS = 20


def account(session, email: str) -> Account:
    return session.exec(select(Account).where(Account.email == email)).one()


def race(app, *writers) -> list[str]:
    """Run the writers at one instant, each in its own thread and session; return the outcomes.

    A writer reads what its save needs (as a request does before saving) and returns the save;
    every thread waits at a barrier after reading, so the saves start together.
    """
    barrier = threading.Barrier(len(writers), timeout=30)
    outcomes = ["not run"] * len(writers)

    def run(position: int, writer) -> None:
        with app.app_context():
            session = db.new_session(app)
            try:
                save = writer(session)
                barrier.wait()
                save()
                session.commit()
                outcomes[position] = "saved"
            except (StaleEdit, moderation.ChangeConflict) as refused:
                session.rollback()
                outcomes[position] = "stale" if isinstance(refused, StaleEdit) else "conflict"
            except Exception as error:  # anything else is the bug this file is about
                session.rollback()
                outcomes[position] = repr(error)
            finally:
                session.close()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes


def editor(service_id: int, email: str, **changes):
    """Return a writer that edits the listing as it was read, through the form's write path."""

    def read(session):
        service = session.get(Service, service_id)
        data = ServiceInput.model_validate({**listings.snapshot(service), **changes})
        version, who = service.version, account(session, email)
        return lambda: moderation.submit_edit(session, service, data, who, version)

    return read


def stored(app, service_id: int) -> tuple[dict, int]:
    with db.session_scope(app) as session:
        service = session.get(Service, service_id)
        return listings.snapshot(service), service.version


def audit_count(app, service_id: int, action: str) -> int:
    with db.session_scope(app) as session:
        return len(session.exec(select(AuditEvent).where(
            AuditEvent.entity_id == service_id, AuditEvent.action == action)).all())


def located(postcode: str) -> list[dict]:
    return [{"name": "Venue", "address": "1 High Street", "town": "Stevenage",
             "postcode": postcode}]


def test_two_saves_at_one_instant_give_one_save_and_one_refusal_every_time(app):
    world = make_world(app)
    for trial in range(TRIALS):
        before, version = stored(app, world.a_live)
        edits = {
            "first": {"name": f"First editor's name {trial}", "locations": located("SG1 1AA")},
            "second": {"summary": f"The second editor's summary, try {trial}.",
                       "locations": located("SG5 1AB")},
        }
        outcomes = race(app, *(editor(world.a_live, world.admin, **e) for e in edits.values()))
        assert sorted(outcomes) == ["saved", "stale"], (trial, outcomes)
        winner = list(edits.values())[outcomes.index("saved")]
        after, new_version = stored(app, world.a_live)
        assert new_version == version + 1
        expected = {**before, **{k: v for k, v in winner.items() if k != "locations"}}
        assert {k: after[k] for k in ("name", "summary")} == {
            k: expected[k] for k in ("name", "summary")}
        assert [loc["postcode"] for loc in after["locations"]] == [
            winner["locations"][0]["postcode"]]
    assert audit_count(app, world.a_live, "update") == TRIALS


def test_two_moderated_edits_at_one_instant_leave_one_waiting_request(app):
    world = make_world(app)
    for trial in range(TRIALS // 2):
        outcomes = race(app, editor(world.a_live, world.provider_a, name=f"Proposal A{trial}"),
                        editor(world.a_live, world.provider_a, name=f"Proposal B{trial}"))
        # Even one after the other, the second started from no waiting proposal: refused.
        assert sorted(outcomes) == ["saved", "stale"], (trial, outcomes)
        with db.session_scope(app) as session:
            waiting = session.exec(select(ChangeRequest).where(
                ChangeRequest.service_id == world.a_live,
                ChangeRequest.status == "pending")).all()
            assert len(waiting) == 1
            assert waiting[0].proposed["name"] == f"Proposal {'AB'[outcomes.index('saved')]}{trial}"
            waiting[0].status = "rejected"  # start the next trial with nothing waiting


def test_confirm_and_retire_meeting_an_edit_never_fail_or_lose_it(app):
    world = make_world(app)

    def confirmer(session):
        service, who = session.get(Service, world.a_live), account(session, world.provider_a)
        return lambda: listings.confirm_service(session, service, moderation.actor_for(who))

    for trial in range(TRIALS // 2):
        _, version = stored(app, world.a_live)
        outcomes = race(app, editor(world.a_live, world.admin, name=f"Edited {trial}"),
                        confirmer)
        # The confirmation never checks a version; the edit is refused only if it came second.
        assert outcomes[1] == "saved" and outcomes[0] in ("saved", "stale"), outcomes
        after, new_version = stored(app, world.a_live)
        assert new_version == version + outcomes.count("saved")
        assert (after["name"] == f"Edited {trial}") == (outcomes[0] == "saved")

    def retirer(session):
        service, who = session.get(Service, world.a_live), account(session, world.provider_a)
        return lambda: listings.retire_service(session, service, moderation.actor_for(who))

    _, version = stored(app, world.a_live)
    outcomes = race(app, editor(world.a_live, world.admin, name="Edited at the end"), retirer)
    assert outcomes[1] == "saved" and outcomes[0] in ("saved", "stale"), outcomes
    assert stored(app, world.a_live)[1] == version + outcomes.count("saved")
    assert stored(app, world.a_live)[0]["status"] == "inactive"


def test_a_quick_update_meeting_an_edit_gives_one_save_and_one_refusal(app):
    world = make_world(app)

    def quick(weeks: int):
        def read(session):
            service, who = session.get(Service, world.a_live), account(session, world.provider_a)
            version = service.version
            return lambda: moderation.publish_availability(
                session, service, "waiting-list", weeks, who, version)
        return read

    for trial in range(TRIALS // 2):
        _, version = stored(app, world.a_live)
        outcomes = race(app, editor(world.a_live, world.admin, name=f"Edited {trial}"),
                        quick(trial + 1))
        assert sorted(outcomes) == ["saved", "stale"], (trial, outcomes)
        after, new_version = stored(app, world.a_live)
        assert new_version == version + 1
        assert (after["name"] == f"Edited {trial}") == (outcomes[0] == "saved")
        assert (after["wait_weeks"] == trial + 1) == (outcomes[1] == "saved")


def test_an_approval_meeting_a_direct_edit_is_refused_as_a_conflict_or_wins(app):
    world = make_world(app)
    for trial in range(TRIALS // 2):
        with db.session_scope(app) as session:  # a provider's proposal, based on the version now
            service = session.get(Service, world.a_live)
            data = listings.input_from_service(service).model_copy(
                update={"summary": f"The provider's proposed summary, try {trial}."})
            change_id = moderation.submit_edit(session, service, data,
                                               account(session, world.provider_a),
                                               service.version).id
        _, version = stored(app, world.a_live)

        def approver(session, change_id=change_id):
            change, who = session.get(ChangeRequest, change_id), account(session, world.moderator)
            return lambda: moderation.approve_change(session, change, who)

        phone = f"01632 960{trial:03d}"
        outcomes = race(app, editor(world.a_live, world.admin, phone=phone), approver)
        assert sorted(outcomes) in (["saved", "stale"], ["conflict", "saved"]), outcomes
        after, new_version = stored(app, world.a_live)
        assert new_version == version + 1
        approved = outcomes[1] == "saved"
        assert (after["summary"] == data.summary) == approved
        with db.session_scope(app) as session:
            change = session.get(ChangeRequest, change_id)
            assert change.status == ("approved" if approved else "pending")
            change.status = "rejected"  # start the next trial with nothing waiting


def test_two_moderators_deciding_one_request_at_once_make_one_decision(app):
    world = make_world(app)
    for trial in range(TRIALS // 2):
        with db.session_scope(app) as session:
            service = session.get(Service, world.a_live)
            data = listings.input_from_service(service).model_copy(
                update={"summary": f"A proposal two moderators see at once, try {trial}."})
            change_id = moderation.submit_edit(session, service, data,
                                               account(session, world.provider_a),
                                               service.version).id

        def approver(session, change_id=change_id):
            change, who = session.get(ChangeRequest, change_id), account(session, world.moderator)
            return lambda: moderation.approve_change(session, change, who)

        def rejecter(session, change_id=change_id):
            change, who = session.get(ChangeRequest, change_id), account(session, world.admin)
            return lambda: moderation.reject_change(session, change, who, "Not this time.")

        outcomes = race(app, approver, rejecter)
        decided = [o for o in outcomes if o == "saved"]
        assert len(decided) == 1 and any("AlreadyDecided" in o for o in outcomes), outcomes
        with db.session_scope(app) as session:
            change = session.get(ChangeRequest, change_id)
            assert change.status == ("approved" if outcomes[0] == "saved" else "rejected")
            published = session.get(Service, world.a_live).summary == data.summary
            assert published == (change.status == "approved")
            decisions = [event for event in session.exec(select(AuditEvent).where(
                AuditEvent.action.in_(("change-approved", "change-rejected"))))
                if (event.after or {}).get("change_request") == change_id]
            assert len(decisions) == 1, decisions


def test_two_browsers_saving_at_one_instant_get_one_save_and_one_409(app):
    world = make_world(app)
    with db.session_scope(app) as session:
        session.exec(select(Organisation).where(Organisation.name == ORG_A)).one().trusted = True
    browsers = [app.test_client(), app.test_client()]
    for browser in browsers:
        login(browser, world.provider_a)
    url = f"/provider/services/{world.a_live}/edit"
    for trial in range(TRIALS // 2):
        pages = [browser.get(url).get_data(as_text=True) for browser in browsers]
        names = [f"Browser {n} name {trial}" for n in (1, 2)]
        barrier, codes = threading.Barrier(2, timeout=30), [0, 0]

        def post(n: int, pages=pages, names=names, barrier=barrier, codes=codes) -> None:
            barrier.wait()
            codes[n] = submit(browsers[n], url, {"name": names[n]}, page=pages[n]).status_code

        threads = [threading.Thread(target=post, args=(n,)) for n in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert sorted(codes) == [302, 409], codes
        assert stored(app, world.a_live)[0]["name"] == names[codes.index(302)]


def test_the_database_itself_refuses_an_update_based_on_an_old_version(app):
    world = make_world(app)
    with db.session_scope(app) as session:
        old = session.get(Service, world.a_live)  # kept in memory at version 1
    with db.session_scope(app) as session:
        service = session.get(Service, world.a_live)
        data = listings.input_from_service(service).model_copy(update={"name": "Saved first"})
        listings.update_service(session, service, data, listings.Actor("tests"), 1)
    session = db.new_session(app)
    try:
        old = session.merge(old, load=False)
        old.name, old.version = "Saved second, from version 1", old.version + 1
        with pytest.raises(StaleDataError):
            session.flush()  # UPDATE service ... WHERE id = ? AND version = 1 matches nothing
        session.rollback()
    finally:
        session.close()
    assert stored(app, world.a_live)[0]["name"] == "Saved first"


@contextmanager
def lock_held_elsewhere(app, service_id: int):
    """Hold a write lock from another connection: SQLite's database, PostgreSQL's row."""
    url = app.config["DATABASE_URL"]
    if url.startswith("sqlite"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            connection.execute("ROLLBACK")
            connection.close()
        return
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT id FROM service WHERE id = :id FOR UPDATE"),
                               {"id": service_id})
            try:
                yield
            finally:
                connection.rollback()
    finally:
        engine.dispose()


@pytest.fixture
def impatient_app(app):
    """A second app on the same database and index that waits only 0.2 s for a lock."""
    keys = ("TESTING", "DATABASE_URL", "INSTANCE_PATH", "INDEX_PATH", "SECRET_KEY", "SITE_URL")
    second = create_app({**{k: app.config[k] for k in keys}, "DATABASE_BUSY_TIMEOUT": 0.2,
                         "DATABASE_LOCK_TIMEOUT": 0.2})
    yield second
    second.extensions["directory.engine"].dispose()


def test_a_save_meeting_a_held_lock_answers_503_and_writes_nothing(app, impatient_app, caplog):
    world = make_world(app)
    browser = impatient_app.test_client()
    login(browser, world.admin)
    url = f"/provider/services/{world.a_live}/edit"
    page = browser.get(url).get_data(as_text=True)
    before = stored(app, world.a_live)
    fields = form_fields(page)
    fields["name"], fields["save"] = "Never saved", "y"
    with lock_held_elsewhere(app, world.a_live), caplog.at_level(logging.WARNING):
        response = browser.post(f"{url}?private=words", data=fields)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == str(web.RETRY_AFTER_SECONDS)
    assert "Nothing you sent has been saved" in response.get_data(as_text=True)
    [line] = [r.getMessage() for r in caplog.records if "Database busy" in r.getMessage()]
    assert url in line and "private" not in line and "\n" not in line
    assert stored(app, world.a_live) == before
    # Once the lock is gone, the same page saves normally.
    assert submit(browser, url, {"name": "Saved later"}, page=page).status_code == 302


def test_the_api_answers_a_busy_database_with_the_json_error_shape(app, impatient_app):
    world = make_world(app)
    with impatient_app.app_context(), lock_held_elsewhere(app, world.a_live):
        session = db.new_session(impatient_app)
        try:
            with pytest.raises(OperationalError) as busy:
                listings.lock(session, session.get(Service, world.a_live))
        finally:
            session.close()
    assert web.is_database_busy(busy.value), repr(busy.value)
    with impatient_app.test_request_context("/api/v1/services?q=talk"):
        response = web.handle_database_busy(busy.value)
    assert response.status_code == 503 and response.headers["Retry-After"]
    assert response.get_json()["error"]["code"] == "busy"
    assert set(response.get_json()["error"]) == {"code", "message", "field"}


def test_every_connection_waits_for_a_lock_less_than_a_worker_lives(app):
    engine = app.extensions["directory.engine"]
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
            return
        assert connection.execute(text("SHOW lock_timeout")).scalar() == "5s"
        assert connection.execute(text("SHOW statement_timeout")).scalar() == "10s"
        # The URL's own options (the test schema's search_path) are kept.
        assert connection.execute(text("SHOW search_path")).scalar() in app.config[
            "DATABASE_URL"]


def test_timeouts_come_from_the_config_or_the_environment(monkeypatch):
    assert db.timeouts_from({}) == db.Timeouts() and db.Timeouts().busy == 5
    assert db.SQLITE_BUSY_TIMEOUT < 30  # under gunicorn's worker timeout
    monkeypatch.setenv("DIRECTORY_DATABASE_BUSY_TIMEOUT", "2")
    assert db.timeouts_from({}).busy == 2.0
    assert db.timeouts_from({"DATABASE_BUSY_TIMEOUT": 0.5}).busy == 0.5
