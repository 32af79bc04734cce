"""Two nodes on one database: two ``directory serve`` processes, each with its own instance and
index folder. Each node's index follows the change log, so an edit on node A and an import run
from a third process reach node B's search; a node killed with SIGKILL catches up on restart;
and node B keeps answering while a long import runs on A.

On PostgreSQL (``DIRECTORY_TEST_DATABASE_URL``, as CI runs it) the followers are woken by
LISTEN/NOTIFY; on SQLite they poll.
"""

import csv
import json
import os
import signal
import subprocess
import time

import pytest
from accounts_support import PASSWORD
from served_support import (
    ServedDirectory,
    directory_command,
    environment_for,
    sign_in,
    submit_form,
)

from directory import db
from directory.models import Organisation

pytestmark = pytest.mark.served
GOOD_CSV = os.path.join(os.path.dirname(__file__), "..", "fixtures", "services_good.csv")


def node_settings(tmp_path, name: str) -> dict[str, str]:
    """The settings that give a node its own instance and index folders."""
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    return {"DIRECTORY_INSTANCE_PATH": str(folder), "DIRECTORY_INDEX_PATH": str(folder / "index"),
            "DIRECTORY_RATELIMIT_ENABLED": "false", "DIRECTORY_FOLLOW_INTERVAL": "0.5"}


def found_within(node, words: str, name: str, seconds: float) -> float:
    """Return how long until node's search for ``words`` shows ``name``; fail after ``seconds``."""
    started = time.monotonic()
    with node.client() as visitor:
        while True:
            page = visitor.get("/search", params={"q": words})
            assert page.status_code == 200
            took = time.monotonic() - started
            if name in page.text:
                return took
            assert took < seconds, f"{node.url} did not find {name!r} within {seconds} s"
            time.sleep(0.05)


def write_csv(path, rows: int, word: str) -> None:
    """Write an import file of ``rows`` one-location services whose names hold ``word``."""
    with open(GOOD_CSV, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, template = reader.fieldnames, next(reader)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        for number in range(rows):
            writer.writerow({**template, "service_ref": f"{word}-{number}",
                             "service": f"{word.title()} club {number}"})


def command(app, settings: dict, *args: str, **popen) -> subprocess.Popen:
    """Run ``directory <args>`` as another process on the same database."""
    return subprocess.Popen([*directory_command(), *args], env=environment_for(app, **settings),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **popen)


def test_every_node_follows_the_change_log(app, serve, tmp_path):
    from provider_support import make_world

    world = make_world(app)
    with db.session_scope(app) as session:
        organisation = session.get(Organisation, world.org_a)
        organisation.trusted = True  # edits publish at once, so search is what is tested
        session.add(organisation)
    node_a = serve(app, DIRECTORY_RATELIMIT_ENABLED="false", DIRECTORY_FOLLOW_INTERVAL="0.5")
    b_settings = node_settings(tmp_path, "node-b")
    node_b = serve(app, **b_settings)

    # 1. An edit through node A's provider form is found by node B's search within 2 s.
    with node_a.client() as provider:
        assert sign_in(provider, world.provider_a, PASSWORD).status_code == 302
        edit = f"/provider/services/{world.a_live}/edit"
        response = submit_form(provider, edit, {
            "summary": "Counselling with a friendly kingfisher mascot for worried teenagers."},
            button="save")
        assert response.status_code == 302, response.text[:300]
    assert found_within(node_b, "kingfisher", "Talk Space", 2.0) < 2.0

    # 2. An import run from a third process (its own folders) reaches both nodes.
    import_file = tmp_path / "heron.csv"
    write_csv(import_file, 3, "heron")
    third = command(app, node_settings(tmp_path, "shell"), "import-csv", str(import_file))
    output, _ = third.communicate(timeout=300)
    assert third.returncode == 0, output
    for node in (node_a, node_b):
        found_within(node, "heron", "Heron club 2", 2.0)

    # 3. Node B killed outright; edits on A meanwhile; B restarted catches up, doctor clean.
    os.killpg(node_b.process.pid, signal.SIGKILL)
    node_b.process.wait(timeout=20)
    with node_a.client() as provider:
        assert sign_in(provider, world.provider_a, PASSWORD).status_code == 302
        response = submit_form(provider, f"/provider/services/{world.a_live}/edit", {
            "summary": "Counselling beside the otter pond for worried teenagers."},
            button="save")
        assert response.status_code == 302
    node_b = ServedDirectory(app, **b_settings)
    try:
        found_within(node_b, "otter", "Talk Space", 5.0)
        with node_b.client() as visitor:
            assert "Talk Space" not in visitor.get("/search", params={"q": "kingfisher"}).text
            health = visitor.get("/healthz").json()
        assert health["change_log"]["behind"] == 0, health
        doctor = command(app, b_settings, "doctor", "--no-repair", "--json")
        output, _ = doctor.communicate(timeout=120)
        report = json.loads(output.strip().splitlines()[-1])
        assert (report["missing"], report["extra"], report["stale"]) == ([], [], []), report

        # 4. A long import on A while B answers searches, every one without an error.
        long_file = tmp_path / "plover.csv"
        write_csv(long_file, 150, "plover")
        a_settings = {"DIRECTORY_RATELIMIT_ENABLED": "false"}
        importing = command(app, a_settings, "import-csv", str(long_file))
        answered = 0
        with node_b.client() as visitor:
            while importing.poll() is None:
                page = visitor.get("/search", params={"q": "counselling"})
                assert page.status_code == 200, page.text[:300]
                answered += 1
        output, _ = importing.communicate()
        assert importing.returncode == 0, output
        assert answered > 5  # B was asked all through the import
        found_within(node_b, "plover 149", "Plover club 149", 10.0)
        found_within(node_a, "plover 149", "Plover club 149", 10.0)
    finally:
        node_b.stop()
