# ruff: noqa: E501  (a data file: long summaries, descriptions and postcode lists read better unwrapped)
"""Build seed/services.csv, the demonstration directory, and check it.

Run from the project root:  python seed/build_demo_services.py

The national entries are real services (see seed/README.md for sources). Every local
service is FICTIONAL demonstration data set in Hertfordshire: organisation websites and
emails use example.org, phone numbers use Ofcom's drama ranges (01632 960xxx,
020 7946 0xxx, 07700 900xxx), and every fictional description ends with DEMO_SENTENCE.
Postcodes are real Hertfordshire postcodes from OS Code-Point Open, chosen near each
town centre and in the right district; street lines are made up. Latitude and longitude
are left empty so the gazetteer resolves each postcode.

The script writes the file and then validates it; it exits non-zero if a check fails.
"""

import csv
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "services.csv"
TAXONOMY = HERE / "taxonomy.csv"
TODAY = date(
    2026, 11, 24
)  # the demo's "now": assured dates are spread over the 18 months before it
DEMO_SENTENCE = "This is demonstration data: the service is fictional."

COLUMNS = [
    "organisation",
    "organisation_website",
    "service_ref",
    "service",
    "summary",
    "description",
    "groupings",
    "topics",
    "support_types",
    "audience",
    "minimum_age",
    "maximum_age",
    "self_referral",
    "self_referral_min_age",
    "referral_routes",
    "parental_involvement",
    "confidentiality",
    "delivery_modes",
    "cost",
    "cost_details",
    "languages",
    "accessibility",
    "phone",
    "text_number",
    "email",
    "website",
    "location_name",
    "address",
    "town",
    "postcode",
    "latitude",
    "longitude",
    "hide_address",
    "service_areas",
    "national",
    "opening_hours",
    "availability",
    "wait_weeks",
    "assured_date",
]

# The ten Hertfordshire districts (ONS local authority codes) and their towns.
DISTRICTS = {
    "E07000095": ("Broxbourne", ["Cheshunt", "Hoddesdon"]),
    "E07000096": ("Dacorum", ["Hemel Hempstead", "Berkhamsted", "Tring"]),
    "E07000098": ("Hertsmere", ["Borehamwood", "Bushey", "Potters Bar"]),
    "E07000099": (
        "North Hertfordshire",
        ["Hitchin", "Letchworth Garden City", "Royston", "Baldock"],
    ),
    "E07000102": ("Three Rivers", ["Rickmansworth", "South Oxhey", "Abbots Langley"]),
    "E07000103": ("Watford", ["Watford"]),
    "E07000240": ("St Albans", ["St Albans", "Harpenden"]),
    "E07000241": ("Welwyn Hatfield", ["Welwyn Garden City", "Hatfield"]),
    "E07000242": (
        "East Hertfordshire",
        ["Hertford", "Bishop's Stortford", "Ware", "Sawbridgeworth"],
    ),
    "E07000243": ("Stevenage", ["Stevenage"]),
}
TOWN_DISTRICT = {town: code for code, (_, towns) in DISTRICTS.items() for town in towns}
HERTS = list(DISTRICTS)

# Real postcodes (OS Code-Point Open, May 2025) within about 1.5 km of each town centre and
# inside the town's own district. Each location takes the next unused one.
# fmt: off
POSTCODES = {
    "Cheshunt": ["EN8 9QZ", "EN8 9HW", "EN8 9HL", "EN8 0HB", "EN8 9RS", "EN8 9LH", "EN8 0SE", "EN8 9JX", "EN8 9QG", "EN8 9NR", "EN8 0BN", "EN8 9QJ", "EN8 9DG", "EN8 0RE", "EN8 0DW", "EN8 9QY"],
    "Hoddesdon": ["EN11 8LX", "EN11 8FY", "EN11 8HH", "EN11 8PU", "EN11 8HF", "EN11 8LA", "EN11 8UB", "EN11 1FZ", "EN11 1QE", "EN11 8TW", "EN11 8JS", "EN11 8TQ", "EN11 8ND", "EN11 1GP", "EN11 8FD", "EN11 1LX"],
    "Hemel Hempstead": ["HP1 1AG", "HP1 1DH", "HP1 1HN", "HP1 1LN", "HP1 1TH", "HP2 4AX", "HP2 5BH", "HP1 1TZ", "HP1 1SP", "HP1 1DS", "HP1 1JG", "HP1 3AE", "HP2 4TU", "HP1 1HL", "HP1 1EZ", "HP2 5HG"],
    "Berkhamsted": ["HP4 3ED", "HP4 2DW", "HP4 3EY", "HP4 3DS", "HP4 3FG", "HP4 2AG", "HP4 3HQ", "HP4 3DB", "HP4 1AB", "HP4 1AE", "HP4 1AJ", "HP4 1BW", "HP4 2BL", "HP4 2DS", "HP4 3AS", "HP4 2DX"],
    "Tring": ["HP23 6AJ", "HP23 6DD", "HP23 5DD", "HP23 5AA", "HP23 4AR", "HP23 5EH", "HP23 5ED", "HP23 6BE", "HP23 5XA", "HP23 5BJ", "HP23 5JF", "HP23 5UJ", "HP23 5ND", "HP23 5FL", "HP23 6BW", "HP23 5HX"],
    "Borehamwood": ["WD6 9PY", "WD6 2AS", "WD6 1DL", "WD6 1AH", "WD6 1EF", "WD6 9LZ", "WD6 1BN", "WD6 4PJ", "WD6 9JJ", "WD6 3FQ", "WD6 1DP", "WD6 1DS", "WD6 2DQ", "WD6 4SG", "WD6 1AD", "WD6 2DA"],
    "Bushey": ["WD23 4UQ", "WD23 3NG", "WD23 3NJ", "WD23 4UG", "WD23 3BW", "WD23 1BN", "WD23 1BJ", "WD23 3HE", "WD23 9DB", "WD23 3HH", "WD23 9JT", "WD23 9GR", "WD23 4HL", "WD23 3DA", "WD23 3EJ", "WD23 3DJ"],
    "Potters Bar": ["EN6 2NX", "EN6 5DA", "EN6 1TB", "EN6 5AF", "EN6 2RW", "EN6 5BB", "EN6 2RH", "EN6 5PJ", "EN6 2RN", "EN6 5ES", "EN6 5PW", "EN6 5LA", "EN6 2RA", "EN6 5PR", "EN6 2RE", "EN6 2QY"],
    "Hitchin": ["SG5 1JE", "SG5 1AR", "SG5 2BD", "SG5 1DX", "SG5 2LX", "SG5 1HR", "SG5 1LT", "SG5 2EE", "SG5 1AH", "SG5 2HA", "SG5 2AN", "SG5 2LA", "SG5 2JZ", "SG5 2BP", "SG5 2LP", "SG5 2HS"],
    "Letchworth Garden City": ["SG6 1NX", "SG6 9TB", "SG6 9SA", "SG6 1PW", "SG6 9TQ", "SG6 1BL", "SG6 9UH", "SG6 3EQ", "SG6 3AE", "SG6 9ST", "SG6 4UD", "SG6 3TA", "SG6 3DZ", "SG6 9TJ", "SG6 9SP", "SG6 9SL"],
    "Royston": ["SG8 9FS", "SG8 9BW", "SG8 9AT", "SG8 7AW", "SG8 9EG", "SG8 9DH", "SG8 7BZ", "SG8 7BJ", "SG8 7AA", "SG8 5FP", "SG8 7DB", "SG8 9GF", "SG8 7BY", "SG8 5AB", "SG8 9BG", "SG8 9BH"],
    "Baldock": ["SG7 6JZ", "SG7 6HJ", "SG7 5AF", "SG7 6BY", "SG7 6HB", "SG7 6BJ", "SG7 6YJ", "SG7 6FA", "SG7 6PL", "SG7 6DF", "SG7 6EA", "SG7 6BG", "SG7 5BB", "SG7 6FQ", "SG7 5AX", "SG7 6AT"],
    "Rickmansworth": ["WD3 7AN", "WD3 1GD", "WD3 7NJ", "WD3 1GR", "WD3 1AB", "WD3 7FN", "WD3 0GP", "WD3 7NG", "WD3 4EQ", "WD3 0AN", "WD3 1GB", "WD3 1QZ", "WD3 7DE", "WD3 1DF", "WD3 1AA", "WD3 1FH"],
    "South Oxhey": ["WD19 7AS", "WD19 7BE", "WD19 5AX", "WD19 7EA", "WD19 5DG", "WD19 5DQ", "WD19 5AH", "WD19 5EQ", "WD19 5AF", "WD19 5RE", "WD19 7QG", "WD19 6RL", "WD19 5EU", "WD19 7QQ", "WD19 7DH", "WD19 6HE"],
    "Abbots Langley": ["WD5 0DR", "WD5 0GL", "WD5 0QD", "WD5 0AN", "WD5 0XD", "WD5 0EG", "WD5 0NN", "WD5 0AH", "WD5 0RX", "WD5 0EX", "WD5 0NU", "WD5 0NA", "WD5 0PH", "WD5 0AW", "WD5 0BX", "WD5 0XA"],
    "Watford": ["WD18 0DF", "WD17 1JZ", "WD18 0WX", "WD17 2TB", "WD17 2PE", "WD17 2PS", "WD18 0AD", "WD17 2TN", "WD18 0PR", "WD18 0JJ", "WD17 2TF", "WD18 0GP", "WD18 0GJ", "WD17 2PJ", "WD18 0JD", "WD17 2UE"],
    "St Albans": ["AL1 3NL", "AL1 1NE", "AL1 3SE", "AL1 3UR", "AL1 3BY", "AL1 3JQ", "AL1 3BG", "AL1 3GZ", "AL1 1LE", "AL1 1PF", "AL1 1PA", "AL1 3AG", "AL1 1RU", "AL1 3SN", "AL1 3LQ", "AL1 3TR"],
    "Harpenden": ["AL5 2QT", "AL5 4TJ", "AL5 2QN", "AL5 2LX", "AL5 4SW", "AL5 4FH", "AL5 4DZ", "AL5 4EU", "AL5 2SN", "AL5 2QA", "AL5 4JD", "AL5 2PY", "AL5 5LW", "AL5 4ES", "AL5 2BX", "AL5 5LB"],
    "Welwyn Garden City": ["AL8 7PF", "AL8 6DN", "AL8 6DJ", "AL8 6HH", "AL8 6WX", "AL8 6NE", "AL8 6BL", "AL8 6ND", "AL7 3FD", "AL8 6BB", "AL8 6RP", "AL8 6RE", "AL8 6DH", "AL8 6ED", "AL8 6AE", "AL8 6UR"],
    "Hatfield": ["AL10 0FT", "AL10 0LR", "AL10 0FR", "AL10 0DG", "AL10 8AU", "AL10 8UB", "AL10 8AF", "AL10 8HX", "AL10 0LY", "AL10 8BJ", "AL10 0EQ", "AL10 0JQ", "AL10 8UE", "AL10 0AX", "AL10 1GL", "AL10 8AN"],
    "Hertford": ["SG14 1RL", "SG14 1AW", "SG14 1QH", "SG14 1FN", "SG14 1PZ", "SG14 1PT", "SG14 1AZ", "SG13 8XE", "SG13 9BD", "SG14 1AY", "SG14 1HQ", "SG14 1QW", "SG14 1EH", "SG14 1NY", "SG14 1DR", "SG14 1DQ"],
    "Bishop's Stortford": ["CM23 2EL", "CM23 2UX", "CM23 2NX", "CM23 3UH", "CM23 3UA", "CM23 3BL", "CM23 2DL", "CM23 2NP", "CM23 2LS", "CM23 2HP", "CM23 3BX", "CM23 2LX", "CM23 3UT", "CM23 2QT", "CM23 2UU", "CM23 2ED"],
    "Ware": ["SG12 9ER", "SG12 9HU", "SG12 9FG", "SG12 9HJ", "SG12 7BX", "SG12 9BA", "SG12 7BE", "SG12 9BS", "SG12 7AL", "SG12 9DN", "SG12 9FT", "SG12 9HW", "SG12 9JS", "SG12 9HS", "SG12 9HG", "SG12 9FE"],
    "Sawbridgeworth": ["CM21 0EH", "CM21 0FB", "CM21 0BJ", "CM21 9DX", "CM21 0DD", "CM21 0FF", "CM21 9NU", "CM21 9QD", "CM21 9DA", "CM21 0FH", "CM21 9NF", "CM21 9DU", "CM21 9QG", "CM21 9PX", "CM21 9JS", "CM21 0BX"],
    "Stevenage": ["SG1 1FR", "SG1 1BL", "SG1 1UE", "SG1 1UW", "SG1 1AA", "SG1 3TN", "SG1 1XT", "SG1 3LZ", "SG1 1UL", "SG1 1DJ", "SG1 3SS", "SG1 1EE", "SG1 2JY", "SG1 1DP", "SG1 9SA", "SG1 3FH"],
}
# fmt: on

GROUPINGS = [
    "thriving",
    "getting-advice",
    "getting-help",
    "getting-more-help",
    "getting-risk-support",
]
DELIVERY = ["in-person", "online", "phone", "text", "home-visit"]
ROUTES = ["self", "parent", "school", "gp", "professional"]
PARENTAL = ["", "not-required", "required-under-16", "required"]
COSTS = ["free", "paid", "some-free"]
AVAILABILITY = ["accepting", "waiting-list", "not-accepting"]
AUDIENCES = ["young-people", "parents-carers", "professionals"]

# A few confidentiality notes that many local services share (others write their own).
C_YOUTH = (
    "What you tell us stays between you and us. We would only tell someone else if we "
    "were worried that you or someone else might be seriously hurt, and we would try to "
    "talk to you about it first."
)
C_GROUP = (
    "We ask everyone in the group to keep what others say private. Staff only pass "
    "things on if they are worried someone is at risk of serious harm."
)
C_NHS = (
    "Notes go on your NHS record and we write to your GP. We explain at the first "
    "appointment who else might see your information and when we would have to share it."
)
C_PARENT = (
    "What you share stays with our team. We would only pass it on if we were worried "
    "about a child's safety, and we would usually tell you first."
)
C_CLUB = (
    "Youth workers keep what you tell them private, unless they are worried about your "
    "safety or someone else's."
)

# ---------------------------------------------------------------------------------------------
# Fictional organisations: key -> (name, example.org sub-domain)
# ---------------------------------------------------------------------------------------------
ORGS = {
    "lcchp": ("Lea and Colne Children's Health Partnership", "lea-colne-health"),
    "lvyw": ("Lea Valley Youth Wellbeing Trust", "lea-valley-youth"),
    "hfc": ("Hoddesdon Family Centre", "hoddesdon-family"),
    "nrs": ("New River Sports Trust", "new-river-sports"),
    "roots": ("Roots and Wings Mentoring", "roots-wings"),
    "gvc": ("Gade Valley Counselling", "gade-valley-counselling"),
    "marlowes": ("Marlowes Youth Space", "marlowes-youth"),
    "gadeshed": ("Gade Youth Shed", "gade-shed"),
    "bulbourne": ("Bulbourne Arts Collective", "bulbourne-arts"),
    "chiltern": ("Chiltern Edge Outdoor Wellbeing", "chiltern-edge"),
    "lantern": ("Lantern Youth Trust", "lantern-youth"),
    "brightwater": ("Brightwater Young Carers", "brightwater-carers"),
    "acorn": ("Acorn and Oak Family Hubs", "acorn-oak"),
    "stillwater": ("Stillwater Children's Bereavement Support", "stillwater-bereavement"),
    "opensky": ("Open Sky Youth Counselling", "open-sky"),
    "reel": ("Reel Minds Youth Film Club", "reel-minds"),
    "pbparents": ("Potters Bar Parents Together", "pb-parents"),
    "kingfisher": ("Kingfisher Youth Project", "kingfisher-youth"),
    "heath": ("Heath Runners", "heath-runners"),
    "sensory": ("Sensory Saturdays CIC", "sensory-saturdays"),
    "littleoak": ("Little Oak Play Therapy", "little-oak-play"),
    "hiz": ("Hiz Valley Music Project", "hiz-music"),
    "gardencity": ("Garden City Youth Counselling", "garden-city-counselling"),
    "ridgeway": ("Ridgeway Rural Youth", "ridgeway-youth"),
    "whitehorse": ("Whitehorse Boxing Club", "whitehorse-boxing"),
    "harbour": ("Harbour Youth Support", "harbour-youth"),
    "prism": ("Prism Youth Collective", "prism-youth"),
    "youngparents": ("Young Parents Together", "young-parents"),
    "wildwed": ("Wild Wednesdays Conservation Volunteers", "wild-wednesdays"),
    "roystonwheels": ("Royston Wheels BMX Club", "royston-wheels"),
    "chess": ("Chess Valley Youth Trust", "chess-valley-youth"),
    "oxhey": ("South Oxhey Family Project", "oxhey-family"),
    "langley": ("Langley Counselling Centre", "langley-counselling"),
    "growers": ("Langley Green Growers", "langley-growers"),
    "colne": ("Colne Riverside Youth Hub", "colne-riverside"),
    "manyvoices": ("Many Voices Counselling", "many-voices"),
    "kicking": ("Kicking Off Together", "kicking-off"),
    "willowbrook": ("Willowbrook Safe Futures", "willowbrook"),
    "clearwater": ("Clearwater Young People's Drug and Alcohol Service", "clearwater-yp"),
    "neurokind": ("Neurokind Parents Network", "neurokind"),
    "newneighbours": ("New Neighbours Youth Project", "new-neighbours"),
    "movetogether": ("Move Together Dance", "move-together"),
    "casa": ("Casa Noastra Family Support", "casa-noastra"),
    "ver": ("Ver Valley Talking Space", "ver-valley-talking"),
    "inkwell": ("Inkwell Young Writers", "inkwell-writers"),
    "nextchapter": ("Next Chapter Youth Advice", "next-chapter"),
    "stillpoint": ("Still Point Yoga CIC", "still-point-yoga"),
    "meadowsweet": ("Meadowsweet Child and Family Psychology", "meadowsweet-psychology"),
    "fridayclub": ("Friday Club Harpenden", "friday-club"),
    "upstand": ("Upstand Anti-Bullying Project", "upstand"),
    "mimram": ("Mimram Family Hub", "mimram-family"),
    "comet": ("Comet Student Wellbeing Café", "comet-cafe"),
    "handside": ("Handside Youth Club", "handside-youth"),
    "hatfieldcc": ("Hatfield Counselling Collective", "hatfield-counselling"),
    "upandover": ("Up and Over Climbing", "up-and-over"),
    "singout": ("Sing Out Welwyn", "sing-out"),
    "commonground": ("Common Ground Family Mediation", "common-ground"),
    "beanerib": ("Beane and Rib Wellbeing", "beane-rib"),
    "windhill": ("Windhill Counselling Service", "windhill-counselling"),
    "stortvalley": ("Stort Valley Family Network", "stort-valley-family"),
    "secondlight": ("Second Light Youth Trust", "second-light"),
    "differentminds": ("Different Minds Youth Club", "different-minds"),
    "stortcafe": ("Stortford Youth Café", "stortford-youth-cafe"),
    "muddyboots": ("Muddy Boots Care Farm", "muddy-boots"),
    "quietmind": ("Quiet Mind Teens", "quiet-mind"),
    "warevol": ("Ware Community Volunteers", "ware-volunteers"),
    "skate": ("Skate and Create Stevenage", "skate-create"),
    "danestrete": ("Danestrete Drop-in", "danestrete-dropin"),
    "fairlands": ("Fairlands Family Project", "fairlands-family"),
    "pressstart": ("Press Start Club", "press-start"),
    "stagefright": ("Stagefright Youth Theatre", "stagefright"),
    "pedal": ("Pedal Power Stevenage", "pedal-power"),
    "steady": ("Steady Ground Youth Safety Team", "steady-ground"),
    "kite": ("Kite Online Counselling", "kite-online"),
    "canalside": ("Canal Side Counselling", "canal-side-counselling"),
    "togetherfamilies": ("Together Families Circle", "together-families"),
    "focus": ("Focus Coaching for Young People", "focus-coaching"),
    "safestay": ("Safe Stay Hertfordshire", "safe-stay"),
}

SERVICES: list[dict] = []


def service(
    ref,
    org,
    name,
    *,
    groupings,
    topics,
    support,
    ages,
    summary,
    description,
    places=(),
    areas=(),
    self_from=None,
    routes=None,
    parental="not-required",
    confidentiality=C_YOUTH,
    modes="in-person",
    cost="free",
    cost_details="",
    languages="en",
    accessibility="",
    hours="",
    availability="accepting",
    wait=None,
    hide=False,
    phone=True,
    text=False,
    email="hello",
    assured=None,
):
    """Add one fictional local service.

    places: (town, location name, street line) for each place it runs (several = multi-location);
    areas: local authority codes for an area-only service; self_from: None (no self-referral),
    "any" (yes, no minimum age) or the youngest age that can refer themselves; assured: a fixed
    "last checked" date (services added later keep everyone else's random dates unchanged).
    """
    low, high = (int(a) for a in ages.split("-"))
    if routes is None:
        routes = (
            "self;parent;school;gp;professional"
            if self_from is not None
            else "parent;school;gp;professional"
        )
    SERVICES.append(
        dict(
            ref=ref,
            org=org,
            name=name,
            groupings=groupings,
            topics=topics,
            support=support,
            min_age=low,
            max_age=high,
            summary=summary,
            description=description,
            places=list(places),
            areas=list(areas),
            self_from=self_from,
            routes=routes,
            parental=parental,
            confidentiality=confidentiality,
            modes=modes,
            cost=cost,
            cost_details=cost_details,
            languages=languages,
            accessibility=accessibility,
            hours=hours,
            availability=availability,
            wait=wait,
            hide=hide,
            phone=phone,
            text=text,
            email=email,
            assured=assured,
        )
    )


# ---------------------------------------------------------------------------------------------
# Real national services. Only facts we are sure of; where opening hours are not certain they
# are left empty and the description says to check the website. Ages: the directory covers
# 0-25, so "any age" services are listed as 0-25.
# ---------------------------------------------------------------------------------------------
def national(
    ref,
    organisation,
    organisation_website,
    name,
    *,
    groupings,
    topics,
    support,
    ages,
    summary,
    description,
    self_from="any",
    routes="self",
    parental="",
    confidentiality="",
    modes,
    cost="free",
    cost_details="",
    phone="",
    text="",
    email="",
    website,
    hours="",
    accessibility="",
):
    low, high = (int(a) for a in ages.split("-"))
    return {
        "organisation": organisation,
        "organisation_website": organisation_website,
        "service_ref": ref,
        "service": name,
        "summary": summary,
        "description": description,
        "groupings": groupings,
        "topics": topics,
        "support_types": support,
        "minimum_age": low,
        "maximum_age": high,
        "self_referral": "yes" if self_from is not None else "no",
        "self_referral_min_age": "" if self_from in (None, "any") else self_from,
        "referral_routes": routes,
        "parental_involvement": parental,
        "confidentiality": confidentiality,
        "delivery_modes": modes,
        "cost": cost,
        "cost_details": cost_details,
        "languages": "en",
        "accessibility": accessibility,
        "phone": phone,
        "text_number": text,
        "email": email,
        "website": website,
        "national": "yes",
        "hide_address": "no",
        "opening_hours": hours,
        "availability": "accepting",
    }


CHECK_HOURS = "Check the website for opening times."

