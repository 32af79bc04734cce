"""The nested parts of a service document: places, opening times, ways in, costs, areas."""

from babel import Locale

from ..models import Location, Schedule, Service
from ..vocabulary import fixed
from .documents import put
from .ids import COUNTRY, EXTENSION, ONS_AREA_URI, part_id

RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A hidden address is published as a point this coarse (two decimals: about a kilometre).
HIDDEN_PLACES = 2
_ENGLISH = Locale("en")


def location_doc(location: Location, service: Service, vocabulary, full: bool = True) -> dict:
    """Return a location: physical, with its address unless the provider keeps it private."""
    doc = {"id": location.oruk_id, "location_type": "physical"}
    put(doc, "name", location.name)
    hidden = location.hide_address
    if location.latitude is not None and location.longitude is not None:
        places = HIDDEN_PLACES if hidden else 6
        doc["latitude"] = round(location.latitude, places)
        doc["longitude"] = round(location.longitude, places)
    if hidden:
        doc["description"] = "Address given on booking."
        doc[EXTENSION] = {"hide_address": True}
    if not full:
        return doc
    address = None if hidden else _address(location, vocabulary)
    if address:
        doc["addresses"] = [address]
    if service.accessibility:
        doc["accessibility"] = [{"id": part_id(location.oruk_id, "accessibility"),
                                 "location_id": location.oruk_id,
                                 "description": service.accessibility}]
    return doc


def _address(location: Location, vocabulary) -> dict | None:
    area = vocabulary.area_name(location.la_code)
    city = location.town or area
    if not (location.postcode and city):  # ORUK needs a postcode and a town in an address
        return None
    return {"id": part_id(location.oruk_id, "address"), "location_id": location.oruk_id,
            "address_1": location.address or location.name or location.postcode, "city": city,
            "state_province": area or city, "postal_code": location.postcode,
            "country": COUNTRY, "address_type": "physical"}


def schedule_doc(schedule: Schedule, service: Service) -> dict:
    """Return one weekly opening as an RFC 5545 rule, in UK local time."""
    closes = "23:59" if schedule.closes_at == "24:00" else schedule.closes_at
    doc = {"id": schedule.oruk_id, "service_id": service.oruk_id, "freq": "WEEKLY",
           "interval": 1, "byday": RRULE_DAYS[schedule.weekday], "opens_at": schedule.opens_at,
           "closes_at": closes,
           "description": f"{DAY_NAMES[schedule.weekday]} {schedule.opens_at} to {closes}, "
                          "UK time (Europe/London)"}
    put(doc, "notes", schedule.notes)
    return doc


def phone_docs(service: Service) -> list[dict]:
    """Return the service's phone and text numbers (HSDS 3.0 phones)."""
    phones = []
    for kind, number in (("voice", service.phone), ("text", service.text_number)):
        if number:
            phones.append({"id": part_id(service.oruk_id, f"phone:{kind}"),
                           "service_id": service.oruk_id, "number": number, "type": kind})
    return phones


def contact_docs(service: Service) -> list[dict]:
    """Return the service's enquiries email as a contact: a front door, never a person."""
    if not service.email:
        return []
    return [{"id": part_id(service.oruk_id, "contact"), "service_id": service.oruk_id,
             "title": "Enquiries", "email": service.email}]


def language_docs(service: Service) -> list[dict]:
    """Return the languages the service is offered in, by ISO 639-1 code and English name."""
    return [{"id": part_id(service.oruk_id, f"language:{code}"), "service_id": service.oruk_id,
             "name": _ENGLISH.languages.get(code, code), "code": code}
            for code in service.languages]


def cost_docs(service: Service) -> list[dict]:
    """Return the service's cost as one cost option (free ones cost 0)."""
    doc = {"id": part_id(service.oruk_id, "cost"), "service_id": service.oruk_id,
           "option": str(fixed.COSTS.get(service.cost, service.cost))}
    if service.cost == "free":
        doc["amount"] = 0
    put(doc, "amount_description", service.cost_details)
    return [doc]


def area_docs(service: Service, vocabulary) -> list[dict]:
    """Return the councils the service covers (by ONS code), and 'National' when it is."""
    areas = []
    for code in service.service_areas:
        name = vocabulary.area_name(code) or code
        areas.append({"id": part_id(service.oruk_id, f"area:{code}"),
                      "service_id": service.oruk_id, "name": name, "service_area": name,
                      "uri": ONS_AREA_URI + code})
    if service.national:
        areas.append({"id": part_id(service.oruk_id, "area:national"),
                      "service_id": service.oruk_id, "name": "National",
                      "service_area": "Available wherever you live"})
    return areas
