"""The real server tells its operator when DIRECTORY_SITE_URL (which every emailed link, QR code
and feed link is built from) does not lead back to it: one line on stderr at start-up, and a
warning in /healthz that leaves the health check's status alone.
"""

import os
import signal
import subprocess
import time

import httpx
import pytest
from accounts_support import free_port
from served_support import STARTUP_SECONDS, directory_command, environment_for

pytestmark = pytest.mark.served


def healthy(url: str, process: subprocess.Popen) -> httpx.Response:
    """Wait for ``url``/healthz to answer 200 and return the answer."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            response = httpx.get(f"{url}/healthz", timeout=5)
            if response.status_code == 200:
                return response
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError("the server never became healthy")


def test_serving_with_a_site_url_on_another_port_warns_on_stderr_and_in_healthz(app, tmp_path):
    port = free_port()
    site_url = "http://localhost:1"
    env = environment_for(app, DIRECTORY_SITE_URL=site_url)
    argv = [*directory_command(), "serve", "--workers", "1", "--host", "127.0.0.1",
            "--port", str(port)]
    with (tmp_path / "out.log").open("w") as out, (tmp_path / "err.log").open("w") as err:
        server = subprocess.Popen(argv, env=env, cwd=tmp_path, stdout=out, stderr=err,
                                  start_new_session=True)
        try:
            health = healthy(f"http://127.0.0.1:{port}", server).json()
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    assert health["database"] == health["index"] == "ok"
    assert health["warnings"] == [f"site_url_mismatch: emails and QR codes link to {site_url} but"
                                  f" this request reached http://127.0.0.1:{port}"]
    lines = [line for line in (tmp_path / "err.log").read_text().splitlines()
             if "DIRECTORY_SITE_URL" in line]
    assert lines == [f"Warning: DIRECTORY_SITE_URL ({site_url}) names port 1, but the server"
                     f" listens on 127.0.0.1:{port}: emails, QR codes and feed links will not"
                     " reach it; set DIRECTORY_SITE_URL to the address people use."], lines
    assert "DIRECTORY_SITE_URL" not in (tmp_path / "out.log").read_text()


def test_a_public_name_behind_a_trusted_proxy_is_normal(app, serve):
    public = "https://directory.example.org"
    server = serve(app, DIRECTORY_SITE_URL=public, DIRECTORY_PROXY_HOPS="1")
    assert "DIRECTORY_SITE_URL" not in server.log()  # no start-up warning
    forwarded = {"X-Forwarded-Host": "directory.example.org", "X-Forwarded-Proto": "https"}
    with server.client() as monitor:
        through_proxy = monitor.get("/healthz", headers=forwarded)
        around_it = monitor.get("/healthz")
    assert (through_proxy.status_code, through_proxy.json()["warnings"]) == (200, [])
    assert around_it.status_code == 200
    assert around_it.json()["warnings"] == [
        f"site_url_mismatch: emails and QR codes link to {public} but this request reached"
        f" {server.url}"]