NATIONAL = [
    national(
        "childline",
        "NSPCC",
        "https://www.nspcc.org.uk",
        "Childline",
        groupings="getting-advice;getting-risk-support",
        topics="low-mood;anxiety;self-harm;suicidal-thoughts;bullying;family;safeguarding;bereavement;identity;eating;loneliness",
        support="helpline;online-chat;counselling;crisis-support;peer-support;self-help",
        ages="0-18",
        summary="Free, private help for anyone under 19. Talk to a Childline counsellor about anything, big or small, on the phone or online, day or night.",
        description=(
            "Childline is run by the NSPCC. You can call free on 0800 1111 at any time, day or night, "
            "and the call won't show up on your phone bill. You can also make a free Childline account "
            "on the website to chat to a counsellor online or send them a message. You don't have to give "
            "your name. Counsellors are there to listen to anything that's worrying you – feeling down, "
            "being bullied, self-harm, problems at home, or something that's happened to you. The website "
            "also has advice, games and message boards where young people support each other."
        ),
        confidentiality="Childline is confidential. They would only share what you tell them if they believed you or someone else was in serious danger.",
        modes="phone;online",
        phone="0800 1111",
        website="https://www.childline.org.uk",
        hours="24/7",
    ),
    national(
        "samaritans",
        "Samaritans",
        "https://www.samaritans.org",
        "Samaritans",
        groupings="getting-advice;getting-risk-support",
        topics="suicidal-thoughts;self-harm;low-mood;anxiety;loneliness;family;bereavement",
        support="helpline;crisis-support",
        ages="0-25",
        summary="Talk to Samaritans any time, day or night, about whatever is getting to you. Call free on 116 123. You don't have to be suicidal to call.",
        description=(
            "Samaritans volunteers listen without judging and without telling you what to do. You can call "
            "free on 116 123, 24 hours a day, every day of the year, from a mobile or a landline. You can "
            "also email jo@samaritans.org if you'd rather write things down. People call about all sorts: "
            "feeling overwhelmed, lonely, having thoughts of ending their life, or just needing someone to "
            "talk to. Samaritans is for anyone, of any age."
        ),
        confidentiality="Samaritans is confidential and you don't have to give your name.",
        modes="phone;online",
        phone="116 123",
        email="jo@samaritans.org",
        website="https://www.samaritans.org",
        hours="24/7",
    ),
    national(
        "shout",
        "Mental Health Innovations",
        "https://giveusashout.org",
        "Shout 85258",
        groupings="getting-advice;getting-risk-support",
        topics="suicidal-thoughts;self-harm;low-mood;anxiety;safeguarding;bullying;loneliness",
        support="crisis-support;online-chat",
        ages="0-25",
        summary="Free, confidential text support 24/7. Text SHOUT to 85258 and a trained volunteer will text back. Good if you find it hard to talk out loud.",
        description=(
            "Shout is a free text service for anyone in the UK who is struggling to cope. Text the word SHOUT "
            "to 85258 at any time, day or night. A trained volunteer will reply and chat with you by text, "
            "helping you feel calmer and think about what to do next. Because it's by text, you can use it "
            "when you can't talk out loud or don't want anyone to overhear. Shout is anonymous and "
            "confidential."
        ),
        confidentiality="Shout is anonymous and confidential. Volunteers would only involve emergency services if your life were in immediate danger.",
        modes="text",
        text="85258",
        website="https://giveusashout.org",
        hours="24/7",
    ),
    national(
        "papyrus-hopeline247",
        "PAPYRUS Prevention of Young Suicide",
        "https://www.papyrus-uk.org",
        "HOPELINE247",
        groupings="getting-risk-support;getting-advice",
        topics="suicidal-thoughts;self-harm;low-mood",
        support="helpline;crisis-support;advice",
        ages="0-25",
        summary="Confidential support for children and young people under 35 who are having thoughts of suicide, and for anyone worried about a young person.",
        description=(
            "HOPELINE247 is run by PAPYRUS, the national charity for the prevention of young suicide. "
            "If you are having thoughts of suicide, or you're worried that a young person might be, you can "
            "call 0800 068 4141, text 07860 039967 or email pat@papyrus-uk.org. A trained adviser will "
            "listen and help you work out how to stay safe. Calls are free. As the name says, HOPELINE247 "
            "is open 24 hours a day; PAPYRUS's hours have changed over the years, so check the website "
            "for the latest details."
        ),
        confidentiality="HOPELINE247 is confidential.",
        modes="phone;text;online",
        phone="0800 068 4141",
        text="07860 039967",
        email="pat@papyrus-uk.org",
        website="https://www.papyrus-uk.org",
        hours="24/7",
    ),
    national(
        "nspcc-helpline",
        "NSPCC",
        "https://www.nspcc.org.uk",
        "NSPCC Helpline",
        groupings="getting-advice;getting-risk-support",
        topics="safeguarding;parenting;family",
        support="helpline;advice",
        ages="0-18",
        self_from=18,
        routes="parent;professional",
        summary="For adults who are worried about a child. Talk to NSPCC experts for advice, or to report a concern. Children and young people should call Childline.",
        description=(
            "If you are a parent, carer, relative, neighbour or professional and you are worried that a child "
            "is being abused or neglected, or is not safe, you can contact the NSPCC Helpline on "
            "0808 800 5000 or email help@nspcc.org.uk. Trained professionals will listen, give advice, and "
            "can pass your concerns on to children's services or the police if a child is at risk. You "
            "don't need to be certain something is wrong to get in touch. Young people themselves can "
            "contact Childline on 0800 1111. " + CHECK_HOURS
        ),
        modes="phone;online",
        phone="0808 800 5000",
        email="help@nspcc.org.uk",
        website="https://www.nspcc.org.uk",
    ),
    national(
        "nhs-111-mental-health",
        "NHS England",
        "https://www.nhs.uk",
        "NHS 111 – mental health option",
        groupings="getting-risk-support;getting-advice",
        topics="suicidal-thoughts;self-harm;low-mood;anxiety;unusual-experiences",
        support="crisis-support;helpline;advice",
        ages="0-25",
        summary="Urgent mental health help, any time, for any age, in England. Call 111 and choose the mental health option to talk to an NHS mental health team.",
        description=(
            "If you or someone you know needs urgent help with their mental health, but it isn't an "
            "emergency, call NHS 111 and choose the mental health option. You'll be put through to a trained "
            "member of your local NHS mental health team, who can listen, help you decide what to do, and "
            "arrange more help if you need it. It's free, open 24 hours a day and for people of all ages. "
            "If someone's life is at risk right now, call 999 or go to A&E."
        ),
        confidentiality="NHS services keep your information confidential and only share it to keep you or others safe.",
        modes="phone",
        phone="111",
        website="https://111.nhs.uk",
        hours="24/7",
    ),
    national(
        "youngminds-parents-helpline",
        "YoungMinds",
        "https://www.youngminds.org.uk",
        "YoungMinds Parents Helpline",
        groupings="getting-advice",
        topics="parenting;family;low-mood;anxiety;self-harm;eating;neurodiversity",
        support="helpline;advice;family-support",
        ages="0-25",
        self_from=None,
        routes="parent",
        summary="Free advice for parents and carers who are worried about a child or young person's mental health, up to the age of 25.",
        description=(
            "The YoungMinds Parents Helpline is for parents and carers in the UK who are worried about the "
            "mental health or behaviour of a child or young person up to 25. Call free on 0808 802 5544 to "
            "talk it through with a trained adviser, who can help you understand what's going on and what "
            "to do next. The YoungMinds website also has guides for parents on many topics. "
            + CHECK_HOURS
        ),
        modes="phone;online",
        phone="0808 802 5544",
        website="https://www.youngminds.org.uk",
    ),
    national(
        "youngminds-textline",
        "YoungMinds",
        "https://www.youngminds.org.uk",
        "YoungMinds Textline",
        groupings="getting-risk-support;getting-advice",
        topics="suicidal-thoughts;self-harm;low-mood;anxiety",
        support="crisis-support;online-chat",
        ages="0-25",
        summary="If you're a young person in crisis, text YM to 85258 for free, confidential support from a trained volunteer, any time.",
        description=(
            "YoungMinds' free text service is for young people who are struggling and need urgent support. "
            "Text YM to 85258 and a trained volunteer will text you back to help you through how you're "
            "feeling right now. It works in the same way as Shout and is available 24 hours a day. "
            "The YoungMinds website has lots of advice written for young people."
        ),
        confidentiality="The text service is confidential.",
        modes="text",
        text="85258",
        website="https://www.youngminds.org.uk",
        hours="24/7",
    ),
    national(
        "the-mix",
        "The Mix",
        "https://www.themix.org.uk",
        "The Mix",
        groupings="getting-advice;getting-help",
        topics="low-mood;anxiety;family;loneliness;substance-use;identity;bullying",
        support="helpline;online-chat;counselling;peer-support;self-help",
        ages="13-25",
        summary="Free, confidential support for young people up to 25 about anything – mental health, money, relationships, drugs. Phone, web chat and an online community.",
        description=(
            "The Mix is a UK charity for young people. You can call its free helpline on 0808 808 4994, use "
            "web chat, or join its online community to talk with other young people. The website has "
            "articles and videos on everything from mental health and relationships to money, housing and "
            "drugs, and The Mix also offers free counselling. " + CHECK_HOURS
        ),
        modes="phone;online",
        phone="0808 808 4994",
        website="https://www.themix.org.uk",
    ),
    national(
        "beat-helpline",
        "Beat",
        "https://www.beateatingdisorders.org.uk",
        "Beat Helpline (England)",
        groupings="getting-advice",
        topics="eating;parenting",
        support="helpline;online-chat;advice",
        ages="0-25",
        summary="Support from the UK's eating disorder charity for anyone worried about an eating disorder – your own or someone else's.",
        description=(
            "Beat's helpline is for anyone affected by an eating disorder, including young people, parents, "
            "carers and friends. Call 0808 801 0677 (England) or use one-to-one web chat on Beat's website to "
            "talk to a trained adviser. You don't need a diagnosis to get in touch. The website also explains "
            "eating disorders and how to get treatment. " + CHECK_HOURS
        ),
        modes="phone;online",
        phone="0808 801 0677",
        website="https://www.beateatingdisorders.org.uk",
    ),
    national(
        "winstons-wish-helpline",
        "Winston's Wish",
        "https://www.winstonswish.org",
        "Winston's Wish Helpline",
        groupings="getting-advice;getting-help",
        topics="bereavement;family;parenting",
        support="helpline;advice;family-support",
        ages="0-25",
        summary="Support for children and young people after someone important has died, and advice for the adults caring for them.",
        description=(
            "Winston's Wish is a childhood bereavement charity. Its free helpline, 08088 020 021, is for "
            "bereaved children and young people and for parents, carers and professionals who want advice "
            "on supporting a grieving child. The website has ideas and resources for remembering someone and "
            "talking about death. " + CHECK_HOURS
        ),
        modes="phone;online",
        phone="08088 020 021",
        website="https://www.winstonswish.org",
    ),
    national(
        "switchboard-lgbt",
        "Switchboard LGBT+",
        "https://switchboard.lgbt",
        "Switchboard LGBT+ helpline",
        groupings="getting-advice",
        topics="identity;loneliness;family",
        support="helpline;online-chat",
        ages="0-25",
        summary="A safe space to talk to LGBTQ+ volunteers about sexuality, gender identity and anything else on your mind. Call free or chat online.",
        description=(
            "Switchboard is an LGBTQ+ support line run by volunteers who are LGBTQ+ themselves. You can call "
            "free on 0800 0119 100 or use web chat or email, to talk about coming out, questioning, "
            "relationships, feeling isolated, or anything else. " + CHECK_HOURS
        ),
        confidentiality="Switchboard is confidential and you don't need to give your name.",
        modes="phone;online",
        phone="0800 0119 100",
        website="https://switchboard.lgbt",
    ),
    national(
        "mind-infoline",
        "Mind",
        "https://www.mind.org.uk",
        "Mind Infoline",
        groupings="getting-advice",
        topics="low-mood;anxiety;eating;self-harm;unusual-experiences;sleep",
        support="helpline;advice;self-help",
        ages="0-25",
        summary="Information from the mental health charity Mind about mental health problems, treatments and where to get help. Not a crisis line.",
        description=(
            "Mind's Infoline can tell you about types of mental health problems, treatments and medication, "
            "your rights, and where to get help near you. Call 0300 123 3393. Mind's website also has "
            "easy-to-read information, including pages for young people. The Infoline is not a crisis "
            "service: if you need urgent help, call NHS 111 and choose the mental health option. "
            + CHECK_HOURS
        ),
        modes="phone;online",
        phone="0300 123 3393",
        website="https://www.mind.org.uk",
    ),
    national(
        "calm-helpline",
        "Campaign Against Living Miserably (CALM)",
        "https://www.thecalmzone.net",
        "CALM helpline and web chat",
        groupings="getting-advice;getting-risk-support",
        topics="suicidal-thoughts;low-mood;anxiety;loneliness",
        support="helpline;online-chat;crisis-support",
        ages="0-25",
        summary="Free, confidential helpline and web chat for anyone who is struggling or having thoughts of suicide. Open from 5pm to midnight every day.",
        description=(
            "CALM is a charity working against suicide. Call free on 0800 58 58 58 or use the web chat on "
            "CALM's website, from 5pm to midnight, every day of the year. Trained helpline staff will listen "
            "and help you think through what's going on, and can point you to further support."
        ),
        confidentiality="CALM's helpline is confidential and anonymous.",
        modes="phone;online",
        phone="0800 58 58 58",
        website="https://www.thecalmzone.net",
        hours="Mon-Sun 17:00-00:00",
    ),
    national(
        "talk-to-frank",
        "FRANK",
        "https://www.talktofrank.com",
        "Talk to FRANK",
        groupings="getting-advice",
        topics="substance-use",
        support="helpline;advice;online-chat",
        ages="0-25",
        summary="Honest information about drugs and alcohol, and a free, confidential helpline open 24 hours a day.",
        description=(
            "FRANK gives straight-talking information about drugs, what they do and the risks, without "
            "judging. Call 0300 123 6600 any time, day or night, or text a question to 82111. The website "
            "has an A to Z of drugs and lets you find local drug and alcohol services."
        ),
        confidentiality="FRANK is confidential; you don't have to give your name.",
        modes="phone;text;online",
        phone="0300 123 6600",
        text="82111",
        website="https://www.talktofrank.com",
        hours="24/7",
    ),
    national(
        "cruse-helpline",
        "Cruse Bereavement Support",
        "https://www.cruse.org.uk",
        "Cruse Bereavement Support helpline",
        groupings="getting-advice;getting-help",
        topics="bereavement;family",
        support="helpline;advice;counselling",
        ages="0-25",
        summary="Free support after someone dies, for people of any age, including young people and parents supporting a grieving child.",
        description=(
            "Cruse helps people through one of the most painful times in life. Call the free national "
            "helpline on 0808 808 1677 to talk to a trained bereavement volunteer. Cruse's website has "
            "information about grief, including for young people, and details of local Cruse support. "
            + CHECK_HOURS
        ),
        modes="phone;online",
        phone="0808 808 1677",
        website="https://www.cruse.org.uk",
    ),
    national(
        "family-lives-helpline",
        "Family Lives",
        "https://www.familylives.org.uk",
        "Family Lives helpline",
        groupings="getting-advice",
        topics="parenting;family;bullying;anger",
        support="helpline;advice;family-support",
        ages="0-25",
        self_from=None,
        routes="parent",
        summary="Free, confidential advice for parents and families on any part of family life, including behaviour, teenagers, separation and bullying.",
        description=(
            "Family Lives supports parents and carers with whatever they're facing, from toddler tantrums to "
            "teenage arguments, separation or bullying. Call the free helpline on 0808 800 2222 or use the "
            "website's advice pages and online support. Family Lives also runs Bullying UK. "
            + CHECK_HOURS
        ),
        modes="phone;online",
        phone="0808 800 2222",
        website="https://www.familylives.org.uk",
    ),
    national(
        "every-mind-matters",
        "NHS England",
        "https://www.nhs.uk",
        "Every Mind Matters",
        groupings="thriving;getting-advice",
        topics="wellbeing;low-mood;anxiety;sleep",
        support="self-help",
        ages="13-25",
        summary="Free NHS advice and tips to look after your mental health, including a short quiz that gives you your own action plan.",
        description=(
            "Every Mind Matters is the NHS's website for looking after your mental health. It has practical "
            "tips and short videos about dealing with stress, anxiety, low mood and sleep problems, and a "
            "free online quiz that builds a personal 'Mind Plan'. It's a good place to start if you want to "
            "feel better but aren't sure you need to talk to someone yet."
        ),
        modes="online",
        website="https://www.nhs.uk/every-mind-matters/",
    ),
    national(
        "calm-harm-app",
        "stem4",
        "https://stem4.org.uk",
        "Calm Harm app",
        groupings="getting-advice;getting-risk-support",
        topics="self-harm;low-mood;anger",
        support="app;self-help",
        ages="13-25",
        summary="A free app from the charity stem4 that helps teenagers manage the urge to self-harm, with activities to ride out the urge.",
        description=(
            "Calm Harm is a free app for your phone made by stem4, a charity that supports teenage mental "
            "health. When you feel the urge to self-harm, the app suggests short activities – to comfort, "
            "distract, express yourself, release the feeling or breathe – to help you get through it. "
            "It can be used alongside other support. If you have hurt yourself and need medical help, "
            "call 111 or go to A&E."
        ),
        modes="online",
        website="https://stem4.org.uk",
    ),
    national(
        "national-domestic-abuse-helpline",
        "Refuge",
        "https://refuge.org.uk",
        "National Domestic Abuse Helpline",
        groupings="getting-risk-support;getting-advice",
        topics="safeguarding;family;trauma",
        support="helpline;crisis-support;advice",
        ages="16-25",
        summary="A free, 24-hour helpline run by Refuge for women experiencing domestic abuse, and for friends, family and others calling on their behalf.",
        description=(
            "If you are experiencing domestic abuse – from a partner, ex-partner or family member – you can "
            "call the National Domestic Abuse Helpline free on 0808 2000 247, any time, day or night. Trained "
            "advisers will listen, help you think about your options and how to stay safe, and can help you "
            "find a refuge. Friends and family can call too. If you are under 18, you can also talk to "
            "Childline on 0800 1111. If you are in danger now, call 999."
        ),
        confidentiality="The helpline is free and confidential.",
        modes="phone;online",
        phone="0808 2000 247",
        website="https://www.nationaldahelpline.org.uk",
        hours="24/7",
    ),
]


# =============================================================================================
# FICTIONAL LOCAL SERVICES
# =============================================================================================

# --- Broxbourne (Cheshunt, Hoddesdon) ---------------------------------------------------------

service(
    "lvyw-friday-club",
    "lvyw",
    "Friday Night Youth Club",
    groupings="thriving",
    topics="wellbeing;loneliness",
    support="activities;group",
    ages="11-17",
    self_from=11,
    hours="Fri 18:30-21:30",
    cost_details="Free. Snacks from the tuck shop are 50p.",
    places=[("Cheshunt", "Lea Valley Youth Centre", "42 Turners Hill")],
    accessibility="Step-free entrance and accessible toilet. The quiet room is upstairs and there is no lift.",
    confidentiality=C_CLUB,
    summary="A relaxed Friday night youth club in Cheshunt with pool, games consoles, cooking and youth workers to chat to. Just turn up.",
    description=(
        "Come along on a Friday evening to hang out, play pool or table tennis, cook something, or just sit "
        "and talk. Two youth workers run every session and they're easy to chat to if something is on your "
        "mind. You can come on your own or bring a friend. The first time you come, a youth worker will ask "
        "you to fill in a short form with a phone number for your parent or carer in case of an emergency. "
        "There's no need to book."
    ),
)

service(
    "lvyw-talk-time",
    "lvyw",
    "Talk Time drop-in",
    groupings="getting-advice",
    topics="low-mood;anxiety;family;bullying;loneliness",
    support="advice;self-help",
    ages="11-19",
    self_from=11,
    modes="in-person;text",
    text=True,
    hours="Tue 15:30-18:00; Thu 15:30-18:00",
    email="talktime",
    places=[("Cheshunt", "Lea Valley Youth Centre", "42 Turners Hill")],
    accessibility="Step-free entrance and accessible toilet. Talk Time rooms are on the ground floor.",
    summary="Drop in after school for a private 20-minute chat with a trained youth worker about whatever is worrying you. No appointment needed.",
    description=(
        "Talk Time is for young people who want to talk something through but aren't sure they need "
        "counselling. Walk in, tell the person on the front desk you're here for Talk Time, and you'll be "
        "seen in a private room, usually within half an hour. Together you can work out what might help "
        "next: some self-help ideas, a plan for talking to someone at home or school, or a referral to our "
        "counselling service. You don't need to tell your parents you're coming, and you can text us first "
        "if you want to ask a question."
    ),
)

service(
    "lvyw-counselling",
    "lvyw",
    "Counselling for young people",
    groupings="getting-help",
    topics="low-mood;anxiety;self-harm;family;bereavement;identity;trauma",
    support="counselling",
    ages="11-25",
    self_from=13,
    modes="in-person;online;phone",
    cost="some-free",
    cost_details="Free for under-18s. 18 to 25-year-olds are asked for £5 to £20 a session, based on what you can afford. Nobody is turned away.",
    availability="waiting-list",
    wait=6,
    hours="Mon-Thu 10:00-20:00; Sat 09:00-13:00",
    email="counselling",
    places=[
        ("Cheshunt", "Lea Valley Youth Centre", "42 Turners Hill"),
        ("Hoddesdon", "Hoddesdon Community Rooms", "15 Amwell Street"),
    ],
    accessibility="Both centres have step-free access. Hoddesdon has a hearing loop.",
    summary="Up to 12 weekly counselling sessions for 11 to 25-year-olds, in Cheshunt or Hoddesdon, or by video or phone.",
    description=(
        "Fill in our short referral form online, or ask someone to help you with it. Within two weeks a "
        "counsellor will phone you for a 'first chat' to hear what's going on and check this is the right "
        "help. After that you'll go on our waiting list, which is about six weeks at the moment, and we'll "
        "text you to check in while you wait. Sessions last 50 minutes, at the same time each week, and you "
        "choose whether to come in person, join by video or talk on the phone. If you're 13 or over you can "
        "refer yourself without telling a parent. For under-13s, a parent, carer or school needs to make the "
        "referral."
    ),
)

service(
    "hfc-little-steps",
    "hfc",
    "Little Steps parent and baby mornings",
    groupings="thriving;getting-advice",
    topics="parenting;family;loneliness",
    support="group;family-support;activities",
    ages="0-2",
    self_from="any",
    routes="self;gp;professional",
    parental="required",
    languages="en;pl;ro",
    hours="Wed 09:30-11:30",
    confidentiality=C_PARENT,
    places=[("Hoddesdon", "Hoddesdon Family Centre", "Unit 3, Brewery Road")],
    accessibility="Step-free, with a buggy park and baby-changing room.",
    summary="A friendly weekly morning for parents and babies under 2 in Hoddesdon, with Polish and Romanian-speaking helpers. Come for play, a chat and a cuppa.",
    description=(
        "Little Steps is a drop-in for mums, dads and carers with babies up to two years old. There's baby "
        "play and singing, a health visitor joins on the first Wednesday of each month, and there's always "
        "time to talk about how you are feeling, not just how the baby is doing. Two of our volunteers speak "
        "Polish and Romanian. Just turn up with your baby: you don't need to book or be referred."
    ),
)

service(
    "hfc-family-at-home",
    "hfc",
    "Family support at home",
    groupings="getting-help",
    topics="family;parenting;anger;neurodiversity;sleep",
    support="family-support",
    ages="0-18",
    parental="required",
    modes="home-visit;phone",
    languages="en;pl;tr",
    availability="waiting-list",
    wait=4,
    hours="Mon-Fri 09:00-17:00",
    areas=["E07000095"],
    confidentiality=C_PARENT,
    email="families",
    summary="A family support worker visits you at home for 8 to 12 weeks to help with routines, behaviour, sleep and getting on with each other.",
    description=(
        "This is for families in Broxbourne with children up to 18 who are finding things hard at home – "
        "perhaps lots of arguments, a child who won't sleep, or worries about behaviour at school. Parents can "
        "ask for help themselves, or a school, GP or health visitor can refer you. A family support worker "
        "will call to arrange a first visit at home, listen to everyone, and agree with you a few things to "
        "work on. Visits are usually weekly for 8 to 12 weeks. We can bring a Polish or Turkish-speaking "
        "worker, or an interpreter for other languages."
    ),
)

service(
    "nrs-kick-about",
    "nrs",
    "Kick About – football and a chat",
    groupings="thriving",
    topics="wellbeing;anger;loneliness;low-mood",
    support="activities;mentoring;group",
    ages="10-16",
    self_from=13,
    hours="Mon 17:00-18:30; Sat 10:00-12:00",
    cost_details="Free. We lend boots and shin pads.",
    places=[("Cheshunt", "Riverside Playing Fields pavilion", "off College Road")],
    accessibility="Grass pitches; the pavilion has a step-free entrance and accessible toilet.",
    confidentiality=C_CLUB,
    summary="Free football sessions for 10 to 16-year-olds, with coaches who are also trained to listen. All abilities welcome, boots provided.",
    description=(
        "Kick About mixes an hour of football with a short team talk about something that matters – handling "
        "pressure, dealing with anger, being a good mate. Our coaches have mental health first aid training, "
        "so if you want to talk about something privately after the session, just ask. You don't need to be "
        "good at football and you don't need to bring anything except water. Under-13s need a parent or carer "
        "to sign a consent form on their first visit."
    ),
)

service(
    "nrs-holiday-club",
    "nrs",
    "Holiday Fun and Food",
    groupings="thriving",
    topics="wellbeing;loneliness",
    support="activities",
    ages="5-16",
    self_from=None,
    routes="parent;school",
    parental="required",
    cost="some-free",
    cost_details="Free for children who get benefits-related free school meals. £12 a day for everyone else.",
    hours="Mon-Thu 10:00-14:00",
    places=[("Hoddesdon", "Hoddesdon Sports Hall", "Pindar Road")],
    accessibility="Step-free sports hall and accessible toilets. Tell us about any support your child needs when you book.",
    confidentiality=C_PARENT,
    summary="School holiday days with sport, crafts, cooking and a hot lunch for 5 to 16-year-olds in Hoddesdon. Free for children on free school meals.",
    description=(
        "During the Easter, summer and Christmas holidays we run four-hour activity days from Monday to "
        "Thursday. Children try multi-sports, dance, arts and crafts and cooking, and everyone gets a healthy "
        "lunch. It's a chance to be active, see friends and have some structure in the holidays. A parent or "
        "carer books online; schools can also give families a booking code. The days don't run in term time."
    ),
)

service(
    "lvyw-calm-waters",
    "lvyw",
    "Calm Waters – self-harm support group",
    groupings="getting-risk-support;getting-help",
    topics="self-harm;low-mood;anxiety",
    support="group;peer-support",
    ages="13-18",
    self_from=13,
    hours="Wed 17:00-18:30",
    places=[("Hoddesdon", "Hoddesdon Community Rooms", "15 Amwell Street")],
    accessibility="Ground floor room with step-free access and a hearing loop.",
    confidentiality=C_GROUP,
    summary="A small, safe weekly group for 13 to 18-year-olds who self-harm or have done in the past, led by two trained workers.",
    description=(
        "Calm Waters is a group of up to eight young people that meets every Wednesday evening in Hoddesdon. "
        "It's not about being told to stop. Together you'll learn ways to get through urges, look after "
        "wounds safely, and work out what makes things harder or easier. Before joining, a group leader will "
        "meet you once on your own to talk about how you're doing and make a simple safety plan. You can "
        "refer yourself, or anyone you trust can do it with you. If you need help urgently, call Childline "
        "on 0800 1111 or go to A&E."
    ),
)

service(
    "roots-mentoring",
    "roots",
    "Roots and Wings mentoring",
    groupings="getting-advice;getting-help",
    topics="bullying;loneliness;anger;exam-stress;family",
    support="mentoring",
    ages="10-18",
    routes="parent;school;professional",
    parental="required-under-16",
    modes="in-person;online",
    availability="not-accepting",
    hours="Mon-Fri 15:00-19:00",
    email="mentors",
    places=[("Cheshunt", "Roots and Wings office", "Unit 7, Delamare Road")],
    summary="A trained volunteer mentor meets you once a week for a year, to do things you enjoy and help with whatever is getting in your way.",
    description=(
        "Mentors are local adults who give up an hour or two each week. You might go for a walk, play a "
        "game, do homework together or just talk. Young people tell us it helps to have someone on their side "
        "who isn't a parent or teacher. A parent, school or social worker can refer you; we then visit to get "
        "to know you and match you with a mentor who shares some of your interests. We have more young people "
        "waiting than mentors at the moment, so we're not taking new referrals until our next group of "
        "volunteers has finished training."
    ),
)

service(
    "hfc-sleep-well",
    "hfc",
    "Sleep Well course for parents",
    groupings="getting-advice;getting-help",
    topics="sleep;parenting;neurodiversity",
    support="group;self-help;advice",
    ages="2-12",
    self_from="any",
    routes="self;school;gp;professional",
    parental="required",
    modes="in-person;online",
    cost="some-free",
    cost_details="Free for families living in Broxbourne. £15 for the course if you live elsewhere.",
    availability="waiting-list",
    wait=3,
    hours="Tue 19:00-20:30",
    confidentiality=C_PARENT,
    places=[("Hoddesdon", "Hoddesdon Family Centre", "Unit 3, Brewery Road")],
    summary="A three-week course for parents whose child aged 2 to 12 struggles to get to sleep or stay asleep, including children who are autistic or have ADHD.",
    description=(
        "Each week you'll learn practical ways to build a calmer bedtime, deal with night waking and early "
        "rising, and cope when you're exhausted yourself. The course is run by a sleep practitioner and a "
        "parent who has been there. It runs in person at the Family Centre, or live online if you can't get "
        "out in the evening. Book a place by phone or email. Courses start every six weeks, so there's usually "
        "a short wait for the next one."
    ),
)

service(
    "lvyw-next-steps",
    "lvyw",
    "Next Steps group for 16 to 25-year-olds",
    groupings="getting-help",
    topics="anxiety;low-mood;loneliness",
    support="group;peer-support",
    ages="16-25",
    self_from=16,
    modes="in-person;online",
    hours="Mon 18:00-20:00",
    places=[("Cheshunt", "Lea Valley Youth Centre", "42 Turners Hill")],
    confidentiality=C_GROUP,
    summary="A weekly evening group for 16 to 25-year-olds dealing with anxiety or low mood, especially after leaving school or college.",
    description=(
        "Leaving school, starting work or college, or being stuck at home can be a lonely time. Next Steps "
        "meets on Monday evenings, in Cheshunt or online, and each term covers a six-week topic such as "
        "managing worry, sleep and routine, or building confidence. The first half is a short session with a "
        "worker; the second half is time to talk with others who get it. You can join at any point in the "
        "term – send us a message and a worker will call you for a quick chat first."
    ),
)

service(
    "lvyw-girls-circle",
    "lvyw",
    "Girls' wellbeing circle",
    groupings="thriving;getting-advice",
    topics="wellbeing;loneliness;family;bullying",
    support="group;activities",
    ages="12-18",
    self_from=12,
    languages="en;tr;bn",
    hours="Thu 17:00-19:00",
    places=[("Cheshunt", "Lea Valley Youth Centre", "42 Turners Hill")],
    confidentiality=C_GROUP,
    summary="A weekly evening for girls aged 12 to 18 to relax, try new things and talk about friendships, family and growing up. Turkish and Bengali spoken.",
    description=(
        "Each week is different: henna, baking, dance, a guest speaker, or just chatting over food. Once a "
        "month we have a 'big talk' on something the group chooses, like friendships online or pressure at "
        "home. Two of our youth workers speak Turkish and Bengali, and parents are welcome to come and meet us "
        "first if they'd like to. You can come on your own – someone will look out for you at the door on "
        "your first night."
    ),
)

