"""A bounded soak through the real server: 8 clients for 60 s (``DIRECTORY_SOAK_SECONDS``),
95% searches with postcodes, places and filters, 5% provider edits through the real forms.

At the end: no server errors, every accepted edit is in the database and in search, and
``directory doctor`` finds no drift. The figures are printed and kept in test-artifacts/.
"""

import csv
import json
import os
import random
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from accounts_support import PASSWORD, make_account
from served_support import (
    DemoInstance,
    ServedDirectory,
    directory_command,
    environment_for,
    sign_in,
    submit_form,
)
from sqlmodel import select

from directory import db, paths
from directory.models import Organisation, Service

pytestmark = pytest.mark.served
CLIENTS = 8
SECONDS = float(os.environ.get("DIRECTORY_SOAK_SECONDS", "60"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SEED_POSTCODES = sorted({row["postcode"] for row in csv.DictReader(
    (paths.SEED / "services.csv").read_text(encoding="utf-8-sig").splitlines())
    if row["postcode"]})
PLACES = [*SEED_POSTCODES[::7], "Stevenage", "Hatfield", "St Albans", "Watford", "Hitchin",
          "Hemel Hempstead", "Bishop's Stortford", "EN8", "SG12"]
WORDS = ["", "anxiety", "low mood", "counselling", "bullying", "exam stress", "adhd",
         "young carers", "eating", "sleep", "angry", "lonely", "bereavement"]
GROUPINGS = ["thriving", "getting-advice", "getting-help", "getting-more-help",
             "getting-risk-support"]


@dataclass
class Tally:
    """What the clients saw, gathered under one lock."""

    latencies: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    accepted: dict[int, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, started: float, status: int) -> None:
        with self.lock:
            self.latencies.append(time.perf_counter() - started)
            self.statuses.append(status)


@pytest.fixture(scope="module")
def soak_site(tmp_path_factory):
    """The demo directory of its own with one provider account per listed organisation."""
    instance = DemoInstance(tmp_path_factory.mktemp("soak") / "instance")
    editors = []
    with db.session_scope(instance.app) as session:
        services = session.exec(select(Service).where(Service.national.is_(False),
                                                      Service.status == "active")).all()
        for service in services:
            if service.organisation_id not in {org for org, _, _ in editors}:
                organisation = session.get(Organisation, service.organisation_id)
                organisation.trusted = True  # edits publish at once, so search must show them
                editors.append((organisation.id, organisation.name, service.id))
            if len(editors) == CLIENTS:
                break
    accounts = []
    for number, (_, name, service_id) in enumerate(editors):
        email = f"soak{number}@example.org"
        make_account(instance.app, email, organisation=name)
        accounts.append((email, service_id))
    server = ServedDirectory(instance.app)
    yield instance, server, accounts
    server.stop()
    instance.close()


def random_search(rng: random.Random) -> dict:
    params = {"location": rng.choice(PLACES)}
    if words := rng.choice(WORDS):
        params["q"] = words
    if rng.random() < 0.4:
        params["grouping"] = rng.sample(GROUPINGS, rng.randint(1, 2))
    if rng.random() < 0.5:
        params["age"] = str(rng.randint(4, 25))
    if rng.random() < 0.2:
        params["delivery"] = rng.choice(["in-person", "online", "phone"])
    return params


def run_client(server, email: str, service_id: int, seed: int, deadline: float,
               tally: Tally) -> None:
    rng = random.Random(seed)
    edits = 0
    with server.client() as person:
        assert sign_in(person, email, PASSWORD).status_code == 302
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                if rng.random() < 0.05:
                    edits += 1
                    mark = f"soakmark{seed}x{edits}"
                    response = submit_form(person, f"/provider/services/{service_id}/edit", {
                        "summary": f"Support for young people, checked in the soak {mark}."},
                        button="save")
                    if response.status_code == 302:
                        with tally.lock:
                            tally.accepted[service_id] = mark
                else:
                    response = person.get("/search", params=random_search(rng))
                tally.record(started, response.status_code)
            except Exception as error:  # noqa: BLE001 - every failure is counted and shown
                with tally.lock:
                    tally.errors.append(f"{type(error).__name__}: {error}")


def test_a_bounded_soak_has_no_errors_and_loses_no_edit(soak_site):
    instance, server, accounts = soak_site
    tally = Tally()
    deadline = time.perf_counter() + SECONDS
    threads = [threading.Thread(target=run_client, args=(server, email, service_id, n,
                                                         deadline, tally))
               for n, (email, service_id) in enumerate(accounts)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SECONDS + 120)
    elapsed = time.perf_counter() - began
    latencies = sorted(tally.latencies)
    figures = {
        "clients": len(threads), "seconds": round(elapsed, 1), "requests": len(latencies),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(latencies[int(len(latencies) * 0.95)] * 1000, 1),
        "edits_accepted": len(tally.accepted),
        "server_errors": sum(status >= 500 for status in tally.statuses),
    }
    print("\nsoak:", json.dumps(figures))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "soak.json").write_text(json.dumps(figures, indent=2))
    assert not tally.errors, tally.errors[:5]
    assert figures["server_errors"] == 0, server.log()[-3000:]
    assert set(tally.statuses) <= {200, 302}, sorted(set(tally.statuses))
    with db.session_scope(instance.app) as session:
        for service_id, mark in tally.accepted.items():
            assert mark in session.get(Service, service_id).summary
    with server.client() as visitor:
        for service_id, mark in tally.accepted.items():
            found = visitor.get("/api/v1/search", params={"q": mark}).json()["results"]
            assert [result["id"] for result in found] == [service_id], mark
    doctor = subprocess.run([*directory_command(), "doctor", "--no-repair"],
                            env=environment_for(instance.app), capture_output=True, text=True,
                            timeout=300)
    assert doctor.returncode == 0, doctor.stderr
    assert "No drift" in doctor.stdout, doctor.stdout
