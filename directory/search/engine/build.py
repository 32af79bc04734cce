"""Fill a new index generation from the database: in segments, on every core.

Whoosh spends most of a build sorting and writing postings, so the work is split: the
listed service ids are shared out, a worker process writes its share into an index of
its own, and its finished segments are then moved into the new generation and listed in its
table of contents. Each writer commits a segment per ``SEGMENT_DOCS`` documents: sorting
several small pools is much quicker than one large one (and never spills to disk).
"""

import gc
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlmodel import Session
from whoosh import index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import TOC, clean_files

from .documents import document, listed_versions, load_rows
from .schema import make_schema

SEGMENT_DOCS = 10_000
SEGMENT_MB = 256  # enough for SEGMENT_DOCS in memory: spilling the sort to disk doubles the time
LOAD_CHUNK = 2_000
PARALLEL_MIN = 20_000  # fewer services than this are quicker to index in-process


def bulk_codec() -> W3Codec:
    """Return Whoosh's codec without per-block length statistics.

    They serve Whoosh's own block-skipping scorers, which this package does not use, and
    collecting them costs a column read per posting: about a third of a rebuild.
    """
    codec = W3Codec()
    codec.length_stats = False
    return codec


def fill(app, ix, progress=None) -> int:
    """Index every listed service into the (new, empty) index ix; return the count."""
    engine = app.extensions["directory.engine"]
    with Session(engine) as session:
        ids = sorted(listed_versions(session))
    workers = app.config.get("SEARCH_BUILD_WORKERS") or min(2, os.cpu_count() or 1)
    if workers < 2 or len(ids) < app.config.get("SEARCH_BUILD_PARALLEL_MIN", PARALLEL_MIN):
        with Session(engine) as session:
            return write_segments(session, ix, ids, progress)
    shares = [ids[i::workers] for i in range(workers)]
    url = engine.url.render_as_string(hide_password=False)
    with tempfile.TemporaryDirectory(dir=ix.storage.folder, prefix=".part-") as parts:
        folders = [str(Path(parts) / str(n)) for n in range(1, workers)]
        helpers = [_start_worker(url, folder, share)
                   for folder, share in zip(folders, shares[1:], strict=True)]
        try:
            with Session(engine) as session:
                count = write_segments(session, ix, shares[0], progress)
        finally:
            results = [helper.communicate() for helper in helpers]
        for helper, (out, err) in zip(helpers, results, strict=True):
            if helper.returncode:
                raise RuntimeError(f"an index build worker failed: {err.decode()[-2000:]}")
            count += int(out)
        for folder in folders:
            adopt(ix, folder)
    return count


def _start_worker(database_url: str, folder: str, ids: list[int]) -> subprocess.Popen:
    """Start ``python -m directory.search.engine.build`` on a share of the ids (sent on stdin,
    so the database password never shows in the process list)."""
    helper = subprocess.Popen([sys.executable, "-m", "directory.search.engine.build"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    helper.stdin.write(json.dumps({"database_url": database_url, "folder": folder,
                                   "ids": ids}).encode())
    helper.stdin.close()
    helper.stdin = None  # communicate() must not write again
    return helper


def build_part(database_url: str, folder: str, ids: list[int]) -> int:
    """Write some services into an index of their own (in a worker process)."""
    from directory.db import make_engine

    engine = make_engine(database_url)
    try:
        Path(folder).mkdir(parents=True)
        ix = index.create_in(folder, make_schema())
        with Session(engine) as session:
            return write_segments(session, ix, ids)
    finally:
        engine.dispose()


def write_segments(session, ix, ids: list[int], progress=None) -> int:
    """Add these services to ix, committing a segment per SEGMENT_DOCS; return the count."""
    done = 0
    enabled = gc.isenabled()
    gc.disable()  # millions of small postings: collection passes cost more than they save
    try:
        for start in range(0, len(ids), SEGMENT_DOCS):
            writer = ix.writer(limitmb=SEGMENT_MB, codec=bulk_codec())
            try:
                share = ids[start:start + SEGMENT_DOCS]
                for chunk in range(0, len(share), LOAD_CHUNK):
                    for row in load_rows(session, share[chunk:chunk + LOAD_CHUNK]):
                        if row.listed:
                            writer.add_document(**document(row))
                            done += 1
                    if progress is not None:
                        progress(done, len(ids))
                writer.commit(merge=False)
            except BaseException:
                writer.cancel()
                raise
    finally:
        if enabled:
            gc.enable()
    return done


def adopt(ix, folder: str) -> None:
    """Move another index's segments into ix and list them in a new table of contents."""
    other = index.open_dir(folder)
    segments = TOC.read(other.storage, other.indexname).segments
    names = {segment.segment_id() for segment in segments}
    for path in Path(folder).iterdir():
        if path.name.split(".")[0] in names:
            os.replace(path, Path(ix.storage.folder) / path.name)
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(blocking=True):
        raise RuntimeError("could not lock the new index")
    try:
        toc = TOC.read(ix.storage, ix.indexname)
        generation = toc.generation + 1
        TOC(toc.schema, toc.segments + segments, generation).write(ix.storage, ix.indexname)
        clean_files(ix.storage, ix.indexname, generation, toc.segments + segments)
    finally:
        lock.release()


if __name__ == "__main__":  # a build worker: read the job on stdin, print the count
    job = json.load(sys.stdin)
    print(build_part(job["database_url"], job["folder"], job["ids"]))