service(
    "lvyw-homework-chill",
    "lvyw",
    "Homework and Chill club",
    groupings="thriving;getting-advice",
    topics="exam-stress;loneliness;wellbeing",
    support="activities;mentoring",
    ages="11-16",
    self_from=11,
    hours="Mon-Wed 15:15-17:30",
    places=[("Hoddesdon", "Hoddesdon Community Rooms", "15 Amwell Street")],
    accessibility="Ground floor, step-free, laptops available to borrow.",
    confidentiality=C_CLUB,
    summary="A calm space in Hoddesdon after school to do homework with help on hand, borrow a laptop, have a snack and unwind.",
    description=(
        "If home is noisy, you don't have a computer, or you just get stuck, come to Homework and Chill. "
        "Volunteer tutors help with maths, English and science, and there are laptops and a printer to use. "
        "Once your work is done there are board games and a chill-out corner. Lots of students tell us it has "
        "helped them feel less stressed about school. Just turn up in your uniform."
    ),
)

service(
    "lvyw-safer-streets",
    "lvyw",
    "Safer Streets outreach",
    groupings="getting-risk-support",
    topics="safeguarding;substance-use;trauma",
    support="mentoring;advice;crisis-support",
    ages="10-18",
    self_from=10,
    modes="in-person;phone;text",
    text=True,
    hours="Wed-Sat 17:00-23:00",
    areas=["E07000095", "E07000242"],
    email="outreach",
    summary="Youth workers on the streets, in parks and near stations in Broxbourne and East Herts, for young people who are being pressured, exploited or feel unsafe.",
    description=(
        "Our workers are out four evenings a week in places where young people hang out, wearing purple "
        "hoodies. If someone is pressuring you to carry things, sell drugs or do things you don't want to, "
        "or you just don't feel safe, you can talk to us there, text us, or ask someone to refer you. We "
        "won't judge you and we're not the police. We'll help you make a plan to stay safe, and we can stay "
        "alongside you for as long as it takes. If you are in danger right now, call 999."
    ),
)


# --- Dacorum (Hemel Hempstead, Berkhamsted, Tring) ---------------------------------------------

service(
    "gvc-counselling",
    "gvc",
    "Young people's counselling",
    groupings="getting-help",
    topics="low-mood;anxiety;self-harm;family;bereavement;exam-stress",
    support="counselling",
    ages="11-25",
    self_from=14,
    parental="required-under-16",
    cost="some-free",
    cost_details="Free for under-19s. 19 to 25-year-olds pay on a sliding scale from £10 to £35 a session.",
    availability="waiting-list",
    wait=8,
    hours="Mon-Fri 09:00-20:00",
    email="referrals",
    places=[("Hemel Hempstead", "Gade Valley Counselling", "Second floor, 17 Marlowes")],
    accessibility="Second floor with a lift. Accessible toilet on the ground floor.",
    summary="Weekly one-to-one counselling in Hemel Hempstead for 11 to 25-year-olds, for up to 16 sessions.",
    description=(
        "When we get your referral form, our intake worker will phone you (or your parent, if you prefer) to "
        "book an assessment. At the assessment you'll meet a counsellor for an hour to talk about what's "
        "happening and what you'd like to change. Most people then wait around eight weeks before regular "
        "sessions start. Sessions are weekly and last 50 minutes. From 14 you can refer yourself; for "
        "under-16s we usually ask a parent or carer to agree, but we can talk this through with you first."
    ),
)

service(
    "gvc-remote",
    "gvc",
    "Counselling by phone, video and text",
    groupings="getting-help",
    topics="anxiety;low-mood;loneliness;family;exam-stress",
    support="counselling;online-chat",
    ages="13-25",
    self_from=13,
    modes="online;phone;text",
    text=True,
    availability="waiting-list",
    wait=3,
    hours="Mon-Thu 12:00-21:00; Sun 15:00-19:00",
    areas=["E07000096", "E07000102"],
    email="remote",
    accessibility="Works with screen readers. Text sessions suit people who are Deaf or hard of hearing.",
    summary="Free counselling by phone, video call or live text chat for 13 to 25-year-olds in Dacorum and Three Rivers. Good if it's hard to get to appointments.",
    description=(
        "Some people find it easier to talk from their own room, or to type instead of speaking. This "
        "service offers up to eight sessions by video, phone or live text chat with a qualified counsellor. "
        "Fill in the online form yourself – you don't need to tell anyone else – and we'll message you "
        "within three working days to book a first session. You'll need somewhere private to talk, and we "
        "can help you think about where. Evening and Sunday sessions are available."
    ),
)

service(
    "marlowes-youth-space",
    "marlowes",
    "Marlowes Youth Space",
    groupings="thriving;getting-advice",
    topics="wellbeing;loneliness;substance-use;low-mood;family",
    support="activities;advice;group",
    ages="11-19",
    self_from=11,
    languages="en;pl",
    hours="Mon-Thu 15:30-20:00; Sat 12:00-16:00",
    confidentiality=C_CLUB,
    places=[("Hemel Hempstead", "Marlowes Youth Space", "Unit 4, Bridge Street")],
    accessibility="Step-free throughout, accessible toilet, quiet room with dimmable lights.",
    summary="A town-centre youth space in Hemel Hempstead with music, gaming, free food on Thursdays and youth workers to talk to.",
    description=(
        "Marlowes Youth Space is open after school and on Saturday afternoons for anyone aged 11 to 19. There's "
        "a music studio, a gaming room, a kitchen and comfy sofas. Youth workers can help with all sorts – "
        "from arguments at home to questions about drugs, money or college – and there's a private room if "
        "you'd like to talk one-to-one. It's free, you can come on your own, and you don't need to sign up "
        "in advance. One of our workers speaks Polish."
    ),
)

service(
    "marlowes-cool-heads",
    "marlowes",
    "Cool Heads – anger workshops",
    groupings="getting-help",
    topics="anger;family",
    support="group;self-help",
    ages="11-16",
    routes="parent;school;professional",
    parental="required",
    availability="waiting-list",
    wait=3,
    hours="Wed 16:30-18:00",
    confidentiality=C_GROUP,
    places=[("Hemel Hempstead", "Marlowes Youth Space", "Unit 4, Bridge Street")],
    summary="A six-week small group for 11 to 16-year-olds who lose their temper and want to feel more in control. Referral by a parent, school or youth worker.",
    description=(
        "Everyone gets angry. Cool Heads is for young people whose anger is getting them into trouble at home "
        "or school. Over six weeks you'll learn what happens in your body when you're angry, spot your warning "
        "signs, and practise ways to cool down that actually work for you. Groups have no more than six "
        "people. Parents are invited to a short session in week three so they can back you up at home. The "
        "next group starts in about three weeks."
    ),
)

service(
    "gadeshed-youth-shed",
    "gadeshed",
    "Youth Shed",
    groupings="thriving;getting-advice",
    topics="wellbeing;anger;loneliness;low-mood",
    support="activities;mentoring",
    ages="13-19",
    self_from=13,
    hours="Tue 16:00-19:00; Sat 10:00-13:00",
    places=[("Hemel Hempstead", "The Youth Shed", "Rear of 9 Queensway")],
    accessibility="Workshop on one level with wide doors. Some tools are not suitable for everyone – we'll adapt.",
    confidentiality=C_CLUB,
    summary="A woodwork and bike-repair workshop in Hemel Hempstead for 13 to 19-year-olds. Make things, fix things and chat side by side with adult volunteers.",
    description=(
        "The Youth Shed is a place to use your hands: build a bird box, a stool or a skateboard rack, or learn "
        "to fix bikes that we then give away. Our volunteers are retired carpenters, mechanics and youth "
        "workers. Lots of young people who don't like 'talking' sessions find it easier to chat while they "
        "work, and the volunteers are good listeners. Safety kit is provided. Just turn up; you'll do a short "
        "safety induction on your first visit."
    ),
)

service(
    "bulbourne-drawing-room",
    "bulbourne",
    "The Drawing Room art club",
    groupings="thriving",
    topics="wellbeing;anxiety;neurodiversity",
    support="activities;group",
    ages="8-14",
    routes="parent",
    parental="required",
    cost="some-free",
    cost_details="£6 a session. Free places for families on a low income – just ask, no proof needed.",
    hours="Sat 10:00-12:00",
    email="studio",
    confidentiality=C_PARENT,
    places=[("Berkhamsted", "Bulbourne Studio", "Canal Side, Castle Street")],
    accessibility="Ground-floor studio with step-free entrance. Quiet corner and ear defenders available.",
    summary="A calm Saturday morning art club in Berkhamsted for 8 to 14-year-olds. Painting, clay and printmaking, with free places for families who need them.",
    description=(
        "The Drawing Room is a relaxed space to make things with your hands and switch off for a while. Each "
        "week an artist shows a new technique and then you can follow along or do your own thing. Lots of the "
        "children who come find busy places hard, so sessions are capped at twelve and there's a quiet corner. "
        "A parent or carer books a place by email, and they can stay for the first session if it helps."
    ),
)

service(
    "chiltern-wild-minds",
    "chiltern",
    "Wild Minds nature walks",
    groupings="thriving",
    topics="wellbeing;low-mood;loneliness;anxiety",
    support="activities;group;peer-support",
    ages="12-25",
    self_from=14,
    hours="Sun 10:00-12:30",
    places=[("Tring", "Chiltern Edge hut", "Station Road")],
    accessibility="Walks are on uneven paths with some hills. Ask about our shorter, flatter route.",
    confidentiality=C_GROUP,
    summary="Gentle group walks on the Chiltern hills near Tring for 12 to 25-year-olds, with time to talk, sit quietly or take photos.",
    description=(
        "Being outdoors can lift your mood, even on a grey day. Every Sunday we walk for about two hours at an "
        "easy pace, stopping for hot chocolate. Walk leaders are trained in youth mental health and are happy "
        "to chat – or to leave you be. Under-14s come with a parent or carer. From 14 you can come on your "
        "own once a parent has filled in an online consent form. We have spare waterproofs and boots, so "
        "don't let kit stop you."
    ),
)

service(
    "chiltern-forest-days",
    "chiltern",
    "Forest Days for worried children",
    groupings="getting-help",
    topics="anxiety;exam-stress;neurodiversity",
    support="activities;group;therapy",
    ages="6-11",
    routes="parent;school;professional",
    parental="required",
    cost="some-free",
    cost_details="£95 for the eight-week block. Free for children referred by their school or who have an education, health and care plan.",
    availability="waiting-list",
    wait=5,
    hours="Tue 13:00-15:30; Thu 13:00-15:30",
    confidentiality=C_PARENT,
    email="forestdays",
    places=[
        ("Tring", "Chiltern Edge hut", "Station Road"),
        ("Berkhamsted", "Chiltern Edge woodland base", "Shootersway"),
    ],
    accessibility="Outdoor woodland site with a heated cabin and compost toilet. Not suitable for wheelchairs yet.",
    summary="Eight weeks of small-group forest school for 6 to 11-year-olds who feel very anxious or are finding it hard to go to school.",
    description=(
        "Forest Days run on weekday afternoons in woodland near Tring and Berkhamsted, with no more than "
        "eight children and three adults. Children build dens, cook on a fire and play, while our play "
        "therapist helps them notice and name big feelings and try brave things at their own pace. Parents "
        "meet the team before the start and get a short summary each week with ideas to try at home. A "
        "parent or school can refer. The Tuesday group meets in Tring and the Thursday group in Berkhamsted."
    ),
)

service(
    "chiltern-horses-and-hope",
    "chiltern",
    "Horses and Hope",
    groupings="getting-help",
    topics="anxiety;trauma;low-mood;neurodiversity",
    support="therapy;activities",
    ages="8-18",
    routes="parent;school;professional",
    parental="required-under-16",
    cost="paid",
    cost_details="£45 a session, usually paid by schools or social care. Families can pay privately.",
    availability="waiting-list",
    wait=6,
    hours="Mon-Fri 10:00-16:00",
    places=[("Tring", "Chiltern Edge stables", "Icknield Way")],
    accessibility="Yard and arena are level; a mounting block and hoist are available.",
    summary="Equine-assisted sessions in Tring for 8 to 18-year-olds who are anxious, have been through trauma, or struggle to trust adults.",
    description=(
        "In these sessions you work on the ground with our calm horses – grooming, leading and building a "
        "relationship – with a qualified practitioner alongside. There's no riding. Horses respond to how we "
        "feel, so young people learn to notice and steady their own feelings without having to sit in a room "
        "and talk. Most young people come for eight to ten weekly sessions. A school, social worker or parent "
        "can refer."
    ),
)

service(
    "lantern-room",
    "lantern",
    "The Lantern Room – evening support café",
    groupings="getting-risk-support",
    topics="self-harm;suicidal-thoughts;low-mood;anxiety",
    support="crisis-support;advice;peer-support",
    ages="16-25",
    self_from=16,
    modes="in-person;phone",
    hours="Fri-Sun 18:00-23:00",
    confidentiality="You can stay anonymous. We would only call emergency services without your agreement if we thought your life was in immediate danger.",
    places=[
        ("Hemel Hempstead", "The Lantern Room", "Ground floor, 30 Waterhouse Street"),
        ("Watford", "The Lantern Room", "11 King Street"),
    ],
    accessibility="Both cafés are step-free with accessible toilets and a low-sensory room.",
    summary="A calm evening café for 16 to 25-year-olds who are struggling and need somewhere safe to go and someone to talk to. Walk in, Friday to Sunday.",
    description=(
        "If you're feeling overwhelmed, having thoughts of hurting yourself, or just can't be on your own "
        "tonight, you can come to the Lantern Room in Hemel Hempstead or Watford. A support worker will "
        "welcome you, find you a quiet space and a drink, and listen. Together you can make a plan to get "
        "through the night and think about what would help tomorrow. There's no appointment and no referral, "
        "and you can stay until we close. You can also phone before you come. If your life is in danger, "
        "call 999 or go to A&E."
    ),
)

service(
    "acorn-bump-baby-me",
    "acorn",
    "Bump, Baby and Me",
    groupings="thriving;getting-advice",
    topics="parenting;low-mood;anxiety;loneliness",
    support="group;peer-support;family-support",
    ages="0-1",
    self_from="any",
    routes="self;gp;professional",
    parental="required",
    languages="en;ur;pl;ro",
    hours="Thu 10:00-12:00",
    confidentiality=C_PARENT,
    places=[
        ("Hemel Hempstead", "Acorn and Oak Family Hub", "Adeyfield Road"),
        ("Letchworth Garden City", "Acorn and Oak Family Hub", "Gernon Walk"),
        ("Watford", "Acorn and Oak Family Hub", "Harwoods Road"),
        ("St Albans", "Acorn and Oak Family Hub", "Hatfield Road"),
    ],
    accessibility="All four hubs are step-free with buggy parking, baby-changing and a private feeding room.",
    summary="A weekly group for parents-to-be and parents of babies under one, about looking after your own wellbeing as well as your baby's.",
    description=(
        "Becoming a parent can be wonderful and very hard at the same time. At Bump, Baby and Me you can meet "
        "other parents, get tips on feeding, sleep and bonding, and talk honestly about how you're feeling. A "
        "family worker runs each session and a perinatal mental health nurse visits once a month for a "
        "private chat. You can come during pregnancy or with your baby. Just turn up, or ask your midwife or "
        "health visitor to let us know you're coming. The group runs at the same time in four family hubs, "
        "and interpreters for Urdu, Polish and Romanian can be booked."
    ),
)

service(
    "acorn-dads-together",
    "acorn",
    "Dads Together",
    groupings="thriving;getting-advice",
    topics="parenting;family;low-mood",
    support="group;peer-support;activities",
    ages="0-5",
    self_from="any",
    routes="self;gp;professional",
    parental="required",
    hours="Sat 09:30-11:30",
    confidentiality=C_PARENT,
    email="dads",
    places=[("Hemel Hempstead", "Acorn and Oak Family Hub", "Adeyfield Road")],
    summary="A Saturday morning for dads, stepdads and male carers of under-5s: play time for the kids, bacon rolls and a chance to talk.",
    description=(
        "Dads Together is a relaxed morning at the Hemel family hub where children play while dads chat. "
        "Every few weeks there's a short session on something practical, like toddler tantrums, getting back "
        "to sleep, or looking after your own mental health as a new dad. Come once or every week; there's no "
        "booking and no forms beyond an emergency contact."
    ),
)

service(
    "brightwater-clubs",
    "brightwater",
    "Young carers' clubs",
    groupings="thriving;getting-advice",
    topics="caring;wellbeing;loneliness",
    support="activities;group;peer-support",
    ages="8-17",
    self_from=11,
    parental="required-under-16",
    hours="Sat 10:00-13:00",
    email="clubs",
    places=[
        ("Hemel Hempstead", "Brightwater Club Room", "2 Combe Street"),
        ("Stevenage", "Brightwater Club Room", "14 Queensway"),
        ("Bishop's Stortford", "Brightwater Club Room", "Apton Road Hall"),
        ("Watford", "Brightwater Club Room", "St Albans Road Centre"),
    ],
    accessibility="All club rooms are step-free. Tell us about any support you need and we'll plan for it.",
    summary="Fun clubs every other Saturday for young carers aged 8 to 17 – people who help look after someone at home. A break, activities and friends who get it.",
    description=(
        "If you help look after a parent, brother, sister or grandparent because they're ill, disabled, or "
        "struggle with their mental health or with drinking or drugs, you're a young carer. Our clubs give "
        "you time off to have fun – trips, crafts, sport and games – with others who know what it's like. "
        "Clubs meet every other Saturday in four towns, and staff are there if you want to talk. You can "
        "refer yourself from 11, or a parent, school or professional can refer you. We'll ring your family to "
        "say hello and arrange a visit before your first club."
    ),
)

service(
    "stillwater-groups",
    "stillwater",
    "Children's bereavement groups",
    groupings="getting-help",
    topics="bereavement;family",
    support="group;peer-support;family-support",
    ages="5-17",
    routes="parent;school;gp;professional",
    parental="required",
    availability="waiting-list",
    wait=4,
    hours="Sat 10:00-12:30",
    confidentiality=C_GROUP,
    places=[
        ("Berkhamsted", "Stillwater Room", "Kings Road"),
        ("Harpenden", "Stillwater Room", "Southdown Road"),
        ("Hertford", "Stillwater Room", "Fore Street"),
    ],
    summary="Monthly groups for bereaved children and teenagers aged 5 to 17 to remember the person who died, share feelings and meet others who've had a loss.",
    description=(
        "When someone important dies, it can feel like nobody else understands. Our groups meet one Saturday "
        "morning a month in Berkhamsted, Harpenden and Hertford. Younger children (5 to 11) and teenagers "
        "(12 to 17) are in separate rooms, with activities such as memory boxes, music and games, and time to "
        "talk if they want to. Parents and carers meet at the same time with one of our staff. A parent or "
        "carer can refer by phone; we'll visit or call first to hear about your family and the person who "
        "died."
    ),
)


# --- Hertsmere (Borehamwood, Bushey, Potters Bar) ----------------------------------------------

service(
    "opensky-counselling",
    "opensky",
    "Counselling and art therapy",
    groupings="getting-help",
    topics="low-mood;anxiety;family;bullying;identity;self-harm",
    support="counselling;therapy",
    ages="11-25",
    self_from=12,
    modes="in-person;online",
    cost="some-free",
    cost_details="Free for under-18s. 18 to 25-year-olds pay what they can, from nothing up to £25 a session.",
    availability="waiting-list",
    wait=10,
    hours="Mon-Fri 10:00-20:00",
    email="referrals",
    places=[
        ("Borehamwood", "Open Sky Centre", "96 Shenley Road"),
        ("Bushey", "Open Sky at the Old Schoolroom", "High Street"),
        ("Potters Bar", "Open Sky Centre", "Darkes Lane"),
    ],
    accessibility="Borehamwood and Potters Bar are step-free. The Bushey room is up six steps; tell us and we'll see you at another centre.",
    summary="Short-term counselling and art therapy for 11 to 25-year-olds, at three centres in Hertsmere or online.",
    description=(
        "Open Sky offers up to 12 sessions with a counsellor or an art therapist. Art therapy can help if you "
        "find it hard to put things into words – you don't need to be good at art. To get started, fill in "
        "the self-referral form on our website, or ask a parent, teacher or GP to do it. We'll call within a "
        "week to book an assessment at whichever centre is easiest: Borehamwood, Bushey or Potters Bar. The "
        "wait for regular sessions is about ten weeks at the moment, and we'll send you a 'while you wait' "
        "pack with ideas that many young people find helpful."
    ),
)

service(
    "opensky-food-feelings",
    "opensky",
    "Food and Feelings group",
    groupings="getting-help",
    topics="eating;anxiety;low-mood",
    support="group;therapy",
    ages="13-18",
    routes="parent;school;gp;professional",
    parental="required-under-16",
    availability="waiting-list",
    wait=6,
    hours="Mon 16:30-18:00",
    confidentiality=C_GROUP,
    places=[("Borehamwood", "Open Sky Centre", "96 Shenley Road")],
    summary="An eight-week group for 13 to 18-year-olds who worry a lot about food, eating or their body, run by a dietitian and a counsellor.",
    description=(
        "This group is for young people whose worries about food, weight or body shape are starting to take "
        "over, but who aren't under a specialist eating disorders team. Together you'll talk about where the "
        "worries come from, how social media plays a part, and small steps towards eating more comfortably. "
        "Parents of under-16s are invited to two evening sessions of their own. A GP, school nurse or parent "
        "can refer. If you're losing weight quickly or feel faint or dizzy, please see your GP straight away."
    ),
)

service(
    "reel-minds-club",
    "reel",
    "Film and drama club",
    groupings="thriving",
    topics="wellbeing;loneliness;anxiety",
    support="activities;group",
    ages="11-18",
    self_from=13,
    cost="some-free",
    cost_details="£3 a session, or free if money is tight.",
    hours="Tue 17:00-19:00",
    confidentiality=C_CLUB,
    places=[("Borehamwood", "Reel Minds studio", "Unit 2, Elstree Way")],
    accessibility="Ground floor studio, step-free, accessible toilet.",
    summary="Make short films, act and write scripts in Borehamwood. A friendly club for 11 to 18-year-olds – complete beginners welcome.",
    description=(
        "At Reel Minds you'll work in small crews to write, shoot and edit short films, with all the kit "
        "provided. Some members come because they want to work in film; others because they want to build "
        "confidence or make friends. Our films are often about things that matter to young people, like "
        "mental health and friendships. Under-13s need a parent to book; from 13 you can sign yourself up."
    ),
)

service(
    "pbparents-together",
    "pbparents",
    "Parents Together support group",
    groupings="getting-advice",
    topics="parenting;family;neurodiversity;anxiety;self-harm",
    support="peer-support;group;advice",
    ages="0-25",
    self_from="any",
    routes="self",
    parental="",
    modes="in-person;online",
    hours="Thu 19:30-21:00",
    confidentiality="What's said in the group stays in the group.",
    places=[("Potters Bar", "The Green Room", "Hatfield Road")],
    summary="A parent-led support group in Potters Bar for parents and carers who are worried about a child's mental health. Meet in person or online.",
    description=(
        "Parents Together was started by parents who found it hard to know where to turn. We meet every "
        "Thursday evening – in person on the first and third Thursday, online for the rest of the month. "
        "There's no pressure to talk; many people just listen at first. We share what's helped us, from "
        "getting a referral to coping with a teenager who won't leave their room. We're not professionals, "
        "but we know the local services well and can help you find the right door. Email us to get the "
        "online link."
    ),
)

service(
    "kingfisher-safe-space",
    "kingfisher",
    "After School Safe Space",
    groupings="getting-advice;getting-risk-support",
    topics="safeguarding;substance-use;bullying;family",
    support="advice;mentoring",
    ages="11-19",
    self_from=11,
    modes="in-person;text",
    text=True,
    hours="Mon-Fri 15:00-19:00",
    places=[("Borehamwood", "Kingfisher Youth Project", "The Kingfisher Rooms, Drayton Road")],
    accessibility="Step-free, with an accessible toilet and a private room.",
    summary="A safe place in Borehamwood to go after school, with youth workers who can help if you're worried about your safety – at home, online or on the streets.",
    description=(
        "Kingfisher Youth Project is open every weekday after school. You can come in to use the Wi-Fi, get a "
        "snack and charge your phone, or talk to a youth worker in private. Our workers understand the "
        "pressures young people face – being pulled into crime, unsafe relationships, problems at home – and "
        "they can help you make a plan and get support from other services. You can come on your own, and "
        "you can text us if you'd rather start that way."
    ),
)

service(
    "kingfisher-young-adults",
    "kingfisher",
    "Young adults' drop-in",
    groupings="getting-advice",
    topics="anxiety;low-mood;loneliness;substance-use",
    support="advice;peer-support",
    ages="17-25",
    self_from=17,
    hours="Wed 12:00-16:00",
    places=[("Potters Bar", "Kingfisher at the Community Centre", "Mutton Lane")],
    summary="A weekly drop-in in Potters Bar for 17 to 25-year-olds who want to talk about how they're doing, get help with work or money worries, or meet others.",
    description=(
        "Adult life can throw a lot at you at once: jobs, money, housing, relationships, and looking after "
        "your mental health without the support you had at school. On Wednesday afternoons our youth workers "
        "and a volunteer peer supporter are at the community centre with tea and biscuits. You can have a "
        "confidential chat, get help filling in forms or booking a GP appointment, or find out about local "
        "groups. No need to book."
    ),
)

service(
    "kingfisher-peer-supporters",
    "kingfisher",
    "Be a Peer Supporter course",
    groupings="thriving;getting-advice",
    topics="wellbeing;loneliness;bullying",
    support="group;peer-support",
    ages="15-19",
    self_from=15,
    availability="waiting-list",
    wait=5,
    hours="Sat 10:00-15:00",
    places=[("Borehamwood", "Kingfisher Youth Project", "The Kingfisher Rooms, Drayton Road")],
    confidentiality=C_GROUP,
    summary="A free four-Saturday course for 15 to 19-year-olds who want to learn how to support friends who are struggling – and know when to get an adult involved.",
    description=(
        "Friends are often the first people young people turn to. On this course you'll learn how to listen "
        "well, what to say (and not say) when a friend is upset, how to look after yourself, and when and how "
        "to get help from an adult. You'll get a certificate, and you can go on to volunteer at our youth "
        "sessions. Courses run four times a year; put your name down and we'll tell you when the next one "
        "starts."
    ),
)

service(
    "lcchp-family-therapy",
    "lcchp",
    "Intensive Family Therapy Service",
    groupings="getting-more-help",
    topics="family;self-harm;trauma;eating;anger",
    support="therapy;family-support",
    ages="8-18",
    routes="gp;professional",
    parental="required",
    availability="waiting-list",
    wait=18,
    hours="Mon-Fri 09:00-17:00",
    confidentiality=C_NHS,
    email="familytherapy",
    places=[("Borehamwood", "Elstree Way Clinic", "Elstree Way")],
    accessibility="Step-free clinic with lift, accessible toilet and quiet waiting room.",
    summary="Specialist family therapy for children and teenagers with complex mental health difficulties, working with the whole family. Referral through CAMHS or a GP.",
    description=(
        "This team works with families where a young person has serious difficulties – such as repeated "
        "self-harm, an eating disorder or the effects of trauma – and family life has become very strained. "
        "Two family therapists meet the young person and family together, usually every two weeks for six "
        "months or more, and sometimes see the young person or parents on their own too. Referrals come from "
        "community CAMHS or a GP. We write to you to offer a first appointment; the current wait is about "
        "18 weeks."
    ),
)

