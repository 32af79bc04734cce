"""What the audit of cross-request state found, each pinned: nothing one visitor's request
leaves behind reaches another's, and no worker keeps an answer another has moved past."""

import os
import shutil

import pytest

from directory import paths
from directory.signposting.words import topic_vocabulary


@pytest.fixture
def seed_copy(tmp_path, monkeypatch):
    """A copy of seed/ the test may edit, standing in for the shipped one."""
    copy = tmp_path / "seed"
    shutil.copytree(paths.SEED, copy)
    monkeypatch.setattr(paths, "SEED", copy)
    return copy


def test_the_browser_crisis_words_follow_an_edit_of_the_vocabulary(seed_copy):
    before = topic_vocabulary()
    vocabulary = seed_copy / "vocabulary.csv"
    lines = vocabulary.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    topic_at, phrases_at = header.index("topic"), header.index("phrases")
    code = next(iter(before["topics"]))
    for number, line in enumerate(lines[1:], start=1):
        cells = line.split(",")
        if cells[topic_at] == code and '"' not in line:
            cells[phrases_at] = cells[phrases_at] + ";zebra crossing feelings"
            lines[number] = ",".join(cells)
            break
    else:
        pytest.skip("no simple row to edit")
    vocabulary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.utime(vocabulary, ns=(1, vocabulary.stat().st_mtime_ns + 10**9))
    assert "zebra crossing feelings" in topic_vocabulary()["topics"][code]


def test_the_vocabulary_answer_can_be_revalidated(demo_client):
    first = demo_client.get("/signpost/vocabulary.json")
    assert first.headers["ETag"]
    again = demo_client.get("/signpost/vocabulary.json",
                            headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


def test_a_forked_child_opens_its_own_database_connection(app, session):
    from sqlalchemy import text

    session.exec(text("SELECT 1"))
    parent = session.connection().connection.dbapi_connection
    session.close()  # the connection goes back to the pool, ready to be handed out again
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: the inherited pool must not hand out the parent's connection
        try:
            from directory import db

            with db.new_session(app) as own:
                own.exec(text("SELECT 1"))
                same = own.connection().connection.dbapi_connection is parent
            os.write(write, b"shared" if same else b"own")
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    assert os.read(read, 16) == b"own"


def test_a_request_in_a_reused_context_is_refused_not_leaked(app):
    client = app.test_client()
    assert client.get("/").status_code == 200
    with app.app_context():  # what `directory serve` once did for every request of a worker
        assert client.get("/").status_code == 200
        assert client.get("/").status_code == 500  # the second request would see the first's g


def test_every_page_says_it_depends_on_language_and_cookies(demo_client):
    for path in ("/", "/search?q=anxiety", "/signpost/", "/provider/login", "/get-help-now"):
        vary = demo_client.get(path).headers.get("Vary", "")
        assert "Accept-Language" in vary and "Cookie" in vary, (path, vary)
