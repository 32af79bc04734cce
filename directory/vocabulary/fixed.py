"""The fixed vocabularies of a listing: delivery modes, referral routes, audiences, costs,
availability."""

from flask_babel import lazy_gettext as _l

DELIVERY_MODES = {
    "in-person": _l("In person"),
    "online": _l("Online"),
    "phone": _l("Phone"),
    "text": _l("Text or chat"),
    "home-visit": _l("Home visits"),
}
REFERRAL_ROUTES = {
    "self": _l("Young person themselves"),
    "parent": _l("Parent or carer"),
    "school": _l("School or college"),
    "gp": _l("GP"),
    "professional": _l("Another professional"),
}
# Who a service is for; a listing says one or more (search ranks young people's first).
AUDIENCES = {
    "young-people": _l("Young people"),
    "parents-carers": _l("Parents and carers"),
    "professionals": _l("Professionals"),
}
COSTS = {"free": _l("Free"), "paid": _l("Paid"), "some-free": _l("Some free")}
AVAILABILITY = {
    "accepting": _l("Accepting referrals"),
    "waiting-list": _l("Waiting list"),
    "not-accepting": _l("Not taking referrals"),
}
PARENTAL_INVOLVEMENT = {
    "": _l("Not stated"),
    "not-required": _l("Parents or carers do not need to be told"),
    "required-under-16": _l("Parents or carers are involved for under-16s"),
    "required": _l("A parent or carer needs to be involved"),
}
STATUS_LABELS = {
    "active": _l("Open"),
    "temporarily-closed": _l("Temporarily closed"),
    "inactive": _l("Closed"),
    "pending": _l("Awaiting review"),
}
AGE_BANDS = (
    ("0-4", 0, 4), ("5-10", 5, 10), ("11-15", 11, 15), ("16-18", 16, 18), ("19-25", 19, 25),
)


def age_band(age: int | None) -> str:
    """Return the age band label an age falls in, or an empty string."""
    if age is None:
        return ""
    for label, low, high in AGE_BANDS:
        if low <= age <= high:
            return label
    return ""