service(
    "heath-runners-teens",
    "heath",
    "Teen run club",
    groupings="thriving",
    topics="wellbeing;low-mood;anxiety",
    support="activities;group",
    ages="12-18",
    self_from=14,
    hours="Tue 17:30-18:30",
    confidentiality=C_CLUB,
    places=[("Bushey", "Heath Runners clubhouse", "High Road")],
    summary="A friendly beginners' running group for 12 to 18-year-olds in Bushey. Start by walking and build up to 5K over nine weeks.",
    description=(
        "Never run before? Perfect. This group follows a nine-week plan that starts with one-minute jogs and "
        "ends with a 5K you can be proud of. Running with others is a great way to clear your head and sleep "
        "better. Our volunteer leaders run at the back so nobody is left behind. From 14 you can sign up "
        "yourself; under-14s need a parent or carer to sign the form."
    ),
)

service(
    "sensory-saturdays",
    "sensory",
    "Sensory Saturdays",
    groupings="thriving",
    topics="neurodiversity;wellbeing;parenting",
    support="activities;group;peer-support",
    ages="4-12",
    routes="parent",
    parental="required",
    cost="some-free",
    cost_details="£5 per family per session. Your first session is free.",
    hours="Sat 09:00-11:00",
    confidentiality=C_PARENT,
    places=[("Bushey", "Sensory Saturdays hall", "London Road")],
    accessibility="Sensory room, low lighting, ear defenders and no background music. Step-free. Accessible toilet with changing bench.",
    summary="Quiet, sensory-friendly play mornings in Bushey for autistic children, children with ADHD and their families. Parents get a chance to chat too.",
    description=(
        "Sensory Saturdays are for 4 to 12-year-olds who find ordinary play centres too loud or too much. We "
        "keep numbers low and have a soft-play corner, a sensory room, a Lego table and a garden. No diagnosis "
        "is needed. Parents and carers stay with their children and can chat to each other over coffee; once "
        "a month a specialist nurse joins us to answer questions. Book a place by email."
    ),
)

service(
    "sensory-holiday-club",
    "sensory",
    "Inclusive holiday club",
    groupings="thriving;getting-help",
    topics="neurodiversity;family;parenting",
    support="activities;family-support",
    ages="5-16",
    routes="parent;school;professional",
    parental="required",
    cost="some-free",
    cost_details="£30 a day. Free places for children with an education, health and care plan, funded by the county short-breaks scheme.",
    availability="waiting-list",
    wait=8,
    hours="Mon-Fri 09:30-15:30",
    confidentiality=C_PARENT,
    places=[("Watford", "Sensory Saturdays holiday base", "Lower High Street")],
    accessibility="One-to-one support available. Hoist, changing bench and sensory room on site.",
    summary="School holiday days in Watford for children with additional needs aged 5 to 16, with high staff ratios so every child can join in – and a break for families.",
    description=(
        "Our holiday club runs in the Easter and summer holidays and one week at Christmas. Children take part "
        "in music, cooking, sensory play, sport and trips, with one adult for every two or three children and "
        "one-to-one support where needed. Parents tell us the days give them a much-needed rest. Places are "
        "in demand, so please get on the list early. A parent, school or social worker can refer."
    ),
)

service(
    "littleoak-play-therapy",
    "littleoak",
    "Play therapy for children",
    groupings="getting-help",
    topics="trauma;anxiety;family;bereavement;anger",
    support="therapy;assessment",
    ages="3-11",
    routes="parent;school;gp;professional",
    parental="required",
    cost="paid",
    cost_details="£70 for a 50-minute session; the first parent consultation is £40. Some schools fund places.",
    availability="waiting-list",
    wait=2,
    hours="Mon-Fri 08:30-18:00; Sat 09:00-12:00",
    confidentiality="What a child plays out in sessions stays private. We share general themes with parents, and only share details if a child is at risk.",
    places=[("Bushey", "Little Oak playroom", "Aldenham Road")],
    accessibility="Ground floor playroom, step-free.",
    summary="Private play therapy in Bushey for children aged 3 to 11 who are struggling after a loss, a frightening event or big changes at home.",
    description=(
        "Young children often can't explain how they feel, but they can show it through play. In a playroom "
        "full of toys, sand, paints and puppets, a registered play therapist helps your child work through "
        "what has happened at their own pace. We start with a meeting with parents, then usually offer 12 "
        "weekly sessions, with a review with you every six weeks. This is a private, paid service; your GP "
        "or school can also tell you about free options."
    ),
)

service(
    "brightwater-homework",
    "brightwater",
    "Young carers' homework club",
    groupings="getting-advice",
    topics="caring;exam-stress;loneliness",
    support="activities;mentoring",
    ages="11-18",
    self_from=11,
    hours="Thu 15:30-17:30",
    email="clubs",
    places=[("Borehamwood", "Brightwater study room", "Elstree Way")],
    summary="A weekly after-school homework club in Borehamwood for young carers, with tutors, snacks and a quiet place to catch up.",
    description=(
        "Caring for someone can mean missing school, being tired in lessons or never having a quiet moment at "
        "home to study. At homework club, volunteer tutors help you catch up, plan coursework and revise, and "
        "our young carers worker can help you talk to your school about what's going on at home. Refer yourself "
        "or ask a teacher, and come along any Thursday."
    ),
)

service(
    "clearwater-families",
    "clearwater",
    "Support for families affected by a young person's drug or alcohol use",
    groupings="getting-advice",
    topics="substance-use;parenting;family",
    support="group;advice;family-support",
    ages="11-25",
    self_from="any",
    routes="self;professional",
    parental="",
    modes="in-person;online",
    hours="Mon 19:00-20:30",
    confidentiality=C_PARENT,
    places=[("Potters Bar", "Clearwater meeting room", "High Street")],
    summary="A monthly group and one-to-one advice for parents, carers and brothers and sisters who are worried about a young person's drinking or drug use.",
    description=(
        "It's hard to know what to do when someone you love is using drugs or drinking too much. This group "
        "meets on the first Monday of each month in Potters Bar and online. You'll get honest information "
        "about drugs, ideas for conversations that don't end in a row, and a chance to talk with others who "
        "understand. You can also book a one-to-one with one of our workers. You don't need the young person "
        "to be getting help for you to come."
    ),
)


# --- North Hertfordshire (Hitchin, Letchworth Garden City, Royston, Baldock) -------------------

service(
    "hiz-music-project",
    "hiz",
    "Hiz Valley Music Project",
    groupings="thriving",
    topics="wellbeing;loneliness;anxiety;low-mood",
    support="activities;group",
    ages="10-19",
    self_from=13,
    cost="some-free",
    cost_details="Band sessions £4. Studio time is free for under-18s. Instruments to borrow.",
    hours="Wed 16:30-19:30; Sat 10:00-13:00",
    confidentiality=C_CLUB,
    places=[("Hitchin", "Hiz Valley Music rooms", "Portmill Lane")],
    accessibility="Step-free rehearsal rooms and accessible toilet. Ear defenders available.",
    summary="Play in a band, learn to produce tracks or write songs in Hitchin. For 10 to 19-year-olds of any level, with instruments to borrow.",
    description=(
        "Whether you've played guitar for years or have never touched an instrument, there's a place for you. "
        "On Wednesdays we run bands and songwriting groups; on Saturdays you can book studio time to record or "
        "produce your own music. Music leaders are friendly, and many of them started here themselves. Making "
        "music with others is good for confidence and a great way to let off steam. Sign up by email or just "
        "come to a Wednesday taster session."
    ),
)

service(
    "gardencity-counselling",
    "gardencity",
    "Young people's counselling",
    groupings="getting-help",
    topics="low-mood;anxiety;bereavement;family;self-harm;identity",
    support="counselling",
    ages="10-25",
    self_from=13,
    modes="in-person;phone",
    languages="en;pl",
    availability="waiting-list",
    wait=5,
    hours="Mon-Fri 10:00-19:00",
    email="counselling",
    places=[
        ("Letchworth Garden City", "Garden City Youth Counselling", "First floor, 21 Leys Avenue")
    ],
    accessibility="First floor with a lift. Quiet waiting area.",
    summary="Free, confidential counselling for 10 to 25-year-olds who live or study in North Hertfordshire, at our Letchworth centre or by phone.",
    description=(
        "You can come to us about anything that's troubling you. After you, or someone else, fills in our "
        "form, a counsellor will phone to arrange a first meeting. At that meeting you'll decide together "
        "whether counselling feels right and what you want to work on. Most people have 6 to 10 weekly "
        "sessions. The wait is about five weeks, and during that time you can phone our duty counsellor if "
        "things get worse. Counselling in Polish is available."
    ),
)

service(
    "gardencity-exam-calm",
    "gardencity",
    "Exam Calm workshops",
    groupings="getting-advice",
    topics="exam-stress;anxiety;sleep",
    support="group;self-help",
    ages="14-18",
    self_from=14,
    availability="not-accepting",
    hours="Sat 10:00-12:00",
    confidentiality=C_GROUP,
    places=[("Hitchin", "Bancroft community hall", "Bancroft")],
    summary="Three Saturday workshops for 14 to 18-year-olds on handling exam stress, revising without burning out, and sleeping well. Next course starts in January.",
    description=(
        "Exam Calm is a short course run every spring by our counsellors in a Hitchin community hall. You'll "
        "learn simple ways to calm your body and mind before and during exams, plan revision that fits your "
        "life, and cope with results day. Bookings for the next course open in December, so we aren't taking "
        "names just yet. Our website has free tips and a revision planner in the meantime."
    ),
)

service(
    "ridgeway-youth-bus",
    "ridgeway",
    "Youth Bus",
    groupings="thriving;getting-advice",
    topics="wellbeing;loneliness;substance-use;low-mood",
    support="activities;advice",
    ages="11-19",
    self_from=11,
    hours="Tue 17:30-20:30; Thu 17:30-20:30; Fri 17:30-20:30",
    areas=["E07000099"],
    confidentiality=C_CLUB,
    accessibility="The lower deck has a wheelchair lift.",
    summary="A double-decker youth bus that visits villages around Royston and Baldock in the evenings, with games, Wi-Fi, snacks and youth workers to talk to.",
    description=(
        "If you live in a village with nothing to do and no bus home, the Youth Bus comes to you. Downstairs "
        "is a chill-out space with games consoles; upstairs is a quieter area where you can talk to a youth "
        "worker in private about anything, from friendships to drugs and alcohol. Check our website for this "
        "term's timetable of village stops. Just turn up – no need to sign up."
    ),
)

service(
    "whitehorse-boxing",
    "whitehorse",
    "Boxing for Wellbeing",
    groupings="thriving;getting-advice",
    topics="anger;wellbeing;low-mood",
    support="activities;mentoring",
    ages="11-18",
    self_from=14,
    cost="paid",
    cost_details="£3 a session. Gloves and wraps provided.",
    hours="Mon 18:00-19:30; Thu 18:00-19:30",
    confidentiality=C_CLUB,
    places=[("Baldock", "Whitehorse Boxing Club", "Unit 1, Royston Road")],
    summary="Non-contact boxing fitness sessions for 11 to 18-year-olds in Baldock, with coaches who talk about handling anger and stress.",
    description=(
        "Our youth sessions are all about fitness, discipline and feeling good – there's no sparring. Coaches "
        "use the end of each session for a five-minute 'corner talk' about things like controlling your "
        "temper or dealing with pressure. If you want to talk more, our head coach is a trained youth mentor. "
        "Some young people are referred by school because of anger, but most just come because they enjoy it. "
        "From 14 you can sign up yourself."
    ),
)

service(
    "harbour-support",
    "harbour",
    "Harbour – self-harm and suicide prevention support",
    groupings="getting-risk-support;getting-help",
    topics="self-harm;suicidal-thoughts;low-mood",
    support="counselling;crisis-support;self-help",
    ages="12-25",
    self_from=12,
    modes="in-person;phone;text",
    text=True,
    hours="Mon-Fri 10:00-20:00",
    email="support",
    places=[
        ("Hitchin", "Harbour Hitchin", "Brand Street"),
        ("Welwyn Garden City", "Harbour Welwyn", "Church Road"),
        ("Rickmansworth", "Harbour Rickmansworth", "Northway"),
    ],
    accessibility="All three bases are step-free. We can see you by phone if getting to us is hard.",
    summary="Fast one-to-one support for 12 to 25-year-olds who self-harm or have thoughts of suicide. We aim to see you within a week, in person, by phone or by text.",
    description=(
        "Harbour is for you if you are hurting yourself, thinking about ending your life, or scared of what "
        "you might do. Contact us yourself by phone or text, or anyone can refer you. A support worker will "
        "get back to you within one working day and offer an appointment within a week at our Hitchin, Welwyn "
        "Garden City or Rickmansworth base, or by phone. Together you'll build a safety plan and have up to "
        "eight sessions to work on what's behind the pain. We are not a 24-hour service: if you're in danger "
        "now, call 999, call Samaritans on 116 123 or text SHOUT to 85258."
    ),
)

service(
    "harbour-parents-workshop",
    "harbour",
    "Supporting a young person who self-harms – parents' workshop",
    groupings="getting-advice;getting-risk-support",
    topics="self-harm;parenting;suicidal-thoughts",
    support="group;advice",
    ages="11-25",
    self_from="any",
    routes="self;school;gp;professional",
    parental="",
    modes="online;in-person",
    hours="Tue 19:00-21:00",
    confidentiality=C_PARENT,
    places=[("Stevenage", "Harbour meeting room", "Southgate")],
    summary="A two-evening workshop for parents and carers who have found out that their child is self-harming. In Stevenage or online.",
    description=(
        "Finding out your child is hurting themselves is frightening. This workshop helps parents and carers "
        "understand why young people self-harm, how to respond in a way that keeps communication open, how to "
        "keep your child safer at home, and how to look after yourself. It runs on two Tuesday evenings a "
        "month, alternating between Stevenage and online. Book by phone or email; you don't need a referral."
    ),
)

service(
    "prism-youth-groups",
    "prism",
    "LGBTQ+ youth groups",
    groupings="thriving;getting-advice",
    topics="identity;loneliness;bullying",
    support="group;peer-support",
    ages="12-19",
    self_from=12,
    hours="Mon 18:00-20:00; Tue 18:00-20:00; Wed 18:00-20:00; Thu 18:00-20:00",
    confidentiality="We won't contact your parents or school unless we think you are at risk of serious harm, and we would talk to you first.",
    places=[
        ("Hitchin", "Prism Hitchin", "Queen Street"),
        ("Watford", "Prism Watford", "Clarendon Road"),
        ("Hatfield", "Prism Hatfield", "Market Place"),
        ("Hemel Hempstead", "Prism Hemel", "Alexandra Road"),
    ],
    accessibility="All venues are step-free with gender-neutral toilets.",
    summary="Friendly youth groups in Hitchin, Watford, Hatfield and Hemel Hempstead for LGBTQ+ young people aged 12 to 19, and anyone who is questioning.",
    description=(
        "Prism groups are a space to be yourself. We play games, watch films, make zines, go on trips and "
        "talk about anything, from coming out to dealing with bullying. You don't need to label yourself to "
        "come. Youth workers run every session and can meet you one-to-one if something is worrying you. "
        "Hitchin meets on Mondays, Watford on Tuesdays, Hatfield on Wednesdays and Hemel Hempstead on "
        "Thursdays. Message us before your first visit and someone will meet you at the door."
    ),
)

service(
    "prism-parents",
    "prism",
    "Support for parents of LGBTQ+ young people",
    groupings="getting-advice",
    topics="identity;parenting;family",
    support="peer-support;group;advice",
    ages="11-25",
    self_from="any",
    routes="self",
    parental="",
    modes="online;phone",
    hours="Wed 19:30-21:00",
    areas=HERTS,
    email="parents",
    confidentiality=C_PARENT,
    summary="Online evenings and a phone line for parents and carers in Hertfordshire whose child has come out as LGBTQ+ or is questioning their gender.",
    description=(
        "When a child comes out, parents can feel many things at once – love, worry, confusion, even grief – "
        "and it helps to talk to others who understand. Once a month on a Wednesday evening, parents meet on "
        "video with a facilitator who is a parent of a trans young person. You can also arrange a phone call "
        "with a worker to ask questions in private. Email us to join."
    ),
)

service(
    "prism-mosaic",
    "prism",
    "Mosaic – trans and non-binary youth group",
    groupings="thriving;getting-advice",
    topics="identity;loneliness;anxiety",
    support="group;peer-support",
    ages="14-21",
    self_from=14,
    hours="Sat 13:00-15:30",
    confidentiality="We won't contact your parents or school unless we think you are at risk of serious harm, and we would talk to you first.",
    places=[("Stevenage", "Mosaic room", "Primett Road")],
    accessibility="Step-free, gender-neutral toilets, quiet space.",
    summary="A Saturday afternoon group in Stevenage for trans, non-binary and gender-questioning young people aged 14 to 21.",
    description=(
        "Mosaic is run by Prism youth workers and trans volunteers. It's a relaxed space where your name and "
        "pronouns are respected, with art, games, food and conversations about things like coming out, "
        "healthcare, school and staying safe online. Once a month a worker can help you prepare for a "
        "GP appointment or talk to school. Send us a message first and we'll tell you how to find us."
    ),
)

service(
    "lcchp-eating-day-programme",
    "lcchp",
    "Eating Disorders Day Programme",
    groupings="getting-more-help",
    topics="eating",
    support="therapy;group;assessment",
    ages="12-18",
    routes="professional",
    parental="required",
    hours="Mon-Fri 09:00-15:30",
    confidentiality=C_NHS,
    email="edday",
    places=[("Letchworth Garden City", "Broadway Unit", "Broadway")],
    accessibility="Step-free unit with lift and accessible toilets.",
    summary="A weekday programme in Letchworth for 12 to 18-year-olds with a serious eating disorder who need more support than weekly appointments.",
    description=(
        "The day programme is for young people already under the community eating disorders team who need "
        "more help to avoid going into hospital, or who are stepping down from hospital. Young people come "
        "for between two and five days a week, with supported meals, therapy groups and schoolwork time with "
        "a teacher. Parents join a weekly family session. Referral is by the eating disorders team only; if "
        "you're worried about someone's eating, start with their GP."
    ),
)

service(
    "lcchp-royston-nurse-dropin",
    "lcchp",
    "School nurse drop-in",
    groupings="getting-advice",
    topics="low-mood;anxiety;sleep;eating;substance-use",
    support="advice",
    ages="11-19",
    self_from=11,
    hours="Wed 15:30-17:30",
    email="schoolnurses",
    places=[("Royston", "The Priory Rooms", "8 Kneesworth Street")],
    summary="An after-school drop-in in Royston with a school nurse, for 11 to 19-year-olds who want advice about health, feelings, sleep or relationships.",
    description=(
        "No appointment needed. A school nurse is there every Wednesday after school to talk about anything "
        "health-related, from low mood, sleep and eating to sexual health, smoking or vaping. It's "
        "confidential, you can come on your own, and if you'd like more help the nurse can refer you on to "
        "other services – but only if you agree."
    ),
)

service(
    "youngparents-together",
    "youngparents",
    "Young Parents Together",
    groupings="thriving;getting-advice",
    topics="parenting;loneliness;low-mood",
    support="group;peer-support;advice",
    ages="16-25",
    self_from=16,
    routes="self;gp;professional",
    hours="Fri 10:00-12:30",
    confidentiality=C_GROUP,
    places=[
        ("Letchworth Garden City", "Young Parents Together", "Norton Way South"),
        ("Stevenage", "Young Parents Together", "Bedwell Crescent"),
    ],
    accessibility="Both venues are step-free with buggy parking and a crèche.",
    summary="A Friday morning group for mums and dads aged 16 to 25, with a free crèche, lunch and support from a young parents' worker.",
    description=(
        "Having a baby young can be isolating, especially if your friends are at college or work. At Young "
        "Parents Together you can meet others in the same boat while your little one plays in the crèche. We "
        "cover things like money, housing, going back to education and how you're feeling, and you can have a "
        "one-to-one with our worker. The group meets on alternate Fridays in Letchworth and Stevenage. Bring "
        "your baby or toddler; we can pay travel costs if getting here is hard."
    ),
)

service(
    "wildwed-conservation",
    "wildwed",
    "Wild Wednesdays conservation volunteering",
    groupings="thriving",
    topics="wellbeing;low-mood;loneliness",
    support="activities;group",
    ages="11-18",
    self_from=14,
    hours="Wed 16:00-18:00",
    confidentiality=C_CLUB,
    places=[("Hitchin", "Meet at the nature reserve gate", "Purwell Lane")],
    accessibility="Outdoor work on uneven ground. Some tasks can be done seated.",
    summary="Get outside after school and help look after a local nature reserve in Hitchin: pond dipping, hedge laying, bug hotels and wildlife counts.",
    description=(
        "Wild Wednesdays is for 11 to 18-year-olds who like being outdoors, or want to try it. You'll learn "
        "practical conservation skills with our rangers, get muddy, and see the reserve change through the "
        "seasons. Plenty of members say it helps them switch off from screens and school. Tools, gloves and "
        "snacks are provided. From 14 you can come on your own; younger members need a parent to sign them up."
    ),
)

service(
    "royston-wheels-bmx",
    "roystonwheels",
    "BMX and pump track sessions",
    groupings="thriving",
    topics="wellbeing;anger;loneliness",
    support="activities;mentoring",
    ages="8-18",
    self_from=12,
    cost="some-free",
    cost_details="£4 a session with bike and helmet hire. Free on the last Friday of the month.",
    hours="Fri 16:00-18:00; Sun 10:00-12:00",
    confidentiality=C_CLUB,
    places=[("Royston", "Royston Wheels pump track", "Newmarket Road")],
    summary="Coached BMX and pump track sessions in Royston for 8 to 18-year-olds. Bikes and helmets to borrow – just bring energy.",
    description=(
        "Our coaches teach you to ride the pump track safely and build up to jumps and tricks at your own "
        "speed. Sessions are friendly and mixed ability, and there's always a moment to sit down, have a "
        "drink and chat. The club is run by volunteers with youth work training. From 12 you can come on your "
        "own once a parent has filled in our online form."
    ),
)


# --- Three Rivers (Rickmansworth, South Oxhey, Abbots Langley) ---------------------------------

service(
    "chess-paddle-talk",
    "chess",
    "Paddle and Talk",
    groupings="thriving",
    topics="wellbeing;low-mood;anxiety",
    support="activities;group",
    ages="12-18",
    self_from=14,
    cost="some-free",
    cost_details="£8 a session including kit. Free places for young carers and young people referred by school.",
    hours="Sat 09:30-12:00",
    confidentiality=C_CLUB,
    places=[("Rickmansworth", "Chess Valley boathouse", "off Harefield Road")],
    accessibility="You need to be able to swim 25 metres. Adapted canoes available – ask us.",
    summary="Canoeing and paddleboarding on the lakes in Rickmansworth for 12 to 18-year-olds, April to October. Time on the water, and someone to talk to.",
    description=(
        "Paddle and Talk runs on Saturday mornings from April to October. Qualified instructors teach you to "
        "canoe and paddleboard, and halfway through we stop on the bank for a drink and a chat. Young people "
        "say being on the water helps them switch off from worries. Buoyancy aids, wetsuits and dry bags are "
        "provided. Book online; from 14 you can book yourself."
    ),
)

service(
    "chess-one-step",
    "chess",
    "One Step mentoring",
    groupings="getting-advice;getting-help",
    topics="anxiety;low-mood;loneliness;exam-stress;neurodiversity",
    support="mentoring",
    ages="11-18",
    routes="parent;school;professional",
    parental="required-under-16",
    modes="in-person;online",
    availability="waiting-list",
    wait=4,
    hours="Mon-Fri 15:00-19:00",
    email="onestep",
    places=[("Rickmansworth", "Chess Valley Youth Trust", "The Old Bank, High Street")],
    summary="One-to-one mentoring for 11 to 18-year-olds who are struggling to go to school, feel isolated or have lost confidence.",
    description=(
        "A trained mentor meets you for an hour each week for up to six months – at school, at our centre or "
        "online. You set the goals: it might be getting back into lessons, joining a club, or feeling less "
        "anxious on the bus. Mentors aren't counsellors, but they're good listeners and they'll help you find "
        "other support if you need it. A parent, school or professional can refer. We'll meet you and a "
        "parent first to get to know you."
    ),
)

service(
    "chess-detached",
    "chess",
    "Detached youth work",
    groupings="getting-risk-support;getting-advice",
    topics="safeguarding;substance-use;anger",
    support="mentoring;advice",
    ages="11-21",
    self_from=11,
    modes="in-person;text",
    text=True,
    hours="Tue 18:00-22:00; Thu 18:00-22:00; Fri 18:00-22:00",
    areas=["E07000102", "E07000103"],
    email="streets",
    summary="Youth workers who meet young people where they hang out in Three Rivers and Watford – parks, high streets, estates – to talk about safety, drugs, fights and anything else.",
    description=(
        "Detached youth workers don't wait for you to come to a building. They walk around in pairs in the "
        "evenings and stop to chat with groups of young people. If you're worried about someone carrying a "
        "knife, being pressured to sell drugs, or things getting out of hand, they can help – quietly and "
        "without judgement. You can text the team to find out where they'll be. They can link you with other "
        "support and, if you want, stay involved for as long as you need."
    ),
)

service(
    "chess-young-leaders",
    "chess",
    "Young Leaders programme",
    groupings="thriving",
    topics="wellbeing;loneliness",
    support="activities;group;mentoring",
    ages="14-19",
    self_from=14,
    hours="Thu 17:00-19:00",
    confidentiality=C_CLUB,
    places=[("South Oxhey", "Oxhey youth room", "Prestwick Road")],
    summary="Train as a young leader in South Oxhey: plan events, help run junior youth sessions, gain a qualification and build confidence.",
    description=(
        "Young Leaders meet weekly to learn leadership, first aid and event planning, then put it into practice "
        "by helping at our junior clubs and community events. It looks great on college and job applications, "
        "but most people say the best bit is the friends they make and feeling they've achieved something. "
        "You don't need any experience. Sign up yourself or come to a taster evening."
    ),
)

service(
    "oxhey-family-dropin",
    "oxhey",
    "Family drop-in",
    groupings="getting-advice",
    topics="family;parenting;caring;low-mood",
    support="advice;family-support",
    ages="0-18",
    self_from="any",
    routes="self;school;gp;professional",
    parental="",
    modes="in-person;phone",
    languages="en;ro;pl;so;ar",
    hours="Mon-Thu 09:30-14:30",
    confidentiality=C_PARENT,
    email="dropin",
    places=[("South Oxhey", "South Oxhey Family Project", "Bridlington Road")],
    accessibility="Ground floor, step-free, space for pushchairs and a quiet room.",
    summary="A friendly drop-in for families in South Oxhey: advice on parenting, money, school and worries at home, with Romanian, Polish, Somali and Arabic speakers.",
    description=(
        "Come in for a cup of tea and a chat with one of our family workers. We can help with all sorts, from "
        "a child who won't go to school to filling in forms, and we know which local services to go to for "
        "more help. Many families come when things are tough at home, for example after a separation or when "
        "a parent is unwell. Our team speaks Romanian, Polish, Somali and Arabic. No appointment needed, and "
        "children are welcome."
    ),
)

service(
    "oxhey-youth-kitchen",
    "oxhey",
    "Youth Kitchen",
    groupings="thriving",
    topics="wellbeing;loneliness;eating",
    support="activities;group",
    ages="12-17",
    self_from=12,
    hours="Fri 16:00-18:30",
    confidentiality=C_CLUB,
    places=[("South Oxhey", "South Oxhey Family Project", "Bridlington Road")],
    summary="Learn to cook tasty meals on a budget with friends, then sit down and eat together. Fridays after school in South Oxhey.",
    description=(
        "Every Friday a chef and a youth worker show you how to make something simple and good – curries, "
        "pasta, wraps, cakes – with ingredients that don't cost much. Then everyone eats together. It's "
        "relaxed, it's free, and you take home a recipe card and sometimes leftovers. Sitting down to eat "
        "with others is a good way to make friends and feel more comfortable around food. Just turn up."
    ),
)

