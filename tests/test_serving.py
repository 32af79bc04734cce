"""The pieces under the served tier: private log lines, shared rate-limit counters, start-up
warnings, route ids, the secret key made once, and the WSGI entry point itself."""

import logging
import multiprocessing
import sqlite3
import subprocess
import sys
import time

import pytest

from directory import config
from directory.serving import gunicorn_argv
from directory.serving.private_logs import PrivateLogFilter, scrub
from directory.serving.warnings import startup_warnings
from directory.web.rate_limits import SharedFileStorage, default_uri


def test_scrub_removes_every_query_string_but_keeps_the_path():
    line = 'GET /search?location=SG1+1AA&age=15 and http://x.org/a?b=c "/s?q=1"'
    assert scrub(line) == 'GET /search and http://x.org/a "/s"'


def test_the_filter_scrubs_error_lines_and_tracebacks():
    try:
        raise ValueError("bad /signpost/options?location=SG1&age=15")
    except ValueError:
        record = logging.LogRecord("gunicorn.error", logging.ERROR, __file__, 1,
                                   "Error handling request %s", ("/search?age=15&topics=x",),
                                   sys.exc_info())
    assert PrivateLogFilter().filter(record)
    text = logging.Formatter().format(record)
    assert "Error handling request /search" in text and "ValueError" in text
    assert "age=15" not in text and "SG1" not in text


def test_the_filter_scrubs_gunicorn_access_atoms():
    from gunicorn.glogging import SafeAtoms

    atoms = SafeAtoms({"r": "GET /search?location=SG1 HTTP/1.1", "U": "/search",
                       "q": "location=SG1", "{referer}i": "http://x/search?age=15"})
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1,
                               "%(r)s %(q)s %({referer}i)s", (), None)
    record.args = atoms
    PrivateLogFilter().filter(record)
    assert record.getMessage() == "GET /search HTTP/1.1  http://x/search"


def _count_hits(uri: str, times: int, results) -> None:
    storage = SharedFileStorage(uri)
    for _ in range(times):
        results.put(storage.incr("login/127.0.0.1", 60))


def test_counters_in_the_shared_file_add_up_across_processes(tmp_path):
    uri = default_uri(str(tmp_path))
    results = multiprocessing.get_context("spawn").Queue()
    workers = [multiprocessing.get_context("spawn").Process(target=_count_hits,
                                                             args=(uri, 10, results))
               for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    counts = sorted(results.get(timeout=5) for _ in range(30))
    assert counts == list(range(1, 31))  # every increment seen once, none lost
    storage = SharedFileStorage(uri)
    assert storage.get("login/127.0.0.1") == 30 and storage.check()


def test_a_counter_window_ends_and_starts_again(tmp_path):
    storage = SharedFileStorage(default_uri(str(tmp_path)))
    assert storage.incr("k", 0.2) == 1 and storage.incr("k", 0.2) == 2
    assert storage.get_expiry("k") > 0
    time.sleep(0.3)
    assert storage.get("k") == 0 and storage.incr("k", 60) == 1
    storage.clear("k")
    assert storage.get("k") == 0


def test_per_process_limits_with_several_workers_are_warned_about():
    settings = {"RATELIMIT_STORAGE_URI": "memory://"}
    assert startup_warnings(2, settings) and not startup_warnings(1, settings)
    assert not startup_warnings(4, {"RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379"})


def test_the_default_limit_storage_is_the_app_instance_s_shared_file(app):
    assert app.config["RATELIMIT_STORAGE_URI"] == default_uri(app.config["INSTANCE_PATH"])


def test_the_counter_file_keeps_no_address_and_forgets_ended_windows(tmp_path):
    storage = SharedFileStorage(default_uri(str(tmp_path)))
    storage.incr("LIMITER/203.0.113.9/auth.login", 0.05)
    time.sleep(0.1)
    storage.incr("LIMITER/198.51.100.7/auth.login", 60)
    path = tmp_path / "rate_limits.sqlite"
    rows = sqlite3.connect(path).execute("SELECT key FROM counter").fetchall()
    assert len(rows) == 1  # the ended window of 203.0.113.9 is gone
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("rate_limits.sqlite*"))
    assert b"203.0.113.9" not in stored and b"198.51.100.7" not in stored
    assert path.stat().st_mode & 0o077 == 0


