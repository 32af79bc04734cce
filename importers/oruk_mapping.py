"""Turn one ORUK service document into the fields of a ServiceInput, and the ids it carries.

Our own feed's documents come back whole (the x_thrive extension holds what ORUK has no field
for); other feeds' documents are read as far as ORUK goes, with the rest left at safe defaults
for the moderator who reviews them.
"""

import re
from dataclasses import dataclass, field

from babel import Locale

from directory.oruk.ids import EXTENSION
from directory.oruk.service_docs import EXTENDED, STATUS
from directory.oruk.service_parts import RRULE_DAYS

from .oruk_terms import proposed_groupings, read_terms

FROM_STATUS = {value: key for key, value in STATUS.items()} | {"defunct": "inactive"}
_REF = re.compile(r"[^A-Za-z0-9._-]+")
_AREA_CODE = re.compile(r"([ENSW]\d{8})$")
_LANGUAGE_CODES = {name.casefold(): code for code, name in Locale("en").languages.items()
                   if len(code) == 2}
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass
class Mapped:
    """A document read into ServiceInput fields, with its ids and what had no place."""

    source_id: str
    data: dict
    ours: bool
    unmapped: list[dict] = field(default_factory=list)
    organisation_id: str = ""
    # (service-at-location id, location id) per location, in order; schedule ids by opening.
    location_ids: list[tuple[str, str]] = field(default_factory=list)
    schedule_ids: dict[tuple, str] = field(default_factory=dict)


def map_service(document: dict, vocabulary) -> Mapped:
    """Read one service document."""
    extension = document.get(EXTENSION) if isinstance(document.get(EXTENSION), dict) else {}
    terms = read_terms(document, vocabulary)
    ours = terms.ours or bool(extension)
    organisation = document.get("organization") or {}
    mapped = Mapped(str(document.get("id", "")), {}, ours, list(terms.unmapped),
                    str(organisation.get("id", "")))
    data = mapped.data
    data["organisation"] = organisation.get("name", "")
    data["organisation_website"] = organisation.get("website", "")
    data["service_ref"] = extension.get("service_ref") or _ref(mapped.source_id)
    data["name"] = document.get("name", "")
    description = document.get("description", "")
    data["summary"] = extension.get("summary") or _summary(description or data["name"])
    data["description"] = extension.get("description", "") if ours else description
    data.update({key: extension[key] for key in EXTENDED if key in extension
                 and key not in ("service_ref", "summary")})
    codes = terms.codes
    data["groupings"] = codes["groupings"] if ours else proposed_groupings(
        codes["topic"], codes["support_type"])
    data["topics"], data["support_types"] = codes["topic"], codes["support_type"]
    if codes["audience"]:
        data["audience"] = codes["audience"]
    data["minimum_age"] = _age(document.get("minimum_age"), 0)
    data["maximum_age"] = min(_age(document.get("maximum_age"), 25), 25)
    data["url"], data["email"] = document.get("url", ""), _email(document)
    data.update(_phones(document))
    data["languages"] = _languages(document, mapped.unmapped) or ["en"]
    data["locations"] = _locations(document, mapped, ours)
    data["service_areas"] = _areas(document, vocabulary, mapped.unmapped)
    data["national"] = bool(extension.get("national")) or any(
        area.get("name") == "National" for area in document.get("service_areas") or [])
    data["opening_hours"] = _hours(document, mapped)
    data["delivery_modes"] = codes["delivery_modes"] or _modes(data)
    if document.get("assured_date"):
        data["assured_date"] = document["assured_date"]
    if not ours:
        data.setdefault("cost", _cost(document))
        data.setdefault("cost_details", document.get("fees", "") if data["cost"] != "free" else "")
    data["status"] = FROM_STATUS.get(document.get("status"), "active")
    return mapped


def _ref(source_id: str) -> str:
    return _REF.sub("-", source_id).strip("-._")[:100] or "oruk-import"


def _summary(text: str) -> str:
    first = re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0]
    return first if len(first) <= 200 else first[:199].rsplit(" ", 1)[0] + "…"