service(
    "langley-counselling",
    "langley",
    "Young people's counselling",
    groupings="getting-help",
    topics="low-mood;anxiety;family;bereavement;trauma",
    support="counselling",
    ages="13-25",
    self_from=13,
    modes="in-person;online",
    cost="some-free",
    cost_details="Free for 13 to 17-year-olds. £20 a session for 18 to 25-year-olds, or less if you can't afford it.",
    availability="waiting-list",
    wait=3,
    hours="Tue-Thu 14:00-21:00",
    places=[("Abbots Langley", "Langley Counselling Centre", "High Street")],
    accessibility="Ground floor rooms with step-free access.",
    summary="Counselling in Abbots Langley for 13 to 25-year-olds, in person or by video. Usually a short wait of two to three weeks.",
    description=(
        "Langley Counselling Centre is a small charity with a team of qualified and trainee counsellors. Young "
        "people can book a free first appointment by phone or email – you don't need a referral or your "
        "parents' permission. At that first meeting we'll talk about what's going on and agree how many "
        "sessions might help. Counselling is weekly, in a quiet room at our centre or by video call in the "
        "evening."
    ),
)

service(
    "langley-parent-counselling",
    "langley",
    "Counselling for parents of teenagers",
    groupings="getting-help",
    topics="parenting;family;self-harm;low-mood",
    support="counselling",
    ages="11-25",
    self_from="any",
    routes="self;gp",
    parental="",
    modes="in-person;online;phone",
    cost="paid",
    cost_details="£45 a session. A limited number of reduced-fee places are available.",
    hours="Mon-Fri 09:00-21:00",
    places=[("Abbots Langley", "Langley Counselling Centre", "High Street")],
    summary="One-to-one counselling for parents and carers who are finding it hard to cope with a teenager's mental health, behaviour or a family crisis.",
    description=(
        "Supporting a struggling teenager can leave parents exhausted, frightened or at odds with each other. "
        "These sessions are a space for you: to make sense of what's happening, look after your own wellbeing "
        "and think about how to respond. Most parents come for six to eight sessions. Book directly; no "
        "referral needed."
    ),
)

service(
    "growers-grow-together",
    "growers",
    "Grow Together gardening club",
    groupings="thriving",
    topics="wellbeing;loneliness;neurodiversity;low-mood",
    support="activities;group",
    ages="8-16",
    self_from=12,
    hours="Sat 10:00-12:00",
    confidentiality=C_CLUB,
    places=[("Abbots Langley", "Community allotments", "Gallows Hill Lane")],
    accessibility="Raised beds reachable from a wheelchair; level paths to the main area.",
    summary="A Saturday gardening club for 8 to 16-year-olds on our community allotment in Abbots Langley. Grow food, look after the chickens and get muddy.",
    description=(
        "Gardening is a great way to feel calmer and more connected. Each Saturday we plant, weed, harvest, "
        "build things and cook what we've grown over a fire. Lots of our members are autistic or have ADHD, "
        "and the outdoor space and clear jobs suit them well. Under-12s come with an adult. Older members can "
        "come on their own once a parent has signed a form. Wellies and gloves to borrow."
    ),
)

service(
    "lcchp-mhst",
    "lcchp",
    "Mental Health Support Team in schools",
    groupings="getting-help",
    topics="anxiety;low-mood;sleep;exam-stress",
    support="therapy;self-help;group",
    ages="5-18",
    routes="school",
    parental="required-under-16",
    modes="in-person;online",
    hours="Mon-Fri 08:30-16:30",
    areas=["E07000102", "E07000103"],
    confidentiality=C_NHS,
    email="mhst",
    summary="Mental health practitioners working in schools in Three Rivers and Watford, offering short CBT-based help for worry and low mood. Ask your school.",
    description=(
        "The team works with local primary and secondary schools. Practitioners offer 6 to 8 sessions of "
        "guided self-help based on CBT, usually in school, for things like worry, panic, low mood and sleep. "
        "For younger children, the sessions are mostly with parents. If you're at secondary school you can "
        "ask your head of year or school counsellor to refer you; parents can ask the school too. If your "
        "school isn't part of the team yet, your GP can tell you about other options."
    ),
)

service(
    "lcchp-children-in-care",
    "lcchp",
    "Therapy for children in care and adopted children",
    groupings="getting-more-help",
    topics="trauma;family;safeguarding;neurodiversity",
    support="therapy;assessment;family-support",
    ages="0-18",
    routes="professional",
    parental="",
    availability="waiting-list",
    wait=10,
    hours="Mon-Fri 09:00-17:00",
    confidentiality=C_NHS,
    email="lac",
    places=[("Rickmansworth", "Rickmansworth child health clinic", "Talbot Road")],
    summary="Specialist therapy and assessment for children who are looked after, adopted or living with kinship carers, and support for the adults who care for them.",
    description=(
        "Children who have lived through neglect, abuse or many moves can find it hard to trust adults, "
        "manage feelings or settle at school. This team of psychologists and therapists offers assessments, "
        "therapy for children and young people, and advice and training for foster carers, adoptive parents "
        "and social workers. Referrals come from the child's social worker or the virtual school. We meet the "
        "carers first to plan what would help."
    ),
)

service(
    "lcchp-sleep-service",
    "lcchp",
    "Children's sleep service",
    groupings="getting-help;getting-more-help",
    topics="sleep;neurodiversity;parenting",
    support="assessment;family-support;advice",
    ages="2-16",
    routes="gp;professional",
    parental="required",
    modes="in-person;online;phone",
    availability="waiting-list",
    wait=16,
    hours="Mon-Fri 09:00-17:00",
    confidentiality=C_NHS,
    email="sleep",
    places=[("Abbots Langley", "Children's sleep clinic", "Tibbs Hill Road")],
    summary="Specialist help for children aged 2 to 16 with long-lasting sleep problems, especially autistic children and those with ADHD or learning disabilities.",
    description=(
        "When a child's sleep problems have gone on for months and everyday tips haven't helped, a GP or "
        "paediatrician can refer to this team. A sleep practitioner looks at sleep diaries with you, checks "
        "for medical causes, and builds a step-by-step plan with regular phone or video follow-ups. Most "
        "families are seen for three to six months. The wait is currently about 16 weeks; our website has a "
        "sleep diary you can start in the meantime."
    ),
)


# --- Watford -------------------------------------------------------------------------------------

service(
    "colne-youth-hub",
    "colne",
    "Riverside Youth Hub",
    groupings="thriving;getting-advice",
    topics="wellbeing;loneliness;low-mood;substance-use;bullying",
    support="activities;advice;group",
    ages="11-19",
    self_from=11,
    languages="en;ur;pa",
    hours="Mon-Fri 15:00-21:00",
    confidentiality=C_CLUB,
    places=[("Watford", "Colne Riverside Youth Hub", "Wiggenhall Road")],
    accessibility="Fully step-free, accessible toilets, quiet room, hearing loop at reception.",
    summary="Watford's riverside youth hub: games, sports hall, recording studio, homework space and youth workers to talk to, every weekday after school.",
    description=(
        "Walk in any weekday after school. Most people come to hang out, play basketball, use the studio or get "
        "help with homework, and that's fine. If you have something on your mind, our youth workers can talk "
        "with you in private, and every Wednesday a counsellor runs a drop-in. Some of our team speak Urdu and "
        "Panjabi. It's free, and you can come on your own."
    ),
)

service(
    "colne-teen-talk",
    "colne",
    "Teen Talk – worry group",
    groupings="getting-help",
    topics="anxiety;exam-stress;sleep",
    support="group;self-help",
    ages="13-17",
    self_from=13,
    availability="waiting-list",
    wait=2,
    hours="Wed 17:00-18:30",
    confidentiality=C_GROUP,
    places=[("Watford", "Colne Riverside Youth Hub", "Wiggenhall Road")],
    summary="A six-week group in Watford for 13 to 17-year-olds whose worries are getting in the way, using simple CBT ideas you can use straight away.",
    description=(
        "If you worry a lot, get panicky, or avoid things because of anxiety, you're not the only one. In "
        "Teen Talk, a worker and a young volunteer who has been through it themselves guide a small group "
        "through how anxiety works, how to calm your body, and how to face fears a step at a time. It's "
        "relaxed, there's pizza, and nobody has to share more than they want. Sign yourself up, or ask a "
        "parent or teacher to. Groups start every couple of months."
    ),
)

service(
    "manyvoices-counselling",
    "manyvoices",
    "Counselling in your language",
    groupings="getting-help",
    topics="low-mood;anxiety;family;trauma;identity;bereavement",
    support="counselling;family-support",
    ages="11-25",
    self_from=14,
    modes="in-person;online;phone",
    languages="en;ur;pa;bn;gu;pl;ro;ar",
    availability="waiting-list",
    wait=7,
    hours="Mon-Sat 10:00-19:00",
    email="referrals",
    places=[
        ("Watford", "Many Voices Counselling", "Queens Road"),
        ("Stevenage", "Many Voices Counselling", "Primett Road"),
    ],
    accessibility="Both centres are step-free. We can book a BSL interpreter.",
    summary="Counselling for 11 to 25-year-olds in English and seven other languages, including Urdu, Panjabi, Bengali, Polish and Romanian. Watford, Stevenage or online.",
    description=(
        "Sometimes it's easier to talk about feelings in the language you think in, or with someone who "
        "understands your culture. Many Voices has counsellors who speak Urdu, Panjabi, Bengali, Gujarati, "
        "Polish, Romanian and Arabic as well as English. We also offer family sessions where parents and young "
        "people can speak in different languages. You can refer yourself from 14, or a parent, school or GP "
        "can refer you. We'll call to talk about what you need and which counsellor would suit you. The "
        "current wait is about seven weeks."
    ),
)

service(
    "kicking-off-football",
    "kicking",
    "Kicking Off Together football",
    groupings="thriving",
    topics="wellbeing;anger;loneliness",
    support="activities;group;mentoring",
    ages="8-16",
    self_from=12,
    hours="Wed 17:00-18:30; Sun 10:00-11:30",
    confidentiality=C_CLUB,
    places=[("Watford", "Kicking Off Together pitches", "Cassio Road")],
    summary="Free weekly football in Watford for 8 to 16-year-olds, including girls-only sessions on Wednesdays. All abilities, no kit needed.",
    description=(
        "Kicking Off Together is about fun, teamwork and feeling good, not winning leagues. Sunday sessions "
        "are mixed and Wednesday sessions are girls-only, run by female coaches. Coaches check in with players "
        "at the start of each session, and older players can train as young leaders. Just come along; for "
        "under-12s, a parent should come on the first visit to fill in a form."
    ),
)

service(
    "willowbrook-recovery-group",
    "willowbrook",
    "Children's recovery group after domestic abuse",
    groupings="getting-risk-support;getting-help",
    topics="safeguarding;trauma;family;anger",
    support="group;family-support",
    ages="5-16",
    routes="parent;school;professional",
    parental="required",
    availability="waiting-list",
    wait=4,
    hours="Mon-Thu 16:00-18:00",
    hide=True,
    email="referrals",
    confidentiality="We never share where families live or where groups meet. We would only share information if a child were in danger.",
    places=[
        ("Stevenage", "Willowbrook group room (address given on booking)", "Lytton Way"),
        ("Watford", "Willowbrook group room (address given on booking)", "Clarendon Road"),
        ("Borehamwood", "Willowbrook group room (address given on booking)", "Shenley Road"),
    ],
    accessibility="All venues are step-free. Tell us about any access needs when you book.",
    summary="A 10-week group for children aged 5 to 16 who have lived with domestic abuse, with a parallel group for the parent they live with. Venue given on booking.",
    description=(
        "Children who have seen or heard domestic abuse at home often carry big feelings: fear, anger, guilt "
        "or sadness. This group helps them understand that what happened was not their fault, find safe ways "
        "to show their feelings, and feel closer to their safe parent. Children meet in small groups by age, "
        "while their parent meets in a room nearby. The family must no longer be living with the person who "
        "was abusive. A parent can refer themselves, or a school or professional can refer. For safety, we "
        "only tell families where the group meets once they have a place. Groups run in Stevenage, Watford "
        "and Borehamwood."
    ),
)

service(
    "clearwater-young-people",
    "clearwater",
    "Young people's drug and alcohol service",
    groupings="getting-help;getting-risk-support",
    topics="substance-use;safeguarding;low-mood",
    support="counselling;advice;assessment",
    ages="11-24",
    self_from=11,
    modes="in-person;phone;text;online",
    text=True,
    hours="Mon-Wed 09:00-17:00; Thu 09:00-20:00; Fri 09:00-17:00",
    email="talk",
    places=[
        ("Watford", "Clearwater Watford", "Beechen Grove"),
        ("Stevenage", "Clearwater Stevenage", "Lytton Way"),
    ],
    summary="Confidential help for under-25s who are worried about their drinking, drug use or vaping – or someone else's. No lectures, just honest advice and support.",
    description=(
        "Whether you want to cut down, stop, or just use more safely, our workers can help. Contact us "
        "yourself by phone, text or the online form, or ask someone to refer you. We'll meet you somewhere "
        "you feel comfortable – one of our bases in Watford or Stevenage, your school or college, or a café – "
        "usually within two weeks. We also support young people affected by a parent's or sibling's drinking "
        "or drug use. We won't tell your parents or school unless we think you're in serious danger, and "
        "we'll talk with you first."
    ),
)

service(
    "neurokind-network",
    "neurokind",
    "Neurokind parents' network",
    groupings="getting-advice",
    topics="neurodiversity;parenting;anxiety;family",
    support="peer-support;advice;group",
    ages="0-25",
    self_from="any",
    routes="self",
    parental="",
    modes="in-person;online",
    hours="Tue 10:00-12:00; Thu 20:00-21:00",
    confidentiality=C_PARENT,
    places=[("Watford", "Neurokind at the Community Rooms", "Market Street")],
    summary="Peer support for parents and carers of children who are autistic, have ADHD or are waiting for an assessment. Coffee mornings in Watford and evening online chats.",
    description=(
        "Waiting for an assessment, or working out what a new diagnosis means, can be overwhelming. Neurokind "
        "is run by parents for parents. Tuesday mornings are a coffee morning in Watford; Thursday evenings are "
        "an online chat on video. We share what works at home, how to talk to school, and how to look after "
        "yourself. Once a term a specialist speaker answers questions. Your child doesn't need a diagnosis "
        "for you to join."
    ),
)

service(
    "newneighbours-youth",
    "newneighbours",
    "Youth project for young refugees and new arrivals",
    groupings="thriving;getting-help",
    topics="trauma;loneliness;family;low-mood",
    support="activities;group;counselling;advice",
    ages="12-25",
    self_from=12,
    languages="en;ar;fa;ps;ku;ti",
    hours="Tue 16:00-19:00; Sat 12:00-16:00",
    email="welcome",
    places=[("Watford", "New Neighbours centre", "Vicarage Road")],
    summary="A welcoming youth project in Watford for young refugees, asylum seekers and new arrivals aged 12 to 25: English, sport, trips, and support after hard times.",
    description=(
        "Moving to a new country can be exciting, lonely and frightening all at once, especially if you had to "
        "leave home in a hurry. Our project offers conversational English, football and trips, help with school "
        "or college, and a therapist who understands trauma and works with interpreters. Arabic, Farsi, Pashto, "
        "Kurdish and Tigrinya speakers are on our team. You can come on your own, with a friend, or with your "
        "social worker or foster carer."
    ),
)

service(
    "movetogether-dance",
    "movetogether",
    "Street dance and contemporary classes",
    groupings="thriving",
    topics="wellbeing;anxiety;low-mood",
    support="activities;group",
    ages="7-18",
    self_from=13,
    cost="paid",
    cost_details="£6 a class or £50 for a ten-class card. Sibling discount.",
    hours="Mon 17:00-19:00; Wed 17:00-19:00; Sat 11:00-13:00",
    confidentiality=C_CLUB,
    places=[("Watford", "Move Together studio", "Exchange Road")],
    accessibility="Ground floor studio, step-free, accessible changing room.",
    summary="Friendly street dance and contemporary classes in Watford for 7 to 18-year-olds. No experience needed – just wear something comfy.",
    description=(
        "Dancing is a brilliant way to let off steam, feel good in your body and make friends. Our classes are "
        "grouped by age and experience, and our teachers focus on fun and confidence rather than "
        "perfection. Each term ends with an optional showcase. From 13 you can book yourself; younger "
        "dancers need a parent to book."
    ),
)

service(
    "casa-family-support",
    "casa",
    "Romanian-speaking family support",
    groupings="getting-advice",
    topics="family;parenting;low-mood;caring",
    support="advice;family-support",
    ages="0-18",
    self_from="any",
    routes="self;school;gp;professional",
    parental="",
    modes="in-person;phone;home-visit",
    languages="ro;en",
    hours="Mon-Fri 10:00-16:00",
    confidentiality=C_PARENT,
    email="familie",
    places=[("Watford", "Casa Noastra", "St Albans Road")],
    summary="Advice and support in Romanian for families with children in Watford and nearby: school, health services, parenting and family worries.",
    description=(
        "Casa Noastra helps Romanian-speaking families find their way around schools, GPs, children's services "
        "and mental health support. Our family workers can explain how things work in England, come with you "
        "to appointments, and help when a child is struggling at school or at home. You can phone, drop in, "
        "or ask for a home visit. Children and young people can come too."
    ),
)


# --- St Albans (St Albans, Harpenden) ------------------------------------------------------------

service(
    "ver-counselling",
    "ver",
    "Counselling for young people",
    groupings="getting-help",
    topics="low-mood;anxiety;exam-stress;family;identity;self-harm",
    support="counselling",
    ages="11-25",
    self_from=13,
    modes="in-person;online",
    cost="some-free",
    cost_details="£35 a session. Reduced fees from £5, and free places for young people on free school meals or benefits.",
    availability="waiting-list",
    wait=4,
    hours="Mon-Fri 08:00-20:00; Sat 09:00-14:00",
    email="bookings",
    places=[("St Albans", "Ver Valley Talking Space", "Upper Lattimore Road")],
    accessibility="Ground floor counselling room available; other rooms are upstairs with no lift.",
    summary="Counselling in St Albans for 11 to 25-year-olds, with evening and Saturday appointments. Fees are reduced or free if money is tight.",
    description=(
        "Ver Valley Talking Space is a not-for-profit counselling centre near the city centre. You or a parent "
        "can book an assessment by phone or through our website. You'll meet a counsellor for about an hour "
        "and agree together how to go forward; most young people have between six and twenty sessions. We ask "
        "families to pay what they can, and we never turn anyone away because of money. From 13 you can come "
        "without a parent knowing, though we'll encourage you to have someone on your side."
    ),
)

service(
    "ver-parent-talks",
    "ver",
    "Parents of teens evening talks",
    groupings="getting-advice",
    topics="parenting;self-harm;eating;low-mood;anxiety",
    support="group;advice",
    ages="11-18",
    self_from="any",
    routes="self",
    parental="",
    cost="some-free",
    cost_details="£10 a talk, or free – pay what you can on the night.",
    hours="Tue 19:30-21:00",
    confidentiality=C_PARENT,
    places=[("Harpenden", "Ver Valley Talking Space – Harpenden room", "Station Road")],
    summary="Monthly evening talks in Harpenden for parents and carers of teenagers, on topics like anxiety, self-harm, eating worries and screen time.",
    description=(
        "Each month one of our counsellors, or a guest from a local service, gives a short talk on something "
        "parents of teenagers often worry about, followed by questions and a chance to chat. Recent topics "
        "have included 'When your teenager won't talk', 'Understanding self-harm' and 'Exam season at home'. "
        "No booking needed; just come along."
    ),
)

service(
    "ver-colour-calm",
    "ver",
    "Colour and Calm art therapy group",
    groupings="getting-help",
    topics="anxiety;trauma;low-mood;family",
    support="therapy;group",
    ages="8-12",
    routes="parent;school;professional",
    parental="required",
    cost="some-free",
    cost_details="£120 for the ten-week group. Free places for children referred by their school.",
    availability="waiting-list",
    wait=6,
    hours="Thu 16:00-17:15",
    confidentiality=C_GROUP,
    places=[("St Albans", "Ver Valley Talking Space", "Upper Lattimore Road")],
    summary="A ten-week art therapy group in St Albans for 8 to 12-year-olds who are anxious or have been through a difficult time.",
    description=(
        "In a small group of five or six children, a registered art therapist uses paint, clay and collage to "
        "help children express feelings that are hard to put into words. It's not an art lesson, and there's no "
        "right or wrong. Parents meet the therapist before the group starts and at the end. A parent, school "
        "or professional can refer."
    ),
)

service(
    "nextchapter-hub",
    "nextchapter",
    "Next Chapter advice hub",
    groupings="getting-advice",
    topics="anxiety;low-mood;substance-use;family;loneliness",
    support="advice;mentoring;online-chat",
    ages="16-25",
    self_from=16,
    modes="in-person;online;phone;text",
    text=True,
    hours="Mon-Fri 10:00-16:00",
    email="ask",
    places=[
        ("St Albans", "Next Chapter", "Victoria Street"),
        ("Stevenage", "Next Chapter", "Queensway"),
    ],
    accessibility="Both hubs are step-free. Web chat works with screen readers.",
    summary="Free, confidential advice for 16 to 25-year-olds on mental health, housing, money, work and relationships. Walk in, call, text or chat online.",
    description=(
        "Next Chapter is for young people working out what comes next. Our advisers can help you understand "
        "your options if you're struggling with your mental health, find a GP or counsellor, sort out problems "
        "with money or housing, or think about work and training. Walk in to our St Albans or Stevenage hub, "
        "ring, text or use the web chat. If you'd like ongoing support, you can be matched with a key worker "
        "for up to three months."
    ),
)

service(
    "nextchapter-young-mens-group",
    "nextchapter",
    "Young men's group",
    groupings="getting-help",
    topics="low-mood;anger;loneliness;substance-use",
    support="group;peer-support",
    ages="16-25",
    self_from=16,
    hours="Tue 18:30-20:30",
    confidentiality=C_GROUP,
    places=[("St Albans", "Next Chapter", "Victoria Street")],
    summary="A weekly group in St Albans for young men aged 16 to 25 to talk straight about pressure, anger, mood and life – over food, with no judgement.",
    description=(
        "Lots of young men keep things bottled up until they explode or shut down. This group is a place to "
        "talk about what's really going on, with a male youth worker and others your age. Some weeks we have a "
        "topic, such as dealing with anger, money stress or relationships; other weeks we play pool and just "
        "talk. Message us or just turn up."
    ),
)

service(
    "willowbrook-sexual-violence",
    "willowbrook",
    "Support after sexual violence or abuse",
    groupings="getting-risk-support;getting-help",
    topics="safeguarding;trauma",
    support="counselling;advice;crisis-support",
    ages="13-25",
    self_from=13,
    modes="in-person;phone;online",
    hours="Mon-Fri 09:00-18:00",
    hide=True,
    email="support",
    confidentiality="We will never share your details without your agreement unless a child or young person is in danger. Reporting to the police is always your choice.",
    places=[("St Albans", "Willowbrook (address given on booking)", "Hatfield Road")],
    accessibility="Step-free, private entrance, ground floor room.",
    summary="Specialist support for 13 to 25-year-olds who have been raped, sexually assaulted or abused, whenever it happened. Address given when you book.",
    description=(
        "Whatever happened and whenever it happened, it was not your fault. Our young people's advocates can "
        "talk you through your options, including health checks and whether or not to tell the police – the "
        "choice is yours. We also offer counselling with specialist counsellors. Contact us yourself by phone "
        "or email, or ask someone you trust to contact us with you. We meet at a private, discreet venue in "
        "St Albans and give you the address when you book. If it happened in the last few days, you can get "
        "urgent medical help by calling 111."
    ),
)

service(
    "lcchp-school-avoidance",
    "lcchp",
    "School avoidance support team",
    groupings="getting-more-help",
    topics="anxiety;exam-stress;neurodiversity;family",
    support="therapy;family-support;assessment",
    ages="5-16",
    routes="school;professional",
    parental="required",
    modes="in-person;home-visit;online",
    availability="waiting-list",
    wait=9,
    hours="Mon-Fri 08:30-17:00",
    confidentiality=C_NHS,
    email="ebsa",
    places=[("St Albans", "Hatfield Road child health clinic", "Hatfield Road")],
    summary="Specialist help for 5 to 16-year-olds who have become too anxious to go to school, working with the child, family and school together.",
    description=(
        "When anxiety means a child has missed a lot of school, everyone can feel stuck. This team of "
        "psychologists and specialist teachers meets the family at home or at our St Albans clinic, listens to "
        "the child's view, and works out what is behind the difficulty. They then agree a gradual plan with the "
        "school and support the child and parents through it, usually over three to six months. Schools "
        "refer, with the family's agreement."
    ),
)

service(
    "stillpoint-teen-yoga",
    "stillpoint",
    "Teen yoga and breathing",
    groupings="thriving",
    topics="anxiety;sleep;wellbeing",
    support="activities;self-help;group",
    ages="13-18",
    self_from=13,
    cost="paid",
    cost_details="£7 a class or £40 for eight.",
    hours="Sun 16:00-17:00",
    confidentiality=C_CLUB,
    places=[("St Albans", "Still Point studio", "Catherine Street")],
    summary="Relaxed yoga and breathing classes for 13 to 18-year-olds in St Albans. Helps with stress and sleep – no flexibility needed.",
    description=(
        "These classes are designed for teenagers, not adults. We mix gentle movement with breathing and "
        "relaxation you can use before exams or when you can't sleep. Wear whatever is comfortable; mats are "
        "provided. Come on your own or with a friend – you don't need to have done yoga before. Pay on the "
        "door or book a block of eight."
    ),
)

service(
    "meadowsweet-psychology",
    "meadowsweet",
    "Psychology assessment and therapy",
    groupings="getting-help;getting-more-help",
    topics="anxiety;low-mood;neurodiversity;trauma;eating",
    support="therapy;assessment",
    ages="4-25",
    self_from=16,
    parental="required-under-16",
    modes="in-person;online",
    cost="paid",
    cost_details="Initial assessment £180. Therapy sessions £120. Some health insurance accepted.",
    availability="waiting-list",
    wait=2,
    hours="Mon-Fri 08:00-19:00; Sat 09:00-13:00",
    email="enquiries",
    confidentiality="We keep your information private and only share it with your agreement, unless someone is at risk of serious harm.",
    places=[("St Albans", "Meadowsweet Psychology", "London Road")],
    accessibility="Ground floor therapy rooms with step-free access.",
    summary="A private clinical psychology practice in St Albans offering assessments, CBT, EMDR and family work for children and young people aged 4 to 25.",
    description=(
        "Our clinical psychologists work with children, teenagers and young adults with anxiety, OCD, low "
        "mood, trauma and eating difficulties, and carry out autism and ADHD assessments. After a first phone "
        "call, we offer a 90-minute assessment and write a plan with you. This is a paid, private service; NHS "
        "services are free, so do talk to your GP about those too. Young people aged 16 and over can contact "
        "us themselves; for under-16s we work with a parent or carer."
    ),
)

service(
    "fridayclub-harpenden",
    "fridayclub",
    "Friday Club for neurodivergent teens",
    groupings="thriving;getting-advice",
    topics="neurodiversity;loneliness;anxiety",
    support="activities;group;peer-support",
    ages="11-19",
    self_from=11,
    cost="some-free",
    cost_details="£2 a session; free for anyone who can't pay.",
    hours="Fri 18:00-20:30",
    confidentiality=C_CLUB,
    places=[("Harpenden", "Friday Club hall", "Bowers Way")],
    accessibility="Step-free hall, quiet room, visual timetable for every session.",
    summary="A Friday evening youth club in Harpenden for autistic young people and those with ADHD, aged 11 to 19. Games, crafts, a quiet room and a predictable routine.",
    description=(
        "Friday Club is a relaxed place to spend time with others who get it. Every session follows the same "
        "shape, with a visual timetable, so you know what to expect. There's gaming, board games, crafts and "
        "cooking, and a quiet room if you need a break. Parents can stay for the first visit. Youth workers and "
        "volunteers are trained in autism and ADHD and are around if you want to talk."
    ),
)

