"""The services a results page shows, kept in each process between searches.

At national scale, loading a page of services with everything a result card shows
(organisation, groupings, locations, schedules, topics) took two thirds of a search, and the
same services come up again and again: every search shows the national section. So each
process keeps the services it loaded, by id and version:

- every search still asks the database which of its services are listed and at which version
  (one small query), so a service withdrawn, suspended or edited on any node is hidden or
  reloaded at once, never shown from memory;
- a service whose version changed, or that was loaded over ``max_age`` seconds ago (what a
  service shows from other rows, such as a shared location, can change without its own
  version), is loaded again, in a session of its own closed straight away;
- what is kept is detached from every session, with all a page reads already loaded, and is
  read only: nothing that is kept may be changed (the forms load their own).

Beside each kept service its result cards can be kept (``cards_for``; the web layer renders
them): they go when the service is loaded again or forgotten. A process holds at most
``capacity`` services (a few kB each with their cards), the least recently shown go
first. Gunicorn's workers serve one request at a time; the lock is for threaded servers.
"""

import threading
import time
from collections import OrderedDict

from sqlalchemy.orm import joinedload, selectinload
from sqlmodel import Session, select

from directory.models import Service

from ..models import LISTED

CAPACITY = 5_000
MAX_AGE_SECONDS = 60.0
CARDS_EACH = 32  # a service's kept cards (languages × distances × …) before they start again


class ResultServices:
    """Listed services by id, as a results page shows them, kept per process."""

    def __init__(self, capacity: int = CAPACITY, max_age: float = MAX_AGE_SECONDS):
        self.capacity, self.max_age = capacity, max_age
        self._kept: OrderedDict[int, tuple[int, float, Service]] = OrderedDict()
        self._cards: dict[int, tuple[Service, dict]] = {}
        self._lock = threading.Lock()

    def load(self, session: Session, ids: list[int]) -> dict[int, Service]:
        """Return the listed services among ``ids`` by id (those no longer listed left out)."""
        if not ids:
            return {}
        listed = dict(session.execute(select(Service.id, Service.version).where(
            Service.id.in_(ids), Service.status.in_(LISTED))).all())
        now = time.monotonic()
        found: dict[int, Service] = {}
        with self._lock:
            for sid, version in listed.items():
                kept = self._kept.get(sid)
                if kept and kept[0] == version and now - kept[1] < self.max_age:
                    found[sid] = kept[2]
                    self._kept.move_to_end(sid)
        missing = [sid for sid in listed if sid not in found]
        if missing:
            with Session(session.get_bind()) as own:
                loaded = {service.id: service for service in own.exec(_with_cards(missing))}
            with self._lock:
                for sid, service in loaded.items():
                    self._kept[sid] = (service.version, now, service)
                    self._kept.move_to_end(sid)
                    self._cards.pop(sid, None)
                while len(self._kept) > self.capacity:
                    self._cards.pop(self._kept.popitem(last=False)[0], None)
            found.update(loaded)
        return found

    def cards_for(self, service: Service) -> dict | None:
        """Return the dict of cards kept beside ``service`` (None when it is not kept)."""
        with self._lock:
            kept = self._kept.get(service.id)
            if kept is None or kept[2] is not service:
                return None
            held = self._cards.get(service.id)
            if held is None or held[0] is not service or len(held[1]) >= CARDS_EACH:
                held = self._cards[service.id] = (service, {})
            return held[1]

    def clear(self) -> None:
        """Forget every kept service and card."""
        with self._lock:
            self._kept.clear()
            self._cards.clear()

    def __len__(self) -> int:
        return len(self._kept)


def _with_cards(ids: list[int]):
    """Select listed services with everything a result card and the signposting sheet read."""
    return select(Service).where(Service.id.in_(ids), Service.status.in_(LISTED)).options(
        joinedload(Service.organisation), selectinload(Service.groupings),
        selectinload(Service.locations), selectinload(Service.schedules),
        selectinload(Service.terms),
    )
