"""The real server as users and operators meet it: several workers agree on the index and the
rate limits, a killed worker is replaced without errors, logs keep no query strings, and the
README's ``directory demo`` starts a working directory.
"""

import os
import re
import signal
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from accounts_support import PASSWORD
from database_support import Database, make_app
from provider_support import ORG_A, make_world
from served_support import sign_in, submit_form
from sqlmodel import select

from directory import db
from directory.models import Organisation, Service

pytestmark = pytest.mark.served
ACCESS_LINE = re.compile(r'<(\d+)> "(\w+) (\S+) HTTP')


def trust(app, name: str) -> None:
    with db.session_scope(app) as session:
        session.exec(select(Organisation).where(Organisation.name == name)).one().trusted = True


def workers_that_answered(server, path: str) -> set[int]:
    return {int(pid) for pid, _, seen in ACCESS_LINE.findall(server.log()) if seen == path}


def names_found(server, words: str) -> list[str]:
    with server.client() as visitor:
        response = visitor.get("/api/v1/search", params={"q": words})
    assert response.status_code == 200, response.text
    return [result["name"] for result in response.json()["results"]]


def edit_summary(server, email: str, service_id: int, summary: str) -> httpx.Response:
    with server.client() as provider:
        assert sign_in(provider, email, PASSWORD).status_code == 302
        return submit_form(provider, f"/provider/services/{service_id}/edit",
                           {"summary": summary}, button="save")


def test_an_edit_saved_through_one_worker_is_found_by_the_next_search_on_either(app, serve):
    world = make_world(app)
    trust(app, ORG_A)
    server = serve(app, DIRECTORY_RATELIMIT_ENABLED="false")
    word = "kingfisher" + uuid.uuid4().hex[:6]
    assert edit_summary(server, world.provider_a, world.a_live,
                        f"Counselling with a friendly {word} for worried teenagers."
                        ).status_code == 302
    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda _: names_found(server, word), range(40)))
    assert all(names == ["Talk Space"] for names in found), found
    assert len(workers_that_answered(server, "/api/v1/search")) == 2, server.log()[-2000:]


def test_a_worker_killed_mid_burst_is_replaced_and_no_request_sees_a_500(app, serve):
    world = make_world(app)
    trust(app, ORG_A)
    server = serve(app, DIRECTORY_RATELIMIT_ENABLED="false")
    statuses, broken, stop = [], [], threading.Event()

    def search_until_stopped():
        while not stop.is_set():
            try:
                with server.client() as visitor:
                    statuses.append(visitor.get("/search", params={
                        "q": "counselling", "location": "SG1 1AA"}).status_code)
            except httpx.TransportError as error:  # the killed worker's own open request
                broken.append(error)

    threads = [threading.Thread(target=search_until_stopped) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    victim = server.worker_pids()[0]
    os.kill(victim, signal.SIGKILL)
    saved = edit_summary(server, world.provider_a, world.a_live,
                         "Counselling on Saturdays too, saved while a worker died.")
    time.sleep(3)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    assert saved.status_code == 302
    assert statuses and not [s for s in statuses if s >= 500], statuses
    assert len(broken) <= len(threads), broken
    replaced = server.worker_pids()
    assert victim not in replaced and len(replaced) == 2
    assert "Talk Space" in names_found(server, "saved while a worker died")
    with db.session_scope(app) as session:
        assert "worker died" in session.get(Service, world.a_live).summary


def sign_in_attempts(server, tries: int) -> list[int]:
    """Post wrong passwords for addresses nobody has, each from a fresh jar."""
    codes = []
    for attempt in range(tries):
        with server.client() as stranger:
            codes.append(sign_in(stranger, f"nobody{attempt}@example.org", "wrong password!"
                                 ).status_code)
    return codes


@pytest.mark.parametrize("storage", ["default", "redis"])
def test_the_sign_in_limit_holds_across_workers(app, serve, storage):
    settings = {}
    if storage == "redis":
        redis = pytest.importorskip("redis")
        try:
            redis.Redis(host="127.0.0.1", port=6379, socket_timeout=2).ping()
        except redis.RedisError:
            pytest.skip("no Redis on 127.0.0.1:6379")
        settings = {"DIRECTORY_RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379/0",
                    "DIRECTORY_RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}"}
    server = serve(app, **settings)
    codes = sign_in_attempts(server, 25)
    assert codes.count(429) == 15, codes
    assert len(workers_that_answered(server, "/provider/login")) == 2


def test_serving_several_workers_with_per_process_limits_warns_at_start(app, serve):
    server = serve(app, DIRECTORY_RATELIMIT_STORAGE_URI="memory://")
    assert "Rate limits are stored per process (memory://)" in server.log()


def test_logs_keep_paths_but_never_query_strings(app, serve):
    make_world(app)
    server = serve(app, DIRECTORY_RATELIMIT_ENABLED="false")
    with server.client() as visitor:
        visitor.get("/search", params={"location": "SG1 1AA", "age": "15", "topics": "anxiety"})
        visitor.get("/signpost/options", params={"location": "SG1 1AA", "age": "15"})
        visitor.get("/api/v1/search", params={"location": "ZZ99 9ZZ", "age": "99"})
        visitor.get("/services/99999999999999999999999", params={"location": "SG1 1AA"})
    log = server.log()
    assert '"GET /search HTTP/1.1" 200' in log
    for secret in ("SG1", "ZZ99", "age=", "topics=", "anxiety", "?"):
        assert secret not in log.split("Booting worker")[-1], (secret, log[-3000:])


def test_ids_no_database_row_can_have_are_not_found(app, serve):
    server = serve(app, DIRECTORY_RATELIMIT_ENABLED="false")
    with server.client() as visitor:
        for path in ("/services/9223372036854775808", "/services/99999999999999999999",
                     "/admin/accounts/9223372036854775808",
                     "/provider/services/18446744073709551616/edit",
                     "/api/v1/services/9223372036854775808"):
            assert visitor.get(path).status_code in (302, 404), path


def test_the_readme_demo_command_serves_a_working_directory(tmp_path, serve):
    folder = tmp_path / "fresh"
    database = Database(folder)
    folder.mkdir(parents=True, exist_ok=True)
    app = make_app(folder, database)  # only names the database and folders: nothing is loaded
    home = tmp_path / "home"
    home.mkdir()
    try:
        server = serve(app, command=("demo",), HOME=str(home), XDG_RUNTIME_DIR=str(home),
                       DIRECTORY_SITE_URL="")  # unset: the server names its own address
        with server.client() as visitor:
            health = visitor.get("/healthz").json()
            assert health["services"] == health["indexed"] > 100
            assert "Stevenage" in visitor.get("/search", params={"location": "Stevenage"}).text
            assert visitor.get("/oruk/").json()["openapi_url"].startswith(server.url)
        log = server.log()
        assert f"Emails are written to {folder / 'outbox'}" in log
        assert "directory create-user --email you@example.org --role admin" in log
        assert not list(Path(home).rglob("*")), "the server left files in the home folder"
    finally:
        database.drop(app)
