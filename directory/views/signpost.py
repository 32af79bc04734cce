"""The "no wrong door" flow for any adult a young person approaches, and the signposting sheet.

Every step is a GET form carrying the earlier answers, so it works without JavaScript and
without cookies. The young person's own words never reach these views (see signposting.py).
"""

from dataclasses import replace
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, jsonify, redirect, render_template, request, url_for

from .. import db, search, signposting
from ..geo import LocationNotFound
from ..insights.counting import Asked
from ..signposting import PROBLEMS, TOPIC_LABELS, Answers, ReadAnswers
from ..signposting import sheet as signposting_sheet
from ..signposting import usage as signposting_usage
from ..signposting.location import Located, counted_outcode, locate
from ..signposting.sheet import SheetError
from ..signposting.words import topic_vocabulary
from ..vocabulary import thrive
from ..web import crisis_contacts, current_language

signpost = Blueprint("signpost", __name__, url_prefix="/signpost")
short_links = Blueprint("signpost_links", __name__)
def step_url(endpoint: str, answers: Answers, extra: list[tuple[str, str]] = ()) -> str:
    """Return a step's address carrying the answers (the query string keeps repeated values)."""
    query = answers.query() + [(k, v) for k, v in extra if v]
    lang = request.args.get("lang")
    if lang:
        query.append(("lang", lang))
    return url_for(endpoint, lang=None) + ("?" + urlencode(query) if query else "")


def _where(read: ReadAnswers) -> Located | None:
    """Find the place typed on step 1, noting a problem when it can't be found."""
    if "location" in read.problems:
        return None
    try:
        located = locate(db.session(), read.answers.location)
    except LocationNotFound:
        read.problems["location"] = "location-unknown"
        return None
    read.answers = replace(read.answers, location=located.words)
    return located


# The questions page's fields, in the order its error summary lists them (id to link to).
QUESTION_FIELDS = (("location", "location"), ("age", "age"), ("risk", "risk-yes"))


def _questions_page(read: ReadAnswers, located: Located | None = None, status: int = 200):
    """Show the questions (where, age, what's going on, any risk), with what needs fixing."""
    errors = [(target, PROBLEMS[read.problems[name]]) for name, target in QUESTION_FIELDS
              if name in read.problems]
    return render_template("signpost/start.html", read=read, located=located,
                           errors=errors), status


def _checked_where():
    """Read the answers and find the place; return (located, answers, response-to-stop-with)."""
    read = signposting.read_answers(request.args)
    located = _where(read)
    if read.problems:
        return None, read.answers, _questions_page(read, status=400)
    return located, read.answers, None


@signpost.get("/")
def start():
    """Say what the flow is for, and ask everything it needs on one page."""
    read = signposting.read_answers(request.args)
    read.problems.clear()  # arriving (or coming back to change answers) is not a mistake
    return _questions_page(read)


@signpost.get("/topics")
def topics():
    """Show the questions again with the place found, to change the answers."""
    read = signposting.read_answers(request.args)
    located = _where(read)
    status = 400 if read.problems else 200
    return _questions_page(read, located if status == 200 else None, status)


@signpost.get("/risk")
def risk():
    """Lead an old link to the risk question to the questions page, keeping the answers."""
    answers = signposting.read_answers(request.args).answers
    return redirect(step_url(".topics", answers), 303)


@signpost.get("/safety")
def safety():
    """Check the answers; show crisis help first when someone may be at risk, else the options."""
    read = signposting.read_answers(request.args)
    typed = read.answers.location
    located = _where(read)
    if not read.answers.risk:
        read.problems["risk"] = "risk-empty"
    if read.problems:
        return _questions_page(read, located if "location" not in read.problems else None, 400)
    # A guessed place keeps the words typed, so the options page can say which place it used.
    answers = replace(read.answers, location=typed) if located.guessed else read.answers
    if not answers.needs_crisis_help:
        return redirect(step_url(".options", answers), 303)
    names = ", ".join(str(TOPIC_LABELS[code]) for code in answers.crisis_topics)
    return render_template("signpost/safety.html", answers=answers, located=located,
                           crisis_names=names, safety_contacts=crisis_contacts())


@signpost.get("/preferences")
def preferences():
    """Ask how they'd like to get support and whether they can travel."""
    located, answers, stop = _checked_where()
    return stop or render_template("signpost/preferences.html", answers=answers,
                                   located=located)


