"""Read Open Referral UK services from a JSON file or from a running feed (with httpx)."""

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import httpx

PER_PAGE = 100
ATTEMPTS = 3  # per request: connection errors, timeouts, 429 and 5xx are tried again
BACKOFF_SECONDS = 0.5
TIMEOUT = httpx.Timeout(20.0, connect=5.0)


class SourceProblem(Exception):
    """The source cannot be read at all (not JSON, not a feed, unreachable)."""


def is_feed_url(source: str) -> bool:
    """Say whether ``source`` names a feed (an http or https address) rather than a file."""
    return source.startswith(("http://", "https://"))


def read_file(path: Path) -> list[dict]:
    """Return the services in a JSON file: one service, a list of them, or an ORUK page."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SourceProblem(f"{Path(path).name} cannot be read as JSON: {error}") from None
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        data = data["contents"]
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(item, dict) for item in items):
        raise SourceProblem("the file should hold a service, a list of services or an ORUK page")
    return items


class Feed:
    """A running ORUK feed: pages through /services and fetches each /services/{id}."""

    def __init__(self, base_url: str, client: httpx.Client | None = None):
        self.base = base_url.rstrip("/")
        self.client = client or httpx.Client(
            timeout=TIMEOUT, follow_redirects=True,
            transport=httpx.HTTPTransport(retries=1),
            headers={"Accept": "application/json", "User-Agent": "thrive-directory import-oruk"})

    def version(self) -> str:
        """Return the HSDS version the feed says it follows (empty when it says none)."""
        about = self._get("/")
        return str(about.get("version", "")) if isinstance(about, dict) else ""

    def service_ids(self) -> list[str]:
        """Return the id of every service, page by page."""
        ids, page = [], 1
        while True:
            answer = self._get(f"/services?page={page}&per_page={PER_PAGE}")
            if not isinstance(answer, dict) or not isinstance(answer.get("contents"), list):
                raise SourceProblem(f"{self.base}/services is not an ORUK page")
            ids += [str(item["id"]) for item in answer["contents"] if "id" in item]
            if answer.get("last_page", True) or not answer["contents"]:
                return list(dict.fromkeys(ids))
            page += 1

    def services(self, ids: list[str], progress: Callable[[], None] | None = None
                 ) -> Iterator[dict]:
        """Yield each service, fully nested."""
        for service_id in ids:
            yield self._get(f"/services/{quote(service_id, safe='')}")
            if progress:
                progress()

    def _get(self, path: str):
        url = self.base + path
        for attempt in range(1, ATTEMPTS + 1):
            try:
                response = self.client.get(url)
            except httpx.HTTPError as error:
                if attempt == ATTEMPTS:
                    raise SourceProblem(f"{url} could not be read: {error}") from None
            else:
                if response.status_code == 200:
                    return _json(url, response)
                if response.status_code != 429 and response.status_code < 500:
                    raise SourceProblem(f"{url} answered {response.status_code}")
                if attempt == ATTEMPTS:
                    raise SourceProblem(f"{url} answered {response.status_code} "
                                        f"{ATTEMPTS} times")
            time.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
        raise AssertionError("unreachable")


def _json(url: str, response: httpx.Response):
    try:
        return response.json()
    except ValueError:
        raise SourceProblem(f"{url} did not answer JSON") from None