service(
    "upstand-bullying-support",
    "upstand",
    "Bullying support service",
    groupings="getting-advice;getting-help",
    topics="bullying;low-mood;anxiety;loneliness",
    support="advice;mentoring;online-chat",
    ages="8-18",
    self_from=11,
    modes="phone;online;text",
    text=True,
    hours="Mon-Fri 15:30-19:30",
    areas=["E07000240", "E07000241", "E07000098"],
    email="help",
    summary="Help for 8 to 18-year-olds being bullied in person or online in St Albans, Welwyn Hatfield and Hertsmere – and for their parents.",
    description=(
        "Being bullied can make you dread school, stop eating or sleeping, and feel completely alone. Text, "
        "call or chat to us after school. A trained worker will listen, help you work out what you want to "
        "happen, and give you practical tips on staying safe online and saving evidence. With your agreement "
        "we can help you or your parent talk to your school, and offer up to six mentoring sessions to rebuild "
        "confidence. Parents can contact us too."
    ),
)


# --- Welwyn Hatfield (Welwyn Garden City, Hatfield) ----------------------------------------------

service(
    "mimram-family-hub",
    "mimram",
    "Mimram Family Hub",
    groupings="thriving;getting-advice",
    topics="parenting;family;neurodiversity;low-mood",
    support="family-support;advice;group",
    ages="0-11",
    self_from="any",
    routes="self;gp;school;professional",
    parental="required",
    languages="en;pl;ro;tr",
    hours="Mon-Fri 09:00-17:00",
    confidentiality=C_PARENT,
    places=[("Welwyn Garden City", "Mimram Family Hub", "Parkway")],
    accessibility="Step-free, buggy park, baby-changing, accessible toilet and a sensory corner.",
    summary="A family hub in Welwyn Garden City for families with children up to 11: stay-and-play, parenting courses and friendly advice about worries at home.",
    description=(
        "Pop in any weekday to find out what's on, or to talk with a family worker. We run stay-and-play "
        "sessions, baby massage, and a free ten-week parenting course called Calmer Families. If you're "
        "worried about your child's behaviour, sleep, development or feelings, we can talk it through and, "
        "if needed, help you get support from health, school or other services. Polish, Romanian and "
        "Turkish-speaking staff are in on some days – ask when you call."
    ),
)

service(
    "comet-wellbeing-cafe",
    "comet",
    "Student Wellbeing Café",
    groupings="thriving;getting-advice",
    topics="anxiety;loneliness;exam-stress;low-mood",
    support="peer-support;advice;group",
    ages="17-25",
    self_from=17,
    hours="Tue 12:00-15:00; Wed 17:00-20:00",
    confidentiality=C_YOUTH,
    places=[("Hatfield", "Comet Café", "The Common")],
    summary="A café in Hatfield run by and for students aged 17 to 25: free drinks, board games, a quiet room and trained peer listeners if you need to talk.",
    description=(
        "Whether you're at college or university, or taking a break from study, the café is a place to meet "
        "people and take the pressure off. Peer listeners – other students with training and supervision – "
        "are there if you'd like a private chat, and once a month a counsellor runs an 'ask me anything' "
        "session. Just walk in. We're not part of any one college or university, so you can come wherever "
        "you study."
    ),
)

service(
    "handside-youth-club",
    "handside",
    "Handside Youth Club",
    groupings="thriving",
    topics="wellbeing;loneliness;anger",
    support="activities;group",
    ages="10-17",
    self_from=10,
    cost="some-free",
    cost_details="50p a session; free for anyone who can't pay.",
    hours="Mon 18:30-21:00; Wed 18:30-21:00",
    confidentiality=C_CLUB,
    places=[("Welwyn Garden City", "Handside Youth Club", "Handside Lane")],
    summary="A long-running youth club in Welwyn Garden City with sport, art, cooking and trips. Juniors (10 to 12) on Mondays, seniors (13 to 17) on Wednesdays.",
    description=(
        "Handside Youth Club has been going for decades and is run by trained youth workers and volunteers. "
        "It's a chance to see friends, try something new and have adults around who will listen. In the "
        "holidays there are trips to theme parks, the coast and climbing walls. New members can just turn up; "
        "we'll ask a parent to fill in a form with emergency contact details."
    ),
)

service(
    "hatfieldcc-counselling",
    "hatfieldcc",
    "Youth counselling",
    groupings="getting-help",
    topics="low-mood;anxiety;self-harm;bullying;family;identity;trauma",
    support="counselling",
    ages="11-25",
    self_from=11,
    modes="in-person;phone;online",
    availability="waiting-list",
    wait=12,
    hours="Mon-Fri 09:00-19:00",
    email="referrals",
    places=[("Hatfield", "Hatfield Counselling Collective", "Wellfield Road")],
    accessibility="Step-free entrance, lift to all floors, hearing loop.",
    summary="Free counselling for young people aged 11 to 25 who live, study or work in Welwyn Hatfield. Phone, video or face to face in Hatfield.",
    description=(
        "You can refer yourself from age 11 by filling in our online form or phoning us; you don't need to tell "
        "your parents. A counsellor will call you within two weeks for a 30-minute phone assessment to "
        "understand what's happening and check we're the right service. Because demand is high, the wait after "
        "that is currently around 12 weeks. We'll check in every month while you wait and give you details of "
        "places you can contact in the meantime. Sessions are weekly, for up to ten weeks."
    ),
)

service(
    "hatfieldcc-worry-less",
    "hatfieldcc",
    "Worry Less group for 12 to 16-year-olds",
    groupings="getting-help",
    topics="anxiety;sleep;exam-stress",
    support="group;therapy;self-help",
    ages="12-16",
    routes="parent;school;gp",
    parental="required",
    availability="waiting-list",
    wait=5,
    hours="Thu 16:30-18:00",
    confidentiality=C_GROUP,
    places=[("Welwyn Garden City", "Hatfield Counselling Collective – WGC rooms", "Bridge Road")],
    summary="An eight-week CBT group in Welwyn Garden City for 12 to 16-year-olds with worry, panic or social anxiety. A parent or school refers.",
    description=(
        "Worry Less is led by a CBT therapist and a counsellor. Over eight weeks, a group of up to eight young "
        "people learn how anxiety works, practise ways to calm down, and set themselves small challenges to "
        "face the things they've been avoiding. There's a separate session for parents in week two. Because "
        "it's a group, you'll also find out you're not the only one who feels this way."
    ),
)

service(
    "upandover-climbing",
    "upandover",
    "Young people's bouldering",
    groupings="thriving",
    topics="wellbeing;anxiety;neurodiversity",
    support="activities;group",
    ages="8-18",
    self_from=14,
    cost="paid",
    cost_details="£12 a session including shoe hire. Discounts for brothers and sisters.",
    hours="Thu 17:00-18:30; Sat 14:00-16:00",
    confidentiality=C_CLUB,
    places=[("Hatfield", "Up and Over climbing centre", "Unit 9, Hatfield Business Park")],
    summary="Indoor bouldering sessions in Hatfield for 8 to 18-year-olds, with coaches who help you build confidence one hold at a time.",
    description=(
        "Climbing is about solving puzzles, trusting yourself and cheering each other on. Our young people's "
        "sessions are small and friendly, with coaches who are patient with beginners and nervous climbers. "
        "Shoes and chalk are included. Under-14s need a parent to book and sign a form; from 14 you can book "
        "yourself."
    ),
)

service(
    "brightwater-young-adult-carers",
    "brightwater",
    "Young adult carers' group",
    groupings="getting-advice;getting-help",
    topics="caring;low-mood;anxiety;loneliness",
    support="group;peer-support;advice",
    ages="16-25",
    self_from=16,
    modes="in-person;online",
    hours="Tue 18:00-20:00",
    email="yac",
    confidentiality=C_GROUP,
    places=[("Hatfield", "Brightwater Hatfield", "St Albans Road East")],
    summary="A group for 16 to 25-year-olds who care for someone at home, with support to balance caring with college, work and a life of your own.",
    description=(
        "Young adult carers often miss out – on lessons, jobs, sleep and time with friends. Our group meets "
        "twice a month in Hatfield and once a month online. You can talk about what's hard, get practical help "
        "(like a carer's assessment, or telling your college), and just have a laugh. A worker can also meet "
        "you one-to-one. Refer yourself by phone or online."
    ),
)

service(
    "singout-youth-choir",
    "singout",
    "Youth choir",
    groupings="thriving",
    topics="wellbeing;loneliness;low-mood",
    support="activities;group",
    ages="9-18",
    self_from=13,
    cost="some-free",
    cost_details="£30 a term. Free places available – ask in confidence.",
    hours="Mon 17:30-19:00",
    confidentiality=C_CLUB,
    places=[("Welwyn Garden City", "Sing Out rehearsal hall", "Guessens Road")],
    summary="A friendly, non-auditioned youth choir in Welwyn Garden City for 9 to 18-year-olds. Pop, musicals and songs you choose.",
    description=(
        "Singing in a group is proven to lift your mood, and you don't need to read music or have sung before. "
        "We learn songs by ear, from pop and musical theatre to a few surprises, and perform twice a year. "
        "It's a welcoming bunch and lots of members say choir is the best part of their week. Come to a free "
        "taster session; under-13s need a parent to sign them up."
    ),
)

service(
    "stillwater-after-suicide",
    "stillwater",
    "After Suicide group for young people",
    groupings="getting-help;getting-risk-support",
    topics="bereavement;suicidal-thoughts;trauma",
    support="group;peer-support;counselling",
    ages="11-25",
    self_from=14,
    parental="required-under-16",
    availability="waiting-list",
    wait=3,
    hours="Wed 18:00-19:30",
    confidentiality=C_GROUP,
    places=[("Welwyn Garden City", "Stillwater Welwyn", "Church Road")],
    summary="A monthly group in Welwyn Garden City for young people aged 11 to 25 who have lost someone to suicide, with one-to-one support in between.",
    description=(
        "Losing someone to suicide brings its own kind of grief – shock, questions, anger, guilt – and it can "
        "be hard to talk about. This small group is led by a bereavement counsellor and meets once a month. "
        "Younger members (11 to 15) and older members (16 to 25) meet separately. Before joining, you'll meet "
        "a worker on your own, and you can have one-to-one sessions between groups. From 14 you can contact us "
        "yourself; for under-16s we'll also talk with a parent or carer."
    ),
)

service(
    "acorn-mums-mental-health",
    "acorn",
    "Mums' wellbeing group (perinatal peer support)",
    groupings="getting-advice;getting-help",
    topics="parenting;low-mood;anxiety;loneliness",
    support="peer-support;group;self-help",
    ages="0-2",
    self_from="any",
    routes="self;gp;professional",
    parental="required",
    languages="en;bn;ur",
    hours="Mon 10:00-12:00",
    confidentiality=C_GROUP,
    places=[("Hatfield", "Acorn and Oak Family Hub", "Birchwood Avenue")],
    summary="A weekly group in Hatfield for mums who are feeling low, anxious or overwhelmed during pregnancy or after having a baby. Babies welcome.",
    description=(
        "Many new mums feel low or anxious but worry about saying so. This group is led by a peer supporter "
        "who has had postnatal depression herself, with a perinatal nurse joining monthly. You'll have time to "
        "talk, learn coping skills, and meet others who understand. Bengali and Urdu-speaking volunteers help "
        "at every session. Just come along with your baby, or ask your health visitor to let us know."
    ),
)

service(
    "lcchp-adolescent-day-unit",
    "lcchp",
    "Adolescent day unit",
    groupings="getting-more-help;getting-risk-support",
    topics="low-mood;self-harm;anxiety;unusual-experiences;eating",
    support="therapy;group;assessment",
    ages="13-18",
    routes="professional",
    parental="required",
    availability="waiting-list",
    wait=4,
    hours="Mon-Fri 09:00-16:00",
    confidentiality=C_NHS,
    email="dayunit",
    places=[("Hatfield", "Adolescent day unit", "Wellfield Road")],
    accessibility="Step-free throughout, with accessible toilets and a quiet room.",
    summary="Intensive day treatment in Hatfield for 13 to 18-year-olds with severe mental health difficulties, as a step up from community CAMHS or down from hospital.",
    description=(
        "The unit offers a structured programme of therapy, groups, education and activities on weekdays, "
        "while young people continue to live at home. It helps young people who are too unwell for weekly "
        "appointments to be enough, including those with severe depression, self-harm or psychosis. A "
        "psychiatrist, nurses, psychologists and teachers work together with the young person and family. "
        "Referral is through community CAMHS or the crisis team."
    ),
)

service(
    "commonground-mediation",
    "commonground",
    "Family mediation for parents and teenagers",
    groupings="getting-help",
    topics="family;anger",
    support="family-support",
    ages="11-18",
    self_from=14,
    parental="required",
    modes="in-person;online",
    cost="some-free",
    cost_details="Free for families referred by a school or social worker. Otherwise £60 a session, with reduced rates on a low income.",
    hours="Mon-Thu 16:00-20:00; Sat 09:00-13:00",
    confidentiality="Mediation is confidential. Mediators would only share information if someone was at risk of harm.",
    places=[("Welwyn Garden City", "Common Ground", "Bridge Road")],
    summary="Mediators help teenagers and parents who are constantly arguing, or have stopped talking, to listen to each other and agree a way forward.",
    description=(
        "When arguments at home have got out of hand – or a young person is at risk of leaving or being asked "
        "to leave – a neutral mediator can help. We meet the young person and each parent separately first, "
        "then bring everyone together for two to four sessions to talk about what matters to each of you and "
        "agree some ground rules. Young people can get in touch themselves from 14, though everyone needs to "
        "agree to take part."
    ),
)


# --- East Hertfordshire (Hertford, Bishop's Stortford, Ware, Sawbridgeworth) -------------------

service(
    "beanerib-walk-talk",
    "beanerib",
    "Walk and Talk by the river",
    groupings="thriving;getting-advice",
    topics="wellbeing;low-mood;loneliness;anxiety",
    support="activities;peer-support",
    ages="14-25",
    self_from=14,
    hours="Sat 10:30-12:00",
    confidentiality=C_GROUP,
    places=[
        ("Hertford", "Meet by the bandstand, Hartham Common", "Hartham Lane"),
        ("Ware", "Meet at the Priory gardens gate", "High Street"),
    ],
    accessibility="Flat, surfaced riverside paths, suitable for wheelchairs and buggies.",
    summary="Friendly Saturday-morning walks along the rivers in Hertford and Ware for 14 to 25-year-olds. Walk and talk, or just walk.",
    description=(
        "Walk and Talk is a chance to get outside, get moving and be around others without pressure. Walks last "
        "about an hour on flat paths and finish at a café, where your first drink is free. Our walk leaders "
        "are trained peer supporters, some of whom have been through tough times themselves. Meet in Hertford "
        "on the first and third Saturday of the month, and in Ware on the second and fourth. Just turn up; "
        "under-16s should let a parent know where they are."
    ),
)

service(
    "windhill-counselling",
    "windhill",
    "Counselling and play therapy",
    groupings="getting-help",
    topics="low-mood;anxiety;family;bereavement;self-harm;eating",
    support="counselling;therapy",
    ages="9-25",
    self_from=14,
    parental="required-under-16",
    modes="in-person;online",
    cost="some-free",
    cost_details="Free for under-18s (funded by local schools and grants). £15 to £30 a session for 18 to 25-year-olds.",
    availability="waiting-list",
    wait=6,
    hours="Mon-Fri 09:00-21:00",
    email="referrals",
    places=[("Bishop's Stortford", "Windhill Counselling Service", "Windhill")],
    accessibility="Lift to all floors and a quiet waiting room.",
    summary="Counselling and play therapy in Bishop's Stortford for 9 to 25-year-olds. Play therapy helps younger children who find it hard to talk.",
    description=(
        "Windhill offers talking therapy for teenagers and young adults, and play therapy for children aged 9 "
        "to 12. Parents can refer younger children; from 14 you can refer yourself, though for under-16s we'll "
        "usually ask a parent or carer to be involved. After an assessment session, you'll be offered weekly "
        "sessions at a regular time. There's a six-week wait at the moment."
    ),
)

service(
    "windhill-beat-the-pressure",
    "windhill",
    "Beat the Pressure – online exam stress course",
    groupings="getting-advice",
    topics="exam-stress;anxiety;sleep",
    support="self-help;group",
    ages="15-19",
    self_from=15,
    modes="online",
    hours="Mon 19:00-20:00",
    areas=["E07000242"],
    email="courses",
    confidentiality=C_GROUP,
    accessibility="Live sessions have captions. Videos have transcripts.",
    summary="A free four-week online course for 15 to 19-year-olds in East Herts about exam stress, revision and sleep, with a live Monday session each week.",
    description=(
        "Each week there's a short video to watch when it suits you and a live 45-minute session on Monday "
        "evening, with cameras optional. You'll build a revision plan that includes rest, learn quick ways to "
        "calm nerves in the exam hall, and sort out your sleep. Sign up yourself on our website. If exam stress "
        "is part of something bigger, a counsellor can talk with you about other options."
    ),
)

service(
    "windhill-anxious-child",
    "windhill",
    "Helping your anxious child – parents' course",
    groupings="getting-help",
    topics="anxiety;parenting",
    support="group;self-help",
    ages="5-12",
    self_from="any",
    routes="self;school;gp",
    parental="required",
    modes="in-person;online",
    availability="waiting-list",
    wait=4,
    hours="Wed 10:00-12:00",
    confidentiality=C_PARENT,
    places=[("Bishop's Stortford", "Windhill Counselling Service", "Windhill")],
    summary="A six-week course for parents and carers of anxious 5 to 12-year-olds, teaching CBT-based ways to help children face their fears.",
    description=(
        "For younger children, the most effective help for anxiety often comes through their parents. On this "
        "course you'll learn how anxiety keeps itself going, how to respond to worries without accidentally "
        "feeding them, and how to help your child take brave steps. Each week you try something at home and "
        "talk about how it went. It runs on Wednesday mornings in person, and on some evenings online. Book "
        "directly; no referral needed."
    ),
)

service(
    "stortvalley-toddler-group",
    "stortvalley",
    "Toddler wellbeing group",
    groupings="thriving;getting-advice",
    topics="parenting;loneliness;family",
    support="group;activities;family-support",
    ages="0-4",
    self_from="any",
    routes="self;gp;professional",
    parental="required",
    cost="some-free",
    cost_details="£2 a family; free for anyone who can't pay.",
    hours="Fri 09:30-11:00",
    confidentiality=C_PARENT,
    places=[("Sawbridgeworth", "Stort Valley Family Network", "Bell Street")],
    summary="A Friday morning play group in Sawbridgeworth for under-5s and their grown-ups, with a family worker on hand for a chat about anything.",
    description=(
        "Songs, messy play and snacks for little ones; a hot drink and a friendly face for parents and carers. "
        "Our family worker is there every week if you want to talk about sleep, behaviour, feeding or how "
        "you're coping yourself – lots of parents tell us the group helped when they felt isolated. Just come "
        "along."
    ),
)

service(
    "stortvalley-polish-family-club",
    "stortvalley",
    "Polish family club (Klub rodzinny)",
    groupings="thriving;getting-advice",
    topics="family;parenting;loneliness;wellbeing",
    support="group;activities;advice",
    ages="0-16",
    self_from="any",
    routes="self;school;professional",
    parental="required",
    languages="pl;en",
    hours="Sat 10:00-12:30",
    confidentiality=C_PARENT,
    places=[
        ("Bishop's Stortford", "Stort Valley Family Network – Stortford rooms", "South Street")
    ],
    summary="A Saturday club in Bishop's Stortford for Polish-speaking families: activities for children and a place for parents to get advice and support in Polish.",
    description=(
        "Children play, make crafts and read in Polish and English, while parents chat over coffee. A "
        "Polish-speaking family worker is there to help with questions about school, health services or "
        "worries about a child's wellbeing, and can go with you to appointments if it helps. Families who "
        "have recently moved to England are especially welcome. Just come along."
    ),
)

service(
    "secondlight-stay-safe",
    "secondlight",
    "Stay Safe drop-in",
    groupings="getting-risk-support",
    topics="self-harm;suicidal-thoughts;low-mood;anxiety",
    support="crisis-support;peer-support;self-help",
    ages="14-25",
    self_from=14,
    modes="in-person;text",
    text=True,
    hours="Thu 16:00-19:00; Sun 14:00-17:00",
    confidentiality="You can stay anonymous. If we're worried your life is in immediate danger, we'll get you help and tell you what we're doing.",
    places=[("Ware", "Second Light", "Baldock Street")],
    accessibility="Step-free, with a quiet room and a low-lit space.",
    summary="A Thursday and Sunday drop-in in Ware for 14 to 25-year-olds who self-harm or are having dark thoughts. Safe space, safety plans and people who get it.",
    description=(
        "Second Light was set up by young people who have been through self-harm and suicidal feelings, with "
        "trained staff alongside them. At the drop-in you can sit with a hot drink, talk, or just be around "
        "people. Staff can help you make a safety plan, find safer ways to cope with urges, and get further "
        "help if you need it. You can also text us while we're open. No referral needed. If you've hurt "
        "yourself and need medical help, call 111 or go to A&E."
    ),
)

service(
    "willowbrook-healthy-relationships",
    "willowbrook",
    "Healthy relationships one-to-one support",
    groupings="getting-risk-support",
    topics="safeguarding;family;trauma",
    support="advice;counselling",
    ages="13-19",
    self_from=13,
    modes="in-person;phone;text",
    text=True,
    hours="Mon-Fri 09:00-17:00",
    hide=True,
    email="talk",
    confidentiality="We won't tell your parents unless you're in serious danger, and we'll talk to you first. We never share where we meet.",
    places=[("Hertford", "Willowbrook (address given on booking)", "Fore Street")],
    summary="One-to-one support for 13 to 19-year-olds who are being controlled, hurt or threatened by a boyfriend, girlfriend or partner. Meeting place given on booking.",
    description=(
        "Abuse in teenage relationships is more common than people think. It can be someone checking your "
        "phone, pressuring you to send pictures, stopping you seeing friends, or hurting you. Our youth workers "
        "help you understand what's happening, stay safe online and offline, and decide what you want to do. "
        "You can contact us yourself by phone or text. We meet at a safe, private place in Hertford and give "
        "you the details when you book."
    ),
)

service(
    "differentminds-youth-club",
    "differentminds",
    "Different Minds youth club",
    groupings="thriving",
    topics="neurodiversity;loneliness;anxiety",
    support="activities;group",
    ages="11-19",
    self_from=13,
    hours="Wed 18:00-20:00",
    confidentiality=C_CLUB,
    places=[("Ware", "Different Minds club room", "Kibes Lane")],
    accessibility="Step-free, quiet room, visual timetable, ear defenders.",
    summary="A relaxed youth club in Ware for neurodivergent young people aged 11 to 19: gaming, Lego, art and a quiet room, with no pressure to socialise.",
    description=(
        "Different Minds is for young people who are autistic, have ADHD, or just feel different, with or "
        "without a diagnosis. You can chat, play Minecraft, build, draw or sit in the quiet room. Our youth "
        "workers are neurodivergent themselves or have lots of experience, and there are clear routines so you "
        "know what to expect. Visit with a parent first if that helps; from 13 you can come on your own."
    ),
)

service(
    "stortcafe-youth-cafe",
    "stortcafe",
    "Stortford Youth Café",
    groupings="thriving;getting-advice",
    topics="wellbeing;loneliness;low-mood;substance-use",
    support="activities;advice",
    ages="11-18",
    self_from=11,
    hours="Tue-Fri 15:30-19:00; Sat 12:00-17:00",
    confidentiality=C_CLUB,
    places=[("Bishop's Stortford", "Stortford Youth Café", "Water Lane")],
    accessibility="Ground floor café, step-free, accessible toilet.",
    summary="A youth-run café in Bishop's Stortford with cheap food, gigs, games and youth workers who'll have a chat about anything.",
    description=(
        "The café is run by young volunteers with support from youth workers. Come after school for a toastie, "
        "do homework, play games or check out our monthly gigs. If you want to talk about something – friends, "
        "family, stress or staying safe – ask for a youth worker and you can go somewhere private. You can also "
        "volunteer behind the counter and learn barista skills."
    ),
)

service(
    "muddyboots-care-farm",
    "muddyboots",
    "Care farm days",
    groupings="getting-help",
    topics="anxiety;low-mood;neurodiversity;anger",
    support="activities;therapy",
    ages="8-18",
    routes="school;professional;parent",
    parental="required",
    cost="some-free",
    cost_details="£65 a day, usually paid by schools or social care. Families can ask about funded places.",
    availability="waiting-list",
    wait=5,
    hours="Mon-Fri 09:30-15:00",
    places=[("Hertford", "Muddy Boots Care Farm", "Molewood Road")],
    accessibility="Farmyard paths are mostly level. Accessible toilet in the farm barn.",
    summary="Days on a working farm near Hertford for 8 to 18-year-olds who are struggling at school – caring for animals, growing food and building confidence.",
    description=(
        "Muddy Boots welcomes young people who are anxious, angry or finding school too much. In small groups, "
        "with plenty of adults, they feed the animals, muck out, grow vegetables and fix fences. Real jobs that "
        "matter help young people feel capable and calmer, and staff use the work to talk about feelings and "
        "goals. Most young people come one day a week for a term. A school, social worker or parent can refer."
    ),
)

service(
    "quietmind-teen-mindfulness",
    "quietmind",
    "Mindfulness course for teenagers",
    groupings="getting-advice",
    topics="anxiety;exam-stress;sleep;wellbeing",
    support="group;self-help",
    ages="13-18",
    self_from=13,
    cost="paid",
    cost_details="£60 for the six-week course. Two bursary places on every course.",
    availability="waiting-list",
    wait=3,
    hours="Sun 17:00-18:15",
    confidentiality=C_GROUP,
    places=[("Sawbridgeworth", "Quiet Mind studio", "London Road")],
    summary="A six-week mindfulness course in Sawbridgeworth for 13 to 18-year-olds, teaching simple ways to calm a busy mind and sleep better.",
    description=(
        "This course follows a well-known mindfulness programme for schools, adapted for small groups. Each "
        "week you'll learn a short practice you can use anywhere – on the bus, before a test, or in bed when "
        "your mind won't switch off. There's no chanting and you don't have to sit cross-legged. Courses start "
        "every two months; book online."
    ),
)

service(
    "warevol-get-involved",
    "warevol",
    "Get Involved youth volunteering",
    groupings="thriving",
    topics="wellbeing;loneliness;low-mood",
    support="activities;mentoring",
    ages="14-25",
    self_from=14,
    modes="in-person;online",
    hours="Mon-Fri 10:00-16:00",
    confidentiality=C_CLUB,
    places=[("Ware", "Ware Community Volunteers", "Amwell End")],
    summary="Find a volunteering role in Ware that suits you – from animal shelters to food banks and sports clubs – with a mentor to help you get started.",
    description=(
        "Helping others is good for your wellbeing, builds confidence and looks great on a CV. Tell us what "
        "you're interested in and how much time you have, and we'll match you with a local role. A volunteer "
        "mentor can come with you the first few times if you're nervous. Roles are available for 14 to "
        "25-year-olds, some in the evenings and at weekends. Sign up online or drop in."
    ),
)


# --- Stevenage -----------------------------------------------------------------------------------