@signpost.get("/options")
def options():
    """Show options to talk about, grouped by kind of help; count the visit anonymously."""
    located, answers, stop = _checked_where()
    if stop:
        return stop
    session = db.session()
    more = request.args.get("more", "")
    more = more if more in (*thrive.CODES, signposting.NATIONAL) else ""
    try:  # the search is counted with the topics ticked; opening up a group is the same visit
        results = search.run_search(
            session, search.SearchParams(**signposting.plan_search(answers)), count=not more,
            asked=Asked(answers.topics, answers.needs_crisis_help))
    except search.SearchParamError:
        read = signposting.ReadAnswers(answers, {"location": "location-unknown"})
        return _questions_page(read, status=400)
    offered = signposting.build_options(results.local, results.national, answers, more)
    if not more:  # opening up a group is the same visit: count it once
        signposting_usage.record_usage(
            session, signposting_usage.SIGNPOST, counted_outcode(session, located.point),
            answers.age, signposting_usage.signpost_facets(answers.topics))
    problem = request.args.get("problem")
    problem = problem if problem in ("pick-none", "pick-many", "pick-gone") else None
    picked = {int(v) for name in ("picked", "services") for v in request.args.getlist(name)
              if v.isdecimal() and len(v) < 11}
    wider = (step_url(".options", replace(answers, travel="yes"))
             if answers.travel != "yes" else None)
    shortlisted = {option.service.id for option in offered.shortlist}
    page = render_template("signpost/options.html", answers=answers, located=located,
                           options=offered, picked=picked, problem=problem, wider_url=wider,
                           open_more=bool(more) or bool(picked - shortlisted))
    return page, 400 if problem else 200


@signpost.get("/choose")
def choose():
    """Put the chosen options on a sheet: count them anonymously, then show the sheet."""
    located, answers, stop = _checked_where()
    if stop:
        return stop
    chosen = request.args.getlist("services")
    session = db.session()
    try:
        ids = signposting_sheet.parse_ids(chosen)
        services = signposting_sheet.load_services(session, ids)
    except SheetError as error:
        problem = {"too-many-services": "pick-many", "unknown-services": "pick-gone"}.get(
            error.code, "pick-none")
        extra = [("problem", problem)] + [("picked", v) for v in chosen if v.isdecimal()]
        return redirect(step_url(".options", answers, extra) + "#pick", 303)
    signposting_usage.record_usage(
        session, signposting_usage.SHEET, counted_outcode(session, located.point), answers.age,
        signposting_usage.sheet_facets(services))
    lang = signposting_sheet.sheet_language(request.args.get("sheet_lang"), current_language())
    return redirect(signposting_sheet.sheet_path(ids, lang), 303)


def _sheet_context() -> dict:
    """Return what the sheet shows, or stop with a page that says what's wrong with the link."""
    try:
        ids = signposting_sheet.parse_ids(request.args.getlist("services"))
        services = signposting_sheet.load_services(db.session(), ids)
    except SheetError as error:
        page = render_template("signpost/sheet_problem.html", code=error.code)
        abort(Response(page, error.status))
    lang = current_language()
    return {"ids": ids, "services": services, "lang": lang, "sheet": signposting_sheet,
            "today": signposting_usage.today_in_london(),
            "short_url": signposting_sheet.short_url(ids, lang),
            "while_you_wait": signposting_sheet.WHILE_YOU_WAIT}


@signpost.get("/sheet")
def sheet():
    """Show the printable signposting sheet for 1 to 4 services, in the chosen language."""
    context = _sheet_context()
    path = signposting_sheet.sheet_path(context["ids"], context["lang"])
    if request.full_path != path:  # one address per sheet: the one its QR code holds
        # Permanent only when the address named the language; a negotiated one must not stick.
        return redirect(path, 301 if request.args.get("lang") == context["lang"] else 303)
    url = signposting_sheet.sheet_url(context["ids"], context["lang"])
    text_url = url_for(".sheet_text", services=",".join(map(str, context["ids"])),
                       lang=context["lang"])
    return render_template(
        "signpost/sheet.html", sheet_url=url, qr_code=signposting_sheet.qr_data_uri(url),
        text_url=text_url, plain_text=render_template("signpost/sheet_text.html", **context),
        **context)


@signpost.get("/sheet.txt")
def sheet_text():
    """Return the sheet as plain text, to paste into an email or a text message."""
    context = _sheet_context()
    body = render_template("signpost/sheet_text.html", **context)
    return Response(body, mimetype="text/plain",
                    headers={"Content-Language": context["lang"], "X-Robots-Tag": "noindex"})


@signpost.get("/vocabulary.json")
def vocabulary():
    """Return the plain words for each topic, for matching the free text inside the browser."""
    response = jsonify(topic_vocabulary())
    response.cache_control.public = True
    response.cache_control.max_age = 3600
    response.add_etag()
    return response.make_conditional(request)


@short_links.get("/s/<ids>")
def short(ids: str):
    """Lead a short link (/s/12-45?l=ur) to its sheet."""
    try:
        parsed = signposting_sheet.parse_ids(ids)
    except SheetError:
        abort(404)
    lang = signposting_sheet.sheet_language(request.args.get("l"), current_language())
    return redirect(signposting_sheet.sheet_path(parsed, lang), 302)
