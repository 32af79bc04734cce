"""Through the real server: the ORUK feed, crawled like the validator, and imported from."""

import io
import json
import subprocess

import pytest
from database_support import prepare
from oruk_support import crawl
from served_support import DemoInstance, directory_command, environment_for

from directory import db
from directory.exports import export_oruk

pytestmark = pytest.mark.served


def fetch(client):
    """Return a ``get(path)`` for crawl(): (status, json, headers) over HTTP."""

    def get(path):
        response = client.get(path)
        return response.status_code, response.json(), response.headers

    return get


def exported(app) -> list[dict]:
    with db.session_scope(app) as session:
        stream = io.StringIO()
        export_oruk(session, stream)
    documents = json.loads(stream.getvalue())
    return [{k: v for k, v in d.items() if k != "last_modified"} for d in documents]


def test_the_real_server_serves_the_feed_to_any_site(served):
    with served.client(headers={"Origin": "https://another-council.example"}) as client:
        about = client.get("/oruk/")
        assert about.headers["access-control-allow-origin"] == "*"
        assert about.json()["openapi_url"] == f"{served.url}/oruk/openapi.json"
        assert client.get("/oruk/openapi.json").json()["openapi"] == "3.1.0"
        seen = crawl(fetch(client), per_page=20)
    assert seen.version == "HSDS-UK-3.0"
    assert not seen.wrong, "\n".join(seen.wrong[:20])
    assert seen.calls > 100 and seen.ids["services"]


def test_importing_our_running_feed_gives_the_same_services(served, demo_app, tmp_path):
    second = DemoInstance(tmp_path / "second", seeded=False)
    try:
        prepare(second.app)
        result = subprocess.run(
            [*directory_command(), "import-oruk", f"{served.url}/oruk"],
            env=environment_for(second.app), cwd=tmp_path, capture_output=True, text=True,
            timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "HSDS-UK-3.0" in result.stdout and "were added" in result.stdout
        theirs, ours = exported(second.app), exported(demo_app)
        assert len(ours) > 100
        assert theirs == ours  # the same services, with the same ids
    finally:
        second.close()