service(
    "skate-create",
    "skate",
    "Skate and Create",
    groupings="thriving",
    topics="wellbeing;loneliness;anger",
    support="activities;mentoring",
    ages="8-18",
    self_from=12,
    cost="some-free",
    cost_details="Free on Tuesdays. Saturday sessions £4. Boards and helmets to borrow.",
    hours="Tue 16:00-19:00; Sat 11:00-15:00",
    confidentiality=C_CLUB,
    places=[("Stevenage", "Skate and Create warehouse", "Unit 12, Babbage Road")],
    summary="An indoor skatepark and art space in Stevenage: learn to skate, design boards and paint murals. Beginners welcome, kit to borrow.",
    description=(
        "Skate and Create is run by skaters and artists who love sharing what they do. Tuesday after-school "
        "sessions are free and include coaching for beginners. On Saturdays the park is open longer and you "
        "can join a street-art workshop. Our team has youth work training, and lots of young people say it's "
        "easier to talk side by side on a bench than in an office. Under-12s need a parent or carer to sign "
        "them up."
    ),
)

service(
    "danestrete-dropin",
    "danestrete",
    "Town centre drop-in",
    groupings="getting-advice",
    topics="low-mood;anxiety;bullying;family;substance-use;identity;sleep",
    support="advice;counselling;online-chat",
    ages="11-25",
    self_from=11,
    modes="in-person;online;text",
    text=True,
    languages="en;ur;bn",
    hours="Mon-Fri 12:00-18:00; Sat 11:00-15:00",
    places=[("Stevenage", "Danestrete Drop-in", "First floor, Danestrete")],
    accessibility="First floor with a lift. Quiet room available.",
    summary="Walk in for free, confidential advice and a chat with a youth counsellor in Stevenage town centre. Also open for live chat online. For 11 to 25-year-olds.",
    description=(
        "The drop-in is on the first floor above the shops, so you can come in without anyone seeing where "
        "you're going. You'll be offered a drink and a private one-off chat of up to 40 minutes with a youth "
        "counsellor. Some people come once; others come back a few times before deciding whether they'd like "
        "ongoing counselling or another service. If you can't get here, use live chat on our website or send "
        "a text. Urdu and Bengali speakers are in on Wednesdays."
    ),
)

service(
    "danestrete-boys-talk",
    "danestrete",
    "Boys' Talk",
    groupings="getting-help",
    topics="low-mood;anger;loneliness;bullying",
    support="group;mentoring",
    ages="12-16",
    self_from=12,
    routes="self;parent;school;professional",
    availability="waiting-list",
    wait=3,
    hours="Thu 16:30-18:00",
    confidentiality=C_GROUP,
    places=[("Stevenage", "Danestrete Drop-in", "First floor, Danestrete")],
    summary="An eight-week group in Stevenage for boys aged 12 to 16 to talk about stress, anger, friendships and feeling down – with games and food.",
    description=(
        "Boys' Talk mixes activities like FIFA tournaments and cooking with honest conversations about stuff "
        "that's hard to bring up elsewhere. Two male youth workers run the group and make sure everyone is "
        "respected. You'll pick up ways to handle anger and low mood, and find out that other lads feel the "
        "same way. Sign yourself up, or a parent or teacher can."
    ),
)

service(
    "fairlands-family-support",
    "fairlands",
    "Family support",
    groupings="getting-help",
    topics="family;parenting;anger;neurodiversity;low-mood",
    support="family-support;group",
    ages="0-16",
    routes="parent;school;gp;professional",
    parental="required",
    modes="home-visit;in-person;phone",
    availability="waiting-list",
    wait=5,
    hours="Mon-Fri 08:30-17:30",
    confidentiality=C_PARENT,
    places=[("Stevenage", "Fairlands Family Project", "Six Hills Way")],
    summary="Practical, friendly support at home for Stevenage families going through a tough patch, plus parenting groups. For families with children up to 16.",
    description=(
        "Our family workers support parents who are struggling with things like their child's behaviour, "
        "arguments at home, a recent separation or their own mental health. After a referral – parents can "
        "refer themselves, or a school, GP or social worker can – we'll arrange a home visit to talk about "
        "what you'd like to change. Support lasts around three months and can include home visits, phone "
        "check-ins and our 'Calm at Home' parenting group. We'll never judge you: asking for help is a strong "
        "thing to do."
    ),
)

service(
    "fairlands-parent-cafe",
    "fairlands",
    "Parents' mental health café",
    groupings="getting-advice",
    topics="parenting;low-mood;anxiety;family",
    support="peer-support;group",
    ages="0-16",
    self_from="any",
    routes="self;gp;professional",
    parental="",
    hours="Wed 09:30-11:30",
    confidentiality=C_GROUP,
    places=[("Stevenage", "Fairlands Family Project", "Six Hills Way")],
    summary="A weekly café in Stevenage for parents and carers who are living with depression, anxiety or other mental health difficulties. Free crèche.",
    description=(
        "Parenting while you're struggling with your own mental health can feel lonely, and many parents worry "
        "about being judged. At the café you can have a coffee and talk honestly with other parents who "
        "understand, with a family worker there to help. Your children can play in the free crèche. Come along "
        "any Wednesday; no referral needed."
    ),
)

service(
    "pressstart-gaming",
    "pressstart",
    "Press Start gaming club",
    groupings="thriving",
    topics="loneliness;neurodiversity;wellbeing",
    support="activities;group;peer-support",
    ages="11-18",
    self_from=11,
    modes="in-person;online",
    hours="Fri 16:00-19:00",
    confidentiality=C_CLUB,
    places=[("Stevenage", "Press Start Club", "Town Square")],
    summary="A Friday gaming club in Stevenage for 11 to 18-year-olds, with co-op games, tournaments and an online server moderated by youth workers.",
    description=(
        "Press Start is a friendly space for people who love games – especially if other clubs aren't your "
        "thing. Play co-op and party games, join tournaments or learn to make your own game. Youth workers keep "
        "the vibe kind and are around if you want to talk about anything. Our online server is moderated and "
        "only open to members who have been to a session. Come along on your own; a parent just needs to fill "
        "in a form."
    ),
)

service(
    "stagefright-youth-theatre",
    "stagefright",
    "Youth theatre",
    groupings="thriving",
    topics="wellbeing;anxiety;loneliness",
    support="activities;group",
    ages="8-19",
    self_from=13,
    cost="some-free",
    cost_details="£40 a term. Bursaries cover the full cost for families who need them.",
    hours="Mon 17:00-19:00",
    confidentiality=C_CLUB,
    places=[
        ("Stevenage", "Stagefright studio", "Lytton Way"),
        ("Tring", "Stagefright at the Old Hall", "Western Road"),
    ],
    accessibility="Both studios are step-free. Scripts in large print on request.",
    summary="Drama games, improvisation and a show every term, in Stevenage and Tring, for 8 to 19-year-olds. Shy people especially welcome.",
    description=(
        "Youth theatre is a brilliant way to build confidence, make friends and try being someone else for a "
        "while. Sessions are split by age and are full of games, improvisation and devising our own plays. You "
        "don't have to want to be an actor – there are jobs backstage too. Come to a free taster; from 13 you "
        "can sign yourself up."
    ),
)

service(
    "pedal-power-bike-project",
    "pedal",
    "Earn a Bike project",
    groupings="thriving",
    topics="wellbeing;anger;loneliness",
    support="activities;mentoring",
    ages="11-18",
    self_from=11,
    hours="Wed 16:00-18:30; Sat 10:00-13:00",
    confidentiality=C_CLUB,
    places=[("Stevenage", "Pedal Power workshop", "Fairlands Way")],
    summary="Learn to fix bikes in Stevenage, then keep the one you rebuild. Free, with mechanics and youth workers who are easy to talk to.",
    description=(
        "Come to six sessions, learn the basics of bike maintenance, and take home the bike you've rebuilt, "
        "with a lock and helmet. After that, join our Saturday group rides around Fairlands Valley and out into "
        "the countryside. It's a good way to get fit, get around and clear your head. Just turn up, or a school "
        "or youth worker can refer you."
    ),
)

service(
    "lcchp-launchpad",
    "lcchp",
    "Launchpad transitions service (16 to 25)",
    groupings="getting-more-help",
    topics="low-mood;anxiety;unusual-experiences;neurodiversity;self-harm",
    support="therapy;mentoring;assessment",
    ages="16-25",
    routes="gp;professional",
    modes="in-person;online;phone",
    availability="waiting-list",
    wait=8,
    hours="Mon-Fri 09:00-17:00",
    confidentiality=C_NHS,
    email="launchpad",
    places=[("Stevenage", "Launchpad", "Chells Way")],
    summary="Specialist support for 16 to 25-year-olds moving from children's mental health services to adult services, or who need more help than their GP can give.",
    description=(
        "Turning 18 shouldn't mean losing the help you need. Launchpad works with young people who have ongoing "
        "mental health difficulties and are leaving CAMHS, or who are 18 to 25 and need specialist help. A care "
        "coordinator works with you on your goals – which might include therapy, medication reviews, college or "
        "work – and helps plan what happens next. Referral is through your CAMHS team or GP."
    ),
)

service(
    "lcchp-dbt-group",
    "lcchp",
    "DBT skills group for teenagers",
    groupings="getting-more-help;getting-risk-support",
    topics="self-harm;suicidal-thoughts;anger;low-mood",
    support="therapy;group",
    ages="13-18",
    routes="professional",
    parental="required",
    availability="waiting-list",
    wait=12,
    hours="Tue 16:00-18:30",
    confidentiality=C_NHS,
    email="dbt",
    places=[("Stevenage", "Community CAMHS Stevenage", "Danestrete")],
    summary="A six-month dialectical behaviour therapy (DBT) programme for 13 to 18-year-olds with repeated self-harm or very intense emotions. Through CAMHS.",
    description=(
        "DBT teaches skills to manage overwhelming emotions, get through crises without making things worse, "
        "and improve relationships. Young people come to a weekly skills group with a parent or carer, have "
        "individual therapy, and can phone their therapist for coaching between sessions. It's a big "
        "commitment and it works best when young people want to take part. Referral is by the young person's "
        "CAMHS clinician."
    ),
)


# --- Community CAMHS teams (several clinics each) -----------------------------------------------

service(
    "lcchp-camhs-east",
    "lcchp",
    "Community CAMHS – north and east",
    groupings="getting-more-help",
    topics="low-mood;anxiety;self-harm;eating;trauma;unusual-experiences",
    support="assessment;therapy;family-support",
    ages="0-18",
    routes="gp;school;professional",
    parental="required-under-16",
    modes="in-person;online;phone",
    availability="waiting-list",
    wait=14,
    hours="Mon-Fri 09:00-17:00",
    confidentiality=C_NHS,
    email="camhs.east",
    places=[
        ("Stevenage", "Community CAMHS Stevenage", "Danestrete"),
        ("Hitchin", "Community CAMHS Hitchin", "Bedford Road"),
        ("Hertford", "Community CAMHS Hertford", "North Road"),
        ("Cheshunt", "Community CAMHS Cheshunt", "College Road"),
    ],
    accessibility="All four clinics are step-free, with quiet waiting areas. Interpreters can be booked for any language.",
    summary="NHS-style specialist mental health team for children and young people up to 18 with moderate to severe difficulties. Referral by GP, school or other professional.",
    description=(
        "Community CAMHS (child and adolescent mental health services) helps children and young people whose "
        "difficulties are affecting their daily life a lot, such as depression, severe anxiety, OCD, self-harm "
        "or trauma. After a referral, you'll be invited to a 'choice' appointment to talk about what's going on "
        "and agree what might help. Treatment can include CBT, family therapy, psychotherapy, and medication "
        "reviewed by a psychiatrist. The wait for treatment is about 14 weeks, but urgent referrals are seen "
        "much sooner; if things get worse while you wait, call the duty line or the young people's 24-hour "
        "line. Clinics are in Stevenage, Hitchin, Hertford and Cheshunt."
    ),
)

service(
    "lcchp-camhs-west",
    "lcchp",
    "Community CAMHS – south and west",
    groupings="getting-more-help",
    topics="low-mood;anxiety;self-harm;eating;trauma;unusual-experiences",
    support="assessment;therapy;family-support",
    ages="0-18",
    routes="gp;school;professional",
    parental="required-under-16",
    modes="in-person;online;phone",
    availability="waiting-list",
    wait=16,
    hours="Mon-Fri 09:00-17:00",
    confidentiality=C_NHS,
    email="camhs.west",
    places=[
        ("Hemel Hempstead", "Community CAMHS Hemel Hempstead", "Hillfield Road"),
        ("Watford", "Community CAMHS Watford", "Rickmansworth Road"),
        ("St Albans", "Community CAMHS St Albans", "Normandy Road"),
        ("Welwyn Garden City", "Community CAMHS Welwyn", "Howlands"),
    ],
    accessibility="All four clinics are step-free. Interpreters and BSL interpreters can be booked.",
    summary="NHS-style specialist mental health team for under-18s in the south and west of the county, for difficulties that are having a big effect on daily life.",
    description=(
        "This team works with children, young people and families when mental health difficulties are "
        "serious or have lasted a long time – for example depression, severe anxiety, self-harm, eating "
        "problems or the effects of trauma. A GP, school or other professional makes the referral. You'll "
        "first be offered an appointment to talk about what's happening and choose together what help to try. "
        "The current wait for ongoing treatment is around 16 weeks; urgent cases are seen quickly. Clinics are "
        "in Hemel Hempstead, Watford, St Albans and Welwyn Garden City, and some appointments are by video."
    ),
)


# --- Countywide services without a public address (area only) ----------------------------------

service(
    "lcchp-eating-disorders",
    "lcchp",
    "Community eating disorders service",
    groupings="getting-more-help;getting-risk-support",
    topics="eating",
    support="assessment;therapy;family-support",
    ages="0-18",
    routes="gp;professional",
    parental="required",
    modes="in-person;home-visit;online",
    hours="Mon-Fri 09:00-17:00",
    areas=HERTS,
    confidentiality=C_NHS,
    email="eatingdisorders",
    summary="The specialist team for children and young people up to 18 with eating disorders such as anorexia, bulimia and ARFID. Referral through a GP.",
    description=(
        "If a GP is worried about a young person's eating, they can refer to this team, and urgent referrals "
        "are seen within a week. Most treatment is family-based: a therapist works with the young person and "
        "their parents or carers together, alongside a dietitian and a doctor who checks physical health. "
        "Appointments are at clinics across the county, at home or online. If you're worried about yourself or "
        "your child, start by booking a GP appointment and say you're worried about an eating disorder. Beat's "
        "helpline can also help in the meantime."
    ),
)

service(
    "lcchp-early-intervention-psychosis",
    "lcchp",
    "Early intervention in psychosis (14 to 25)",
    groupings="getting-more-help",
    topics="unusual-experiences;anxiety;substance-use",
    support="assessment;therapy;family-support",
    ages="14-25",
    self_from=16,
    routes="self;parent;gp;professional",
    parental="required-under-16",
    modes="in-person;home-visit;phone",
    hours="Mon-Fri 09:00-17:00",
    areas=HERTS,
    confidentiality=C_NHS,
    email="eip",
    summary="Help for young people aged 14 to 25 who are hearing voices, seeing things others don't, or feel that things have become strange or frightening.",
    description=(
        "These experiences can be very frightening, and getting help early really does make a difference. The "
        "team offers an assessment within two weeks, usually at home or wherever you feel most comfortable. "
        "Support can include talking therapy, help for your family, advice about medication, and a care "
        "coordinator who helps with school, college or work. From 16 you can contact us yourself, or a parent, "
        "GP or other professional can refer. If things feel unsafe right now, call NHS 111 and choose the "
        "mental health option."
    ),
)

service(
    "lcchp-24-hour-line",
    "lcchp",
    "Young people's 24-hour mental health line",
    groupings="getting-risk-support",
    topics="suicidal-thoughts;self-harm;unusual-experiences;anxiety;low-mood",
    support="helpline;crisis-support",
    ages="0-25",
    self_from="any",
    parental="",
    modes="phone",
    hours="24/7",
    areas=HERTS,
    email=None,
    phone="01632 960999",
    confidentiality="Calls are confidential. If we think your life or someone else's is in immediate danger, we will get emergency help and tell you we are doing so.",
    summary="A 24-hour local phone line for young people in a mental health crisis, and for worried parents and carers, answered by mental health practitioners.",
    description=(
        "Call any time, day or night, if you or a young person you know is in a mental health crisis – for "
        "example, feeling unable to keep yourself safe, very distressed, or seeing or hearing things that "
        "others don't. A mental health practitioner will listen, help you work out what to do next, and can "
        "arrange an urgent assessment or a visit from the crisis team. This is a local line for Hertfordshire; "
        "anywhere in England you can call NHS 111 and choose the mental health option. If someone's life is in "
        "danger, call 999."
    ),
)

service(
    "lcchp-crisis-home-treatment",
    "lcchp",
    "Crisis assessment and home treatment team (11 to 18)",
    groupings="getting-risk-support;getting-more-help",
    topics="self-harm;suicidal-thoughts;eating;unusual-experiences",
    support="crisis-support;assessment;therapy",
    ages="11-18",
    routes="gp;professional",
    parental="required",
    modes="home-visit;in-person;phone",
    hours="24/7",
    areas=HERTS,
    confidentiality=C_NHS,
    email="crisis",
    summary="Intensive short-term care at home for 11 to 18-year-olds in a mental health crisis, instead of going into hospital. Referral through A&E, CAMHS or the 24-hour line.",
    description=(
        "When a young person is at serious risk, this team can visit at home up to twice a day for a few weeks "
        "to keep them safe and help the family cope. The team includes nurses, psychiatrists and support "
        "workers and is available around the clock. Referrals come from A&E, the young people's 24-hour mental "
        "health line, community CAMHS or a GP. Parents and carers are closely involved in the plan."
    ),
)

service(
    "lcchp-neurodevelopmental",
    "lcchp",
    "Autism and ADHD assessment service",
    groupings="getting-more-help",
    topics="neurodiversity",
    support="assessment;advice",
    ages="5-18",
    routes="gp;school;professional",
    parental="required",
    modes="in-person;online",
    availability="waiting-list",
    wait=52,
    hours="Mon-Fri 09:00-17:00",
    areas=HERTS,
    confidentiality=C_NHS,
    email="ndd",
    summary="Assessment for autism and ADHD for children and young people aged 5 to 18. Referral by a GP, school SENCO or paediatrician. Long wait – help is available meanwhile.",
    description=(
        "The team assesses children and teenagers when there are questions about autism or ADHD. It starts "
        "with questionnaires for parents and school, then one or more appointments in clinic or online. The "
        "wait for assessment is currently about a year. You don't need a diagnosis to get help at school or to "
        "join local parent groups, and our website lists support you can use while you wait. We'll write to "
        "you if the wait changes."
    ),
)

service(
    "lcchp-learning-disability-camhs",
    "lcchp",
    "Learning disability CAMHS",
    groupings="getting-more-help",
    topics="neurodiversity;anger;family;anxiety",
    support="assessment;therapy;family-support",
    ages="5-18",
    routes="gp;professional",
    parental="required",
    modes="home-visit;in-person;online",
    availability="waiting-list",
    wait=20,
    hours="Mon-Fri 09:00-17:00",
    areas=HERTS,
    confidentiality=C_NHS,
    email="ldcamhs",
    accessibility="Easy-read letters and appointment guides. We can visit at home or school.",
    summary="Specialist mental health support for children and young people with a moderate to severe learning disability, and their families.",
    description=(
        "This team helps children with a learning disability whose mental health or behaviour has become very "
        "difficult – for example distress, self-injury or aggression – and supports families and schools to "
        "understand what the child is communicating. Psychologists, nurses and behaviour specialists usually "
        "work with the family at home and at school. A GP, paediatrician or social worker can refer."
    ),
)

service(
    "lcchp-parent-infant",
    "lcchp",
    "Parent-infant relationship service",
    groupings="getting-more-help",
    topics="parenting;family;low-mood;anxiety;trauma",
    support="therapy;family-support;assessment",
    ages="0-2",
    routes="gp;professional",
    parental="required",
    modes="home-visit;in-person;online",
    availability="waiting-list",
    wait=6,
    hours="Mon-Fri 09:00-17:00",
    areas=HERTS,
    confidentiality=C_NHS,
    email="pirs",
    summary="Specialist help for parents and babies under 2 when the early relationship is under strain, for example after a difficult birth or during postnatal depression.",
    description=(
        "Sometimes bonding with a baby doesn't come easily, especially when a parent is struggling with "
        "depression, anxiety or past trauma. This team of parent-infant psychotherapists and health visitors "
        "works with parents and babies together, usually at home, for up to six months. They help parents "
        "understand their baby's signals and feel more confident. Your health visitor, midwife or GP can refer "
        "you. Both parents are welcome to take part."
    ),
)

service(
    "lcchp-school-nurse-text",
    "lcchp",
    "Ask the school nurse – text service",
    groupings="getting-advice",
    topics="low-mood;anxiety;sleep;eating;bullying;substance-use;family",
    support="advice",
    ages="11-19",
    self_from=11,
    modes="text",
    text=True,
    phone=False,
    email=None,
    hours="Mon-Fri 09:00-16:30",
    areas=HERTS,
    confidentiality="Texts are confidential unless we're worried about your safety. We'll tell you if we need to share anything.",
    summary="Text a school nurse for confidential advice about feelings, sleep, eating, relationships, bullying, drugs or your body. For 11 to 19-year-olds.",
    description=(
        "Send a text and a school nurse will reply within one working day. You can ask anything you'd find "
        "awkward to ask face to face. If you need more support, the nurse can arrange to see you at school or "
        "suggest other services. This isn't an emergency service: if you need help now, call 999 or Childline "
        "on 0800 1111."
    ),
)

service(
    "kite-online-counselling",
    "kite",
    "Online counselling and chat",
    groupings="getting-help;getting-advice",
    topics="low-mood;anxiety;self-harm;family;bullying;identity;loneliness",
    support="counselling;online-chat;self-help;peer-support",
    ages="11-25",
    self_from=11,
    modes="online;text",
    phone=False,
    availability="waiting-list",
    wait=2,
    hours="Mon-Fri 12:00-22:00; Sat-Sun 18:00-22:00",
    areas=HERTS,
    confidentiality="You can use a username instead of your real name. We'd only try to identify you if we thought your life was in immediate danger.",
    accessibility="Works with screen readers and on any phone, tablet or computer.",
    summary="Free, anonymous online counselling, live chat and moderated forums for 11 to 25-year-olds in Hertfordshire. No referral needed.",
    description=(
        "Sign up with a username – you don't need to give your real name. You can drop in to live chat with a "
        "counsellor, book weekly online sessions, read and write articles, or post on forums moderated by our "
        "team. Drop-in chat is usually available the same day. For regular sessions there's a wait of about "
        "two weeks at the moment. It's free for anyone aged 11 to 25 who lives or goes to school in "
        "Hertfordshire."
    ),
)

service(
    "kite-calm-compass-app",
    "kite",
    "Calm Compass app",
    groupings="thriving;getting-advice",
    topics="wellbeing;anxiety;low-mood;sleep",
    support="app;self-help",
    ages="11-25",
    self_from=11,
    modes="online",
    phone=False,
    email="app",
    areas=HERTS,
    confidentiality="The app doesn't ask for your name and keeps your mood diary on your phone.",
    accessibility="Text size follows your phone's settings; all audio has transcripts.",
    summary="A free app for young people in Hertfordshire with a mood diary, breathing exercises, sleep sounds and a map of local support.",
    description=(
        "Calm Compass helps you notice patterns in how you feel and try quick things that help – breathing "
        "exercises, grounding games and wind-down audio for bedtime. It also has a 'find support' section "
        "listing local services for young people in Hertfordshire, and crisis numbers one tap away. The app "
        "doesn't replace talking to someone, but lots of young people use it while they wait for other help."
    ),
)

service(
    "brightwater-assessments",
    "brightwater",
    "Young carers' support and assessments",
    groupings="getting-advice;getting-help",
    topics="caring;family;low-mood",
    support="advice;family-support;mentoring",
    ages="5-25",
    self_from=11,
    modes="home-visit;phone;in-person",
    hours="Mon-Fri 09:00-17:00",
    areas=HERTS,
    email="support",
    confidentiality=C_YOUTH,
    summary="Help for young carers aged 5 to 25 across Hertfordshire: a young carer's assessment, one-to-one support, and help talking to school or college.",
    description=(
        "A young carer's assessment is a chat, usually at home, about what you do to help and how it affects "
        "you. Afterwards we agree together what support would make life easier – it might be time off through "
        "our clubs, a worker to talk to, help for your family, or a plan with your school. You can refer "
        "yourself from 11, or a parent, teacher or professional can. It's free, and the person you care for "
        "doesn't need a diagnosis."
    ),
)

service(
    "stillwater-at-home",
    "stillwater",
    "Bereavement support at home or school",
    groupings="getting-help",
    topics="bereavement;family;trauma",
    support="counselling;family-support",
    ages="3-18",
    routes="parent;school;gp;professional",
    parental="required",
    modes="home-visit;phone;online",
    availability="waiting-list",
    wait=4,
    hours="Mon-Fri 09:00-17:00",
    areas=HERTS,
    confidentiality=C_PARENT,
    summary="One-to-one support at home or school for children aged 3 to 18 after someone close has died, including after a sudden or traumatic death.",
    description=(
        "A bereavement practitioner visits the child at home or school, usually every two weeks for six to "
        "eight sessions, to help them understand what has happened and express their grief. We also advise "
        "parents and carers on how to talk to children about death and what to expect. We can also get "
        "involved before a death, when someone is very ill. A parent, carer or professional can refer by phone."
    ),
)

service(
    "steady-ground-exploitation",
    "steady",
    "Exploitation and missing team",
    groupings="getting-risk-support",
    topics="safeguarding;substance-use;trauma",
    support="mentoring;advice;family-support",
    ages="10-25",
    self_from=10,
    routes="self;parent;school;professional",
    parental="",
    modes="in-person;home-visit;phone;text",
    text=True,
    hours="Mon-Fri 09:00-19:00; Sat 12:00-18:00",
    areas=HERTS,
    email="team",
    summary="Specialist youth workers for young people aged 10 to 25 who are being groomed or exploited, go missing, or are caught up in county lines.",
    description=(
        "Exploitation can happen to anyone: someone offers you money, gifts or a sense of belonging, and then "
        "says you owe them. Our workers get to know young people at their own pace, help them stay safe, and "
        "work with families, schools and police to protect them. A parent, school, social worker or police "
        "officer can refer, and young people can text the team themselves for advice. If you are in immediate "
        "danger, call 999."
    ),
)


# --- A few more, to round out the picture -------------------------------------------------------

service(
    "hfc-nvr-parents",
    "hfc",
    "When your child is violent at home – parents' group",
    groupings="getting-help",
    topics="anger;family;parenting;safeguarding",
    support="group;family-support",
    ages="8-18",
    self_from="any",
    routes="self;school;gp;professional",
    parental="required",
    modes="in-person;online",
    availability="waiting-list",
    wait=6,
    hours="Thu 10:00-12:30",
    confidentiality=C_PARENT,
    email="families",
    places=[("Hoddesdon", "Hoddesdon Family Centre", "Unit 3, Brewery Road")],
    summary="A ten-week group for parents and carers whose child or teenager is aggressive or violent towards them, using the non-violent resistance approach.",
    description=(
        "Many parents are ashamed to say that their child hits, threatens or controls them at home, but it "
        "happens more than people think. This group uses an approach called non-violent resistance, which "
        "helps parents step out of escalating arguments, stay calm and in charge, and get support from people "
        "around them. You'll meet other parents in the same situation and practise new ways of responding. "
        "Parents can book directly. If anyone is in danger at home, call 999."
    ),
)