def _login_codes(app, tries: int, **headers) -> list[int]:
    client = app.test_client()
    return [client.post("/provider/login", data={"email": "x@example.org"},
                        headers=headers).status_code for _ in range(tries)]


def test_each_app_keeps_its_own_limit_switch(app):
    from accounts_support import dispose, sibling_app

    app.config["WTF_CSRF_ENABLED"] = False
    other = sibling_app(app, RATELIMIT_ENABLED=False)  # made last: it must not switch app's off
    try:
        assert _login_codes(other, 12).count(429) == 0
        assert _login_codes(app, 12).count(429) == 2
    finally:
        dispose(other)


def test_forwarded_addresses_count_only_behind_a_trusted_proxy(app):
    from accounts_support import dispose, sibling_app

    app.config["WTF_CSRF_ENABLED"] = False
    assert _login_codes(app, 10, **{"X-Forwarded-For": "203.0.113.1"}).count(429) == 0
    assert _login_codes(app, 1, **{"X-Forwarded-For": "203.0.113.2"}) == [429]  # forged: ignored
    proxied = sibling_app(app, PROXY_HOPS=1, WTF_CSRF_ENABLED=False)
    try:
        assert _login_codes(proxied, 10, **{"X-Forwarded-For": "203.0.113.3"}).count(429) == 0
        assert _login_codes(proxied, 1, **{"X-Forwarded-For": "203.0.113.3"}) == [429]
        assert _login_codes(proxied, 1, **{"X-Forwarded-For": "203.0.113.4"}) != [429]
    finally:
        dispose(proxied)


def test_serve_runs_gunicorn_on_the_wsgi_entry_point_with_its_settings():
    argv = gunicorn_argv("127.0.0.1", 8123, 3)
    assert argv[-1] == "directory.wsgi:app" and argv[1:3] == ["-m", "gunicorn"]
    assert "python:directory.serving.gunicorn_settings" in argv and "127.0.0.1:8123" in argv


def test_the_wsgi_module_builds_an_app_without_pushing_a_context(tmp_path):
    code = ("import flask, directory.wsgi as w; print(bool(flask.has_app_context()),"
            " w.app.name)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"DIRECTORY_INSTANCE_PATH": str(tmp_path), "PATH": "/usr/bin"},
                            timeout=120)
    assert result.stdout.split() == ["False", "directory"], result.stderr


def _make_key(folder, results) -> None:
    results.put(config.load_settings({"DIRECTORY_INSTANCE_PATH": folder})["SECRET_KEY"])


def test_workers_starting_at_once_on_a_new_instance_agree_on_one_secret_key(tmp_path):
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    starts = [context.Process(target=_make_key, args=(str(tmp_path), results)) for _ in range(6)]
    for process in starts:
        process.start()
    for process in starts:
        process.join(timeout=30)
    keys = {results.get(timeout=5) for _ in starts}
    assert len(keys) == 1 and (tmp_path / "secret_key").read_text() in keys


@pytest.mark.parametrize("path", ["/services/9223372036854775808",
                                  "/services/99999999999999999999/report",
                                  "/admin/accounts/9223372036854775808",
                                  "/admin/moderation/changes/18446744073709551616"])
def test_ids_past_a_64_bit_integer_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_the_largest_id_still_routes_and_one_more_does_not(app):
    from werkzeug.exceptions import NotFound

    urls = app.url_map.bind("localhost")
    assert urls.match("/services/9223372036854775807") == (
        "public.service", {"service_id": 2**63 - 1})
    with pytest.raises(NotFound):
        urls.match("/services/9223372036854775808")


def test_a_key_made_by_another_process_meanwhile_is_kept_not_overwritten(tmp_path, monkeypatch):
    from pathlib import Path

    (tmp_path / "secret_key").write_text("made-by-the-other-worker")
    real_exists = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self: False if self.name == "secret_key"
                        else real_exists(self))  # as if it appeared just after the check
    settings = config.load_settings({"DIRECTORY_INSTANCE_PATH": str(tmp_path)})
    assert settings["SECRET_KEY"] == "made-by-the-other-worker"


def test_a_server_on_another_port_names_itself_unless_told_otherwise():
    from directory.serving import default_site_url

    assert default_site_url("127.0.0.1", 5088) == "http://127.0.0.1:5088"
    assert default_site_url("::1", 8000) == "http://[::1]:8000"
    assert default_site_url("0.0.0.0", 8000) is None