def _age(value, default: int) -> int:
    return round(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        else default


def _email(document: dict) -> str:
    contacts = [c.get("email") for c in document.get("contacts") or [] if c.get("email")]
    return document.get("email") or (contacts[0] if contacts else "")


def _phones(document: dict) -> dict:
    phones = list(document.get("phones") or [])
    for contact in document.get("contacts") or []:
        phones += contact.get("phones") or []
    found: dict[str, str] = {}
    for phone in phones:
        kind = "text_number" if phone.get("type") in ("text", "sms", "textphone") else "phone"
        if phone.get("number"):
            found.setdefault(kind, str(phone["number"]))
    return found


def _languages(document: dict, unmapped: list) -> list[str]:
    codes = []
    for language in document.get("languages") or []:
        code = str(language.get("code", "")).lower()
        code = code if len(code) == 2 else _LANGUAGE_CODES.get(
            str(language.get("name", "")).casefold())
        if code:
            codes.append(code)
        elif language.get("name") or language.get("code"):
            unmapped.append({"kind": "language", "name": language.get("name", ""),
                             "code": language.get("code", "")})
    return list(dict.fromkeys(codes))


def _locations(document: dict, mapped: Mapped, ours: bool) -> list[dict]:
    locations = []
    for placed in document.get("service_at_locations") or []:
        location = placed.get("location") or {}
        if location.get("location_type") in ("virtual", "postal"):
            continue
        addresses = location.get("addresses") or []
        address = next((a for a in addresses if a.get("address_type") == "physical"),
                       addresses[0] if addresses else {})
        line = ", ".join(filter(None, (address.get("address_1"), address.get("address_2"))))
        if ours and line in (location.get("name"), address.get("postal_code")):
            line = ""  # our feed fills a missing street with the name or the postcode
        hidden = (location.get(EXTENSION) or {}).get("hide_address", False)
        locations.append({"name": location.get("name", ""), "address": line,
                          "town": address.get("city", ""),
                          "postcode": address.get("postal_code", ""),
                          "latitude": location.get("latitude"),
                          "longitude": location.get("longitude"), "hide_address": hidden})
        mapped.location_ids.append((str(placed.get("id", "")), str(location.get("id", ""))))
    return locations


def _areas(document: dict, vocabulary, unmapped: list) -> list[str]:
    codes = []
    for area in document.get("service_areas") or []:
        if area.get("name") == "National":
            continue
        match = _AREA_CODE.search(str(area.get("uri", "")))
        code = match.group(1) if match else vocabulary.area_code(
            str(area.get("name") or area.get("service_area") or ""))
        if code:
            codes.append(code)
        else:
            unmapped.append({"kind": "service_area", "name": area.get("name", ""),
                             "uri": area.get("uri", "")})
    return list(dict.fromkeys(codes))


def _hours(document: dict, mapped: Mapped) -> str:
    parts = []
    for schedule in document.get("schedules") or []:
        days = [d.strip() for d in str(schedule.get("byday", "")).split(",") if d.strip()]
        opens = str(schedule.get("opens_at", ""))[:5]
        closes = str(schedule.get("closes_at", ""))[:5]
        weekly = schedule.get("freq") in (None, "WEEKLY") and not schedule.get("bymonthday")
        if not (weekly and days and opens and closes and set(days) <= set(RRULE_DAYS)):
            mapped.unmapped.append({"kind": "schedule", **{k: v for k, v in schedule.items()
                                                          if k != "id"}})
            continue
        closes = "24:00" if closes == "23:59" else closes
        for day in days:
            parts.append(f"{_DAYS[RRULE_DAYS.index(day)]} {opens}-{closes}")
            if schedule.get("id"):
                mapped.schedule_ids[(RRULE_DAYS.index(day), opens, closes)] = schedule["id"]
    return "; ".join(parts)


def _modes(data: dict) -> list[str]:
    modes = ["in-person"] if data["locations"] else []
    modes += ["phone"] if data.get("phone") else []
    modes += ["text"] if data.get("text_number") else []
    return modes + (["online"] if data.get("url") and not modes else [])


def _cost(document: dict) -> str:
    amounts = [o.get("amount") for o in document.get("cost_options") or []
               if isinstance(o.get("amount"), int | float)]
    if any(amount > 0 for amount in amounts):
        return "some-free" if 0 in amounts else "paid"
    return "free"