service(
    "canalside-counselling",
    "canalside",
    "Private counselling for young people",
    groupings="getting-help",
    topics="anxiety;low-mood;exam-stress;family;identity",
    support="counselling",
    ages="12-25",
    self_from=16,
    parental="required-under-16",
    modes="in-person;online",
    cost="paid",
    cost_details="£55 a session. A small number of low-cost places, currently full.",
    availability="not-accepting",
    hours="Mon-Fri 15:00-20:00; Sat 09:00-12:00",
    places=[("Berkhamsted", "Canal Side Counselling", "Lower Kings Road")],
    summary="Private counselling in Berkhamsted for 12 to 25-year-olds, in person or online. Not taking new clients until the new year.",
    description=(
        "Canal Side is a small practice of three counsellors who specialise in working with young people and "
        "students. Young people aged 16 and over can contact us directly; for under-16s a parent or carer "
        "makes the first contact and gives consent. Our list is full at the moment and we're not taking new "
        "clients until January. Free services such as school counselling or your GP may be able to help "
        "sooner."
    ),
)

service(
    "reel-summer-school",
    "reel",
    "Young filmmakers' summer school",
    groupings="thriving",
    topics="wellbeing;loneliness",
    support="activities;group",
    ages="12-18",
    self_from=14,
    cost="some-free",
    cost_details="£90 for the week. Half the places are free for young people referred by schools or youth workers.",
    availability="not-accepting",
    hours="Mon-Fri 10:00-16:00",
    confidentiality=C_CLUB,
    places=[("Borehamwood", "Reel Minds studio", "Unit 2, Elstree Way")],
    summary="A week-long summer school in Borehamwood where 12 to 18-year-olds make a short film from script to screen. This year's places are all taken.",
    description=(
        "In one week you'll write, shoot and edit a short film with a crew of other young people and "
        "professional mentors, and show it to friends and family at a screening on the Friday. No experience "
        "is needed. This summer's places are all booked; bookings for next year open in the spring, and our "
        "weekly club runs all year round."
    ),
)

service(
    "lcchp-paediatric-psychology",
    "lcchp",
    "Psychology for children with long-term health conditions",
    groupings="getting-more-help",
    topics="anxiety;low-mood;trauma;family",
    support="therapy;assessment;family-support",
    ages="0-18",
    routes="gp;professional",
    parental="required",
    modes="in-person;online",
    availability="waiting-list",
    wait=10,
    hours="Mon-Fri 09:00-17:00",
    confidentiality=C_NHS,
    email="paedpsych",
    places=[("Watford", "Community CAMHS Watford", "Rickmansworth Road")],
    summary="Psychological help for children and teenagers living with conditions such as diabetes, epilepsy or chronic pain, and for their families.",
    description=(
        "Living with a long-term health condition can be exhausting and worrying, and can make it harder to "
        "keep up with treatment, school and friends. Clinical psychologists in this team help children and "
        "families cope with diagnosis, treatment, procedures and the feelings that come with them. Referrals "
        "come from the child's paediatric team or GP."
    ),
)

service(
    "together-families-circle",
    "togetherfamilies",
    "Families wellbeing circle",
    groupings="thriving;getting-advice",
    topics="family;parenting;wellbeing;low-mood",
    support="group;peer-support;advice",
    ages="0-18",
    self_from="any",
    routes="self;school;professional",
    parental="",
    languages="en;pa;ur;hi",
    hours="Sun 14:00-16:30",
    confidentiality=C_GROUP,
    places=[("Hatfield", "Together Families at the community hall", "Birchwood Avenue")],
    summary="A Sunday afternoon circle in Hatfield for South Asian families: food, activities for children, and a space for parents to talk about wellbeing in Panjabi, Urdu or Hindi.",
    description=(
        "Talking about mental health isn't always easy in any family. At our monthly circle, parents and "
        "grandparents chat over food in Panjabi, Urdu, Hindi or English while children do crafts and games. "
        "Each time a guest – a counsellor, a school nurse, a young person – talks about a topic families have "
        "asked for, like exam pressure or how to tell if a teenager is struggling. Everyone is welcome; just "
        "come along."
    ),
)

service(
    "focus-adhd-coaching",
    "focus",
    "ADHD coaching for teenagers and young adults",
    groupings="getting-help",
    topics="neurodiversity;exam-stress;anxiety",
    support="mentoring;self-help",
    ages="13-25",
    self_from=16,
    parental="required-under-16",
    modes="in-person;online",
    cost="paid",
    cost_details="£55 for a 45-minute session, or £200 for a block of four.",
    hours="Mon-Thu 15:30-20:00",
    confidentiality=C_YOUTH,
    places=[("Abbots Langley", "Focus Coaching", "Station Road")],
    summary="Practical one-to-one coaching in Abbots Langley or online for 13 to 25-year-olds with ADHD (or who think they might have it) – planning, focus and motivation.",
    description=(
        "Coaching is about what works for your brain. Together we'll find ways to get started on tasks, plan "
        "revision and deadlines, manage time and cope when things go wrong. Sessions are practical and "
        "friendly, and you leave with one or two things to try that week. You don't need a diagnosis. From 16 "
        "you can book yourself; under-16s book with a parent or carer."
    ),
)

service(
    "safestay-hosts",
    "safestay",
    "Emergency stay with a volunteer host",
    groupings="getting-risk-support",
    topics="safeguarding;family",
    support="crisis-support;advice",
    ages="16-25",
    self_from=16,
    routes="self;professional",
    parental="",
    modes="phone;in-person",
    hours="Mon-Sun 09:00-22:00",
    areas=HERTS,
    email="referrals",
    confidentiality="Hosts' addresses are never published. We only share your details with the people who need them to keep you safe.",
    summary="A safe, warm place to stay for a night or a few nights with a checked volunteer host, for 16 to 25-year-olds who have nowhere safe to sleep.",
    description=(
        "If you've been thrown out, had to leave home because it isn't safe, or have nowhere to go tonight, "
        "call us. We'll talk through what's happened and, if it's right, arrange for you to stay with a trained "
        "and checked volunteer host in Hertfordshire – with a meal, a room of your own and breakfast. During "
        "the day, our workers help you find somewhere longer term. You can contact us yourself or through a "
        "council housing officer or youth worker. If you're under 18, we'll also work with children's services "
        "to keep you safe."
    ),
)

service(
    "lcchp-schools-consultation",
    "lcchp",
    "Consultation line for school staff and professionals",
    groupings="getting-advice",
    topics="self-harm;low-mood;anxiety;eating;neurodiversity",
    support="advice",
    ages="5-18",
    routes="school;professional",
    parental="",
    modes="phone;online",
    hours="Mon-Fri 09:00-17:00",
    areas=HERTS,
    email="consultation",
    assured="2026-10-20",
    confidentiality="Give only the details we need to advise you. We record the advice we give, not the young person's name, unless a referral is made.",
    summary="Advice by phone for teachers, school staff, GPs and other professionals who are worried about a pupil's mental health and want to talk through what to do next.",
    description=(
        "Mental health practitioners from our community CAMHS teams take calls from teachers, SENCOs, school "
        "nurses, youth workers and GPs. Talk through a worry about a pupil or young person you work with – "
        "self-harm, low mood, anxiety, eating or behaviour – and agree next steps: what school can do now, "
        "whether a referral is needed, and which local services could help. We also run free training "
        "sessions for school staff every term. This line is for professionals: young people and parents can "
        "call the young people's 24-hour mental health line."
    ),
)

# Who each service is for, where it is not young people alone (vocab.AUDIENCES).
AUDIENCE = {
    "nspcc-helpline": "parents-carers;professionals",
    "youngminds-parents-helpline": "parents-carers",
    "family-lives-helpline": "parents-carers",
    "winstons-wish-helpline": "young-people;parents-carers;professionals",
    "cruse-helpline": "young-people;parents-carers",
    "beat-helpline": "young-people;parents-carers",
    "papyrus-hopeline247": "young-people;parents-carers",
    "samaritans": "young-people;parents-carers",
    "nhs-111-mental-health": "young-people;parents-carers",
    "mind-infoline": "young-people;parents-carers",
    "talk-to-frank": "young-people;parents-carers",
    "national-domestic-abuse-helpline": "young-people;parents-carers",
    "lcchp-24-hour-line": "young-people;parents-carers",
    "lcchp-children-in-care": "young-people;parents-carers;professionals",
    "lcchp-family-therapy": "young-people;parents-carers",
    "commonground-mediation": "young-people;parents-carers",
    "willowbrook-recovery-group": "young-people;parents-carers",
    "upstand-bullying-support": "young-people;parents-carers",
    "stillwater-groups": "young-people;parents-carers",
    "sensory-saturdays": "young-people;parents-carers",
    "together-families-circle": "young-people;parents-carers",
    "stortvalley-polish-family-club": "young-people;parents-carers",
    "hfc-little-steps": "parents-carers",
    "hfc-family-at-home": "parents-carers",
    "hfc-sleep-well": "parents-carers",
    "hfc-nvr-parents": "parents-carers",
    "acorn-bump-baby-me": "parents-carers",
    "acorn-dads-together": "parents-carers",
    "acorn-mums-mental-health": "parents-carers",
    "pbparents-together": "parents-carers",
    "clearwater-families": "parents-carers",
    "harbour-parents-workshop": "parents-carers",
    "prism-parents": "parents-carers",
    "youngparents-together": "parents-carers",
    "oxhey-family-dropin": "parents-carers",
    "langley-parent-counselling": "parents-carers",
    "neurokind-network": "parents-carers",
    "ver-parent-talks": "parents-carers",
    "mimram-family-hub": "parents-carers",
    "windhill-anxious-child": "parents-carers",
    "stortvalley-toddler-group": "parents-carers",
    "fairlands-family-support": "parents-carers",
    "fairlands-parent-cafe": "parents-carers",
    "lcchp-parent-infant": "parents-carers",
    "casa-family-support": "parents-carers",
    "lcchp-schools-consultation": "professionals",
}


# =============================================================================================
# Build
# =============================================================================================
def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def _numbers(rng: random.Random):
    """Yield fictional numbers from Ofcom's drama ranges, in a varied but repeatable order."""
    local = iter(rng.sample(range(100, 990), 880))  # 01632 960100-960989 (960999 is reserved)
    london = iter(rng.sample(range(100, 1000), 900))  # 020 7946 0100-0999
    mobile = iter(rng.sample(range(100, 1000), 900))  # 07700 900100-900999
    return (
        lambda: f"01632 960{next(local):03d}",
        lambda: f"020 7946 {next(london):04d}",
        lambda: f"07700 900{next(mobile):03d}",
    )


def _assured_dates(rng: random.Random, refs: list[str]) -> dict[str, str]:
    """Spread 'last checked' dates: 13 over a year old, 13 six to twelve months old, the rest recent."""
    order = refs[:]
    rng.shuffle(order)
    dates = {}
    for i, ref in enumerate(order):
        if i < 13:
            days = rng.randint(366, 540)
        elif i < 26:
            days = rng.randint(184, 364)
        else:
            days = rng.randint(2, 180)
        dates[ref] = (TODAY - timedelta(days=days)).isoformat()
    return dates


def build_rows() -> list[dict]:
    rng = random.Random(20261124)
    local_phone, london_phone, mobile = _numbers(rng)
    dates = _assured_dates(rng, [s["ref"] for s in SERVICES if not s["assured"]])
    dates.update((s["ref"], s["assured"]) for s in SERVICES if s["assured"])
    postcode_of: dict[tuple, str] = {}
    next_index: Counter = Counter()
    rows = []

    for n in NATIONAL:
        row = {c: "" for c in COLUMNS} | {k: str(v) for k, v in n.items()}
        row["audience"] = AUDIENCE.get(n["service_ref"], "young-people")
        row["assured_date"] = (TODAY - timedelta(days=rng.randint(5, 120))).isoformat()
        rows.append(row)

    for s in SERVICES:
        name, slug = ORGS[s["org"]]
        hertsmere = any(TOWN_DISTRICT[p[0]] == "E07000098" for p in s["places"])
        if s["phone"] is True:
            phone = london_phone() if hertsmere else local_phone()
        else:
            phone = s["phone"] or ""
        base = {
            "organisation": name,
            "organisation_website": f"https://{slug}.example.org",
            "service_ref": s["ref"],
            "service": s["name"],
            "summary": s["summary"],
            "description": f"{s['description']} {DEMO_SENTENCE}",
            "groupings": s["groupings"],
            "topics": s["topics"],
            "support_types": s["support"],
            "audience": AUDIENCE.get(s["ref"], "young-people"),
            "minimum_age": str(s["min_age"]),
            "maximum_age": str(s["max_age"]),
            "self_referral": "no" if s["self_from"] is None else "yes",
            "self_referral_min_age": "" if s["self_from"] in (None, "any") else str(s["self_from"]),
            "referral_routes": s["routes"],
            "parental_involvement": s["parental"],
            "confidentiality": s["confidentiality"],
            "delivery_modes": s["modes"],
            "cost": s["cost"],
            "cost_details": s["cost_details"] or ("Free." if s["cost"] == "free" else ""),
            "languages": s["languages"],
            "accessibility": s["accessibility"],
            "phone": phone,
            "text_number": mobile() if s["text"] else "",
            "email": f"{s['email']}@{slug}.example.org" if s["email"] else "",
            "website": f"https://{slug}.example.org/{slugify(s['name'])}",
            "latitude": "",
            "longitude": "",
            "hide_address": "yes" if s["hide"] else "no",
            "national": "no",
            "opening_hours": s["hours"],
            "availability": s["availability"],
            "wait_weeks": "" if s["wait"] is None else str(s["wait"]),
            "assured_date": dates[s["ref"]],
        }
        if not s["places"]:
            rows.append(
                base
                | {
                    "location_name": "",
                    "address": "",
                    "town": "",
                    "postcode": "",
                    "service_areas": ";".join(s["areas"]),
                }
            )
            continue
        for town, location_name, street in s["places"]:
            key = (town, location_name, street)
            if key not in postcode_of:
                postcode_of[key] = POSTCODES[town][next_index[town]]
                next_index[town] += 1
            rows.append(
                base
                | {
                    "location_name": location_name,
                    "address": street,
                    "town": town,
                    "postcode": postcode_of[key],
                    "service_areas": "",
                }
            )
    return rows


def write(rows: list[dict]) -> None:
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
        )
        writer.writeheader()
        writer.writerows(rows)


# =============================================================================================
# Validate what was written
# =============================================================================================
_HOURS_PART = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(-(Mon|Tue|Wed|Thu|Fri|Sat|Sun))? "
    r"([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d(,([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d)*$"
)
_FICTIONAL_PHONE = re.compile(r"^(01632 960\d{3}|020 7946 0\d{3})$")
_FICTIONAL_MOBILE = re.compile(r"^07700 900\d{3}$")
_LOCATION = ("location_name", "address", "town", "postcode", "latitude", "longitude")


def _taxonomy_codes() -> dict[str, set[str]]:
    codes: dict[str, set[str]] = defaultdict(set)
    with TAXONOMY.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            codes[row["kind"]].add(row["code"])
    return codes


def _gazetteer() -> dict[str, str]:
    """Postcode -> local authority code from the project's Hertfordshire extract, if present."""
    import gzip

    path = HERE / "geo" / "postcodes_hertfordshire.csv.gz"
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {r["postcode"]: r["la_code"] for r in csv.DictReader(handle)}


def _check_list(problems, where, value, allowed, what, required=True):
    items = [v for v in value.split(";") if v] if value else []
    if required and not items:
        problems.append(f"{where}: no {what}")
    bad = [v for v in items if v not in allowed]
    if bad:
        problems.append(f"{where}: unknown {what} {bad}")
    if len(items) != len(set(items)):
        problems.append(f"{where}: repeated {what}")
    return items


def check() -> list[str]:
    problems: list[str] = []
    taxonomy = _taxonomy_codes()
    gazetteer = _gazetteer()
    with OUT.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        raw = list(reader)
    if header != COLUMNS:
        problems.append(f"header differs: {header}")
    for i, r in enumerate(raw, start=2):
        if len(r) != len(COLUMNS):
            problems.append(f"line {i}: {len(r)} fields, expected {len(COLUMNS)}")
    rows = [dict(zip(COLUMNS, r, strict=True)) for r in raw if len(r) == len(COLUMNS)]

    by_ref: dict[str, list[dict]] = defaultdict(list)
    for i, row in enumerate(rows, start=2):
        where = f"line {i} ({row['service_ref']})"
        by_ref[row["service_ref"]].append(row)
        fictional = row["national"] == "no"
        if len(row["summary"]) > 200:
            problems.append(f"{where}: summary is {len(row['summary'])} characters")
        groupings = _check_list(problems, where, row["groupings"], GROUPINGS, "grouping")
        if not 1 <= len(groupings) <= 5:
            problems.append(f"{where}: {len(groupings)} groupings")
        _check_list(problems, where, row["topics"], taxonomy["topic"], "topic")
        _check_list(problems, where, row["support_types"], taxonomy["support_type"], "support type")
        _check_list(problems, where, row["delivery_modes"], DELIVERY, "delivery mode")
        _check_list(problems, where, row["audience"], AUDIENCES, "audience")
        _check_list(problems, where, row["referral_routes"], ROUTES, "referral route")
        for code in row["languages"].split(";"):
            if not re.fullmatch(r"[a-z]{2}", code):
                problems.append(f"{where}: language {code!r} is not an ISO 639-1 code")
        for column, allowed in (
            ("parental_involvement", PARENTAL),
            ("cost", COSTS),
            ("availability", AVAILABILITY),
            ("self_referral", ["yes", "no"]),
            ("hide_address", ["yes", "no"]),
            ("national", ["yes", "no"]),
        ):
            if row[column] not in allowed:
                problems.append(f"{where}: {column} {row[column]!r}")
        low, high = int(row["minimum_age"]), int(row["maximum_age"])
        if not 0 <= low <= high <= 25:
            problems.append(f"{where}: ages {low}-{high}")
        if row["self_referral_min_age"]:
            if row["self_referral"] != "yes":
                problems.append(f"{where}: self-referral age without self-referral")
            elif not low <= int(row["self_referral_min_age"]) <= high:
                problems.append(f"{where}: self-referral age outside the age range")
        if row["wait_weeks"] and row["availability"] != "waiting-list":
            problems.append(f"{where}: wait_weeks without a waiting list")
        if row["availability"] == "waiting-list" and not row["wait_weeks"].isdigit():
            problems.append(f"{where}: waiting list without weeks")
        hours = row["opening_hours"]
        if hours and hours != "24/7" and not all(_HOURS_PART.match(p) for p in hours.split("; ")):
            problems.append(f"{where}: opening hours {hours!r}")
        try:
            checked = date.fromisoformat(row["assured_date"])
            if not TODAY - timedelta(days=548) <= checked <= TODAY:
                problems.append(f"{where}: assured_date {checked} outside the last 18 months")
        except ValueError:
            problems.append(f"{where}: assured_date {row['assured_date']!r}")
        if row["latitude"] or row["longitude"]:
            problems.append(f"{where}: latitude/longitude should be left to the gazetteer")
        modes = row["delivery_modes"].split(";")
        if row["text_number"] and "text" not in modes:
            problems.append(f"{where}: a text number but no 'text' delivery mode")
        if "phone" in modes and not row["phone"]:
            problems.append(f"{where}: delivered by phone but no phone number")
        if not (row["phone"] or row["email"] or row["website"] or row["text_number"]):
            problems.append(f"{where}: no way to get in touch")

        if fictional:
            if not row["description"].endswith(DEMO_SENTENCE):
                problems.append(f"{where}: description must end with the demonstration sentence")
            if "(demonstration)" in row["organisation"] + row["service"]:
                problems.append(f"{where}: '(demonstration)' in a name")
            if row["phone"] and not _FICTIONAL_PHONE.match(row["phone"]):
                problems.append(f"{where}: phone {row['phone']} is not in a drama range")
            if row["text_number"] and not _FICTIONAL_MOBILE.match(row["text_number"]):
                problems.append(
                    f"{where}: text number {row['text_number']} is not in the drama range"
                )
            for column in ("email", "website", "organisation_website"):
                if row[column] and not re.search(r"\.example\.org(/|$)", row[column]):
                    problems.append(f"{where}: {column} is not at example.org")
            if row["postcode"]:
                town = row["town"]
                if row["postcode"] not in POSTCODES.get(town, []):
                    problems.append(f"{where}: postcode {row['postcode']} not from {town}'s list")
                if gazetteer and gazetteer.get(row["postcode"]) != TOWN_DISTRICT.get(town):
                    problems.append(
                        f"{where}: postcode {row['postcode']} is not in {town}'s district"
                    )
                if row["service_areas"]:
                    problems.append(f"{where}: a located row should not also list service areas")
            else:
                if any(row[c] for c in _LOCATION) or row["hide_address"] != "no":
                    problems.append(f"{where}: area-only row with address fields")
                areas = row["service_areas"].split(";")
                if not row["service_areas"] or any(a not in DISTRICTS for a in areas):
                    problems.append(f"{where}: area-only row needs Hertfordshire district codes")
        else:
            if DEMO_SENTENCE in row["description"]:
                problems.append(f"{where}: a real service marked as fictional")
            if any(row[c] for c in _LOCATION) or row["service_areas"]:
                problems.append(f"{where}: national services have no address or service areas")
            if "example.org" in row["website"] + row["email"]:
                problems.append(f"{where}: a real service with an example.org address")

    location_free = [c for c in COLUMNS if c not in _LOCATION]
    for ref, group in by_ref.items():
        if len({tuple(r[c] for c in location_free) for r in group}) != 1:
            problems.append(f"{ref}: rows differ outside the location columns")
        if len(group) > 4:
            problems.append(f"{ref}: {len(group)} rows (at most 4 locations)")
        if len(group) > 1 and len({r["postcode"] for r in group}) != len(group):
            problems.append(f"{ref}: repeated postcode across its locations")
    if len(by_ref) < 160:
        problems.append(f"only {len(by_ref)} services")

    coverage = district_coverage(rows, located_only=True)
    for code, (district, _) in DISTRICTS.items():
        missing = [g for g in GROUPINGS if not coverage[code][g]]
        if missing:
            problems.append(f"{district}: no located service for {missing}")
    return problems


def district_coverage(rows, located_only=False):
    coverage = {code: Counter() for code in DISTRICTS}
    seen = set()
    for row in rows:
        if row["national"] == "yes":
            continue
        if row["postcode"]:
            districts = [TOWN_DISTRICT[row["town"]]]
        elif located_only:
            continue
        else:
            districts = row["service_areas"].split(";")
        for code in districts:
            if (row["service_ref"], code) in seen:
                continue
            seen.add((row["service_ref"], code))
            for g in row["groupings"].split(";"):
                coverage[code][g] += 1
    return coverage


def report(rows: list[dict]) -> None:
    services = {}
    for row in rows:
        services.setdefault(row["service_ref"], row)
    rows_per_ref = Counter(r["service_ref"] for r in rows)
    fictional = [s for s in services.values() if s["national"] == "no"]
    print(
        f"{OUT.relative_to(HERE.parent)}: {len(rows)} rows, {len(services)} services, "
        f"{len({s['organisation'] for s in services.values()})} organisations"
    )
    print(
        f"  national (real): {sum(s['national'] == 'yes' for s in services.values())}; "
        f"fictional local: {len(fictional)}"
    )
    print(
        f"  multi-location: {sum(n > 1 for n in rows_per_ref.values())} services "
        f"({sum(n for n in rows_per_ref.values() if n > 1)} rows); "
        f"area-only: {sum(not s['postcode'] for s in fictional)}; "
        f"hidden address: {sum(s['hide_address'] == 'yes' for s in fictional)}"
    )
    per_grouping = Counter(g for s in services.values() for g in s["groupings"].split(";"))
    print("  per grouping: " + ", ".join(f"{g} {per_grouping[g]}" for g in GROUPINGS))
    for label, column in (
        ("cost", "cost"),
        ("availability", "availability"),
        ("self-referral", "self_referral"),
        ("parental", "parental_involvement"),
    ):
        print(
            f"  {label}: "
            + ", ".join(
                f"{k or '(blank)'} {v}"
                for k, v in sorted(Counter(s[column] for s in services.values()).items())
            )
        )
    modes = Counter(m for s in services.values() for m in s["delivery_modes"].split(";"))
    print("  delivery modes: " + ", ".join(f"{m} {modes[m]}" for m in DELIVERY))
    langs = Counter(code for s in services.values() for code in s["languages"].split(";"))
    print("  languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    ages = Counter()
    for s in services.values():
        low, high = int(s["minimum_age"]), int(s["maximum_age"])
        for band, (a, b) in {
            "0-4": (0, 4),
            "5-10": (5, 10),
            "11-15": (11, 15),
            "16-18": (16, 18),
            "19-25": (19, 25),
        }.items():
            if low <= b and high >= a:
                ages[band] += 1
    print("  age bands served: " + ", ".join(f"{k} {v}" for k, v in ages.items()))
    days = Counter()
    for s in services.values():
        age = (TODAY - date.fromisoformat(s["assured_date"])).days
        days[
            "over 12 months" if age > 365 else "6-12 months" if age > 183 else "under 6 months"
        ] += 1
    print("  last checked: " + ", ".join(f"{k} {v}" for k, v in days.items()))
    located = district_coverage(rows, located_only=True)
    anywhere = district_coverage(rows)
    print("  per district (services with a location there / including area-only), by grouping:")
    for code, (district, _) in DISTRICTS.items():
        n_loc = len(
            {r["service_ref"] for r in rows if r["postcode"] and TOWN_DISTRICT[r["town"]] == code}
        )
        n_all = len(
            {
                r["service_ref"]
                for r in rows
                if r["national"] == "no"
                and (
                    (r["postcode"] and TOWN_DISTRICT[r["town"]] == code)
                    or code in r["service_areas"].split(";")
                )
            }
        )
        cells = " ".join(f"{located[code][g]:>2}/{anywhere[code][g]:<2}" for g in GROUPINGS)
        print(f"    {district:<20} {n_loc:>3}/{n_all:<3} {cells}")


def check_reference_files() -> list[str]:
    """Check vocabulary.csv and crisis_contacts.json against the taxonomy and each other."""
    import json

    problems: list[str] = []
    taxonomy = _taxonomy_codes()
    codes = taxonomy["topic"] | taxonomy["support_type"]
    crisis_topics = {"self-harm", "suicidal-thoughts", "safeguarding"}
    owner: dict[str, str] = {}
    with (HERE / "vocabulary.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != ["topic", "crisis", "lang", "phrases"]:
            problems.append(f"vocabulary.csv header {reader.fieldnames}")
        for row in reader:
            topic = row["topic"]
            if topic not in codes:
                problems.append(f"vocabulary.csv: unknown code {topic}")
            if row["crisis"] != ("yes" if topic in crisis_topics else "no"):
                problems.append(f"vocabulary.csv: {topic} has crisis={row['crisis']}")
            for phrase in row["phrases"].split(";"):
                if not phrase or phrase != phrase.strip().lower():
                    problems.append(f"vocabulary.csv: {topic}: phrase {phrase!r}")
                if phrase in owner:
                    problems.append(f"vocabulary.csv: {phrase!r} in {owner[phrase]} and {topic}")
                owner[phrase] = topic
    for topic in taxonomy["topic"]:
        if (
            topic not in {"feelings", "staying-safe", "relationships", "life-events"}
            and topic not in owner.values()
        ):
            problems.append(f"vocabulary.csv: no phrases for topic {topic}")
    data = json.loads((HERE / "crisis_contacts.json").read_text(encoding="utf-8"))
    ids = [c["id"] for c in data["contacts"]]
    expected = ["emergency", "nhs-111", "childline", "samaritans", "shout", "papyrus", "nspcc"]
    if ids != expected:
        problems.append(f"crisis_contacts.json ids {ids}")
    fields = {"id", "name", "how", "phone", "text", "url", "hours", "who", "notes"}
    for contact in data["contacts"]:
        if set(contact) != fields:
            problems.append(f"crisis_contacts.json: {contact['id']} fields {sorted(contact)}")
    return problems


def main() -> int:
    rows = build_rows()
    write(rows)
    problems = check() + check_reference_files()
    report(rows)
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    print("checks:", "FAILED" if problems else "all passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
