"""``directory bench --http``: the synthetic directory served by the real server, under load.

The directory is generated and indexed in a throwaway folder as for the in-process bench, then
served by ``directory serve`` (gunicorn, ``workers`` processes) on a free local port. The search
page (``/search``, HTML, as people use it) is asked for the same query mix:

- ``single``: one client asking one search after another (latency without queueing);
- ``loaded``: ``clients`` threads asking ``requests`` searches between them as fast as they
  are answered; requests per second is completed requests over the wall time.

Each request is a new connection, timed from connecting until the last byte of the page. The
clients run in this process, on the same machine as the server: what they use of the CPU is
reported beside the figures, because it is CPU the server did not have.
"""

import http.client
import os
import resource
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from directory.serving import directory_command, server_environment, stop_server

from .runner import query_mix, summary, synthetic_directory

STARTUP_SECONDS = 120


def search_paths() -> list[str]:
    """Return the query mix as search-page addresses, every kind in turn."""
    paths = []
    for params in (p for kind in query_mix().values() for p in kind):
        query = {"q": params.q, "location": params.location,
                 "radius": f"{params.radius:g}" if params.location else "",
                 "grouping": params.groupings, "age": params.age if params.age is not None else ""}
        paths.append("/search?" + urlencode({k: v for k, v in query.items() if v}, doseq=True))
    return paths


def run(services: int, clients: int = 8, requests: int = 2000, workers: int = 2,
        progress=None) -> dict:
    """Generate ``services``, serve them with ``workers`` processes and time the search page."""
    say = progress or (lambda message: None)
    with tempfile.TemporaryDirectory(prefix="directory-bench-http-") as folder:
        app, count, *_ = synthetic_directory(folder, services, say)
        app.extensions["directory.engine"].dispose()
        say(f"Serving with {workers} workers…")
        with Server(app, workers) as server:
            paths = search_paths()
            for path in paths * 2:  # warm every worker's caches
                server.get(path)
            say("One client, one search after another…")
            single = [server.get(path) for path in paths * 3]
            say(f"{clients} clients, {requests:,} searches…")
            loaded, wall, client_cpu = _load(server, paths, clients, requests)
    failures = [status for _, status in single + loaded if status != 200]
    return {
        "services": count, "workers": workers, "clients": clients,
        "requests": len(loaded), "failures": len(failures),
        "requests_per_second": round(len(loaded) / wall, 1),
        "single": summary([ms for ms, _ in single]),
        "loaded": summary([ms for ms, _ in loaded]),
        "client_cpu_share": round(client_cpu / (wall * (os.cpu_count() or 1)), 3),
    }


def _load(server, paths, clients: int, requests: int):
    """Run ``clients`` threads until ``requests`` are answered; return timings, wall, CPU."""
    timings: list[tuple[float, int]] = []
    next_request = iter(range(requests))
    taking = threading.Lock()

    def client():
        while True:
            with taking:
                number = next(next_request, None)
            if number is None:
                return
            timings.append(server.get(paths[number % len(paths)]))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    cpu = _cpu_seconds()
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings, time.perf_counter() - started, _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Server:
    """``directory serve`` on a free local port for ``app``'s database and index."""

    def __init__(self, app, workers: int):
        self.app, self.workers = app, workers
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]

    def __enter__(self):
        config = self.app.config
        env = server_environment(config, DIRECTORY_SITE_URL=f"http://127.0.0.1:{self.port}")
        self.log = (Path(config["INSTANCE_PATH"]) / "server.log").open("w")
        self.process = subprocess.Popen(
            [*directory_command(), "serve", "--workers", str(self.workers),
             "--host", "127.0.0.1", "--port", str(self.port)],
            env=env, cwd=config["INSTANCE_PATH"], stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True)
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server stopped: " + self._log_text())
            if self.get("/healthz")[1] == 200:
                return self
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("the server did not become healthy: " + self._log_text())

    def __exit__(self, *exc):
        stop_server(self.process)
        self.log.close()

    def _log_text(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-2000:]

    def get(self, path: str) -> tuple[float, int]:
        """Ask for ``path`` on a new connection; return milliseconds taken and the status (0 when
        the connection failed: a failure to report, not to stop the bench for)."""
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            status = 0
        finally:
            connection.close()
        return (time.perf_counter() - started) * 1000, status


def format_table(report: dict) -> str:
    """Return the report as a plain-text table."""
    lines = [f"Synthetic directory: {report['services']:,} services, served by "
             f"{report['workers']} workers", "",
             f"{'search page':<34}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"]
    for label, key in (("one client", "single"), (f"{report['clients']} clients", "loaded")):
        figures = report[key]
        lines.append(f"{label:<34}{figures['p50_ms']:>9.1f}{figures['p95_ms']:>9.1f}"
                     f"{figures['max_ms']:>9.1f}")
    lines += ["", f"requests per second ({report['clients']} clients): "
              f"{report['requests_per_second']:.0f} over {report['requests']:,} requests",
              f"failed requests:                  {report['failures']}",
              f"CPU the clients used:             {report['client_cpu_share']:.0%} of the machine"]
    return "\n".join(lines)
