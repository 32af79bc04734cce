"""Every crisis phrase, in every language, brings crisis help first: however it is typed, through
the real search and in the browser's vocabulary; mistyped ones too, and ordinary words never."""

import csv
import re

import pytest

from directory import db, paths, signposting
from directory.search import SearchParams, detect_crisis, run_search
from directory.search.engine.analysis import ARABIC_LETTERS, fold, stem, words
from directory.signposting.words import browser_phrase
from directory.web.languages import codes

# The site's languages, and Roman Urdu (Urdu in Latin letters): a vocabulary language only.
LANGUAGES = {*codes(), "ur-Latn"}
# Romanian written with the older cedilla letters, and Urdu typed on an Arabic keyboard.
CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ"})
ARABIC_KEYBOARD = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه"})
# Phrases of other topics that hold a crisis phrase on purpose: crisis help comes first for them.
CRISIS_INSIDE = {"threatened online", "suicide loss", "lost someone to suicide"}
BROWSER_PHRASE = re.compile(f"[a-z0-9{ARABIC_LETTERS}]+( [a-z0-9{ARABIC_LETTERS}]+)*")


def vocabulary_rows() -> list[dict]:
    with (paths.SEED / "vocabulary.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = vocabulary_rows()
CRISIS_TOPICS = {row["topic"] for row in ROWS if row["crisis"] == "yes"}
CRISIS_PHRASES = [(row["topic"], row["lang"], phrase) for row in ROWS if row["crisis"] == "yes"
                  for phrase in row["phrases"].split(";")]
OTHER_PHRASES = [(row["topic"], row["lang"], phrase) for row in ROWS if row["crisis"] != "yes"
                 for phrase in row["phrases"].split(";")]


def typed_ways(phrase: str) -> list[str]:
    """Return ways a phrase gets typed: as written, without accents, in capitals, and with
    Romanian's cedilla letters or an Arabic keyboard's letters."""
    ways = [phrase, fold(phrase), phrase.upper(), phrase.translate(CEDILLA),
            phrase.translate(ARABIC_KEYBOARD)]
    return list(dict.fromkeys(ways))


def searched(app, queries: list[str]) -> dict[str, list[str]]:
    """Return {query: crisis topics} from the real search of the demo directory."""
    with app.app_context():
        session = db.new_session(app)
        try:
            return {q: run_search(session, SearchParams(q=q, per_page=1)).crisis_topics
                    for q in queries}
        finally:
            session.close()


def test_the_crisis_topics_have_phrases_in_every_language():
    assert CRISIS_TOPICS == signposting.CRISIS_CODES
    for topic in CRISIS_TOPICS:
        assert {row["lang"] for row in ROWS if row["topic"] == topic} == LANGUAGES, topic
    for row in ROWS:  # one topic is crisis or not in every language's row
        assert (row["crisis"] == "yes") == (row["topic"] in CRISIS_TOPICS), row["topic"]


def test_no_phrase_stands_for_two_topics_once_folded():
    topics: dict[tuple, set[str]] = {}
    for topic, _lang, phrase in CRISIS_PHRASES + OTHER_PHRASES:
        topics.setdefault(tuple(stem(w) for w in words(phrase)), set()).add(topic)
    assert {key: found for key, found in topics.items() if len(found) > 1} == {}


def test_every_crisis_phrase_is_detected_however_it_is_typed():
    missed = [(topic, way) for topic, _lang, phrase in CRISIS_PHRASES
              for way in typed_ways(phrase) if topic not in detect_crisis(way)]
    assert missed == []
    assert len(CRISIS_PHRASES) > 500


def test_every_crisis_phrase_brings_crisis_help_through_the_search(demo_app):
    queries = {way: topic for topic, _lang, phrase in CRISIS_PHRASES
               for way in (phrase, fold(phrase))}
    found = searched(demo_app, list(queries))
    assert [(q, topic) for q, topic in queries.items() if topic not in found[q]] == []


def test_crisis_help_comes_first_on_the_search_page_in_every_language(demo_client):
    for q in ("I want to end it", "nie chce zyc", "vreau să mor", "خودکشی", "khudkushi"):
        page = demo_client.get("/search", query_string={"q": q}).get_data(as_text=True)
        assert 'id="crisis-title"' in page, q
        assert page.index('id="crisis-title"') < page.index("<h1>Search results</h1>"), q


def test_the_browser_vocabulary_holds_every_crisis_phrase_folded_as_it_matches(demo_client):
    data = demo_client.get("/signpost/vocabulary.json").get_json()
    assert set(data["crisis"]) == CRISIS_TOPICS
    missing = [(topic, phrase) for topic, _lang, phrase in CRISIS_PHRASES
               if browser_phrase(phrase) not in data["topics"][topic]]
    assert missing == []
    for phrases in data["topics"].values():
        for phrase in phrases:  # folded words one space apart, as signpost.js folds the notes
            assert BROWSER_PHRASE.fullmatch(phrase), phrase
    assert "nie chce zyc" in data["topics"]["suicidal-thoughts"]
    assert "sa mi iau viata" in data["topics"]["suicidal-thoughts"]
    assert "خود کو نقصان" in data["topics"]["self-harm"]


MISTYPED = {
    "suicidle": "suicidal-thoughts", "sucide": "suicidal-thoughts",
    "suiside": "suicidal-thoughts", "self harn": "self-harm", "kil myself": "suicidal-thoughts",
    "kill myslef": "suicidal-thoughts", "selff harm": "self-harm",
    "took to many pills": "suicidal-thoughts", "overdosd": "suicidal-thoughts",
    "samobujstwo": "suicidal-thoughts", "sinucidre": "suicidal-thoughts",
    "khudkusi": "suicidal-thoughts", "smaookaleczenie": "self-harm",
}


def test_mistyped_crisis_words_bring_crisis_help(demo_app):
    assert [q for q, topic in MISTYPED.items() if topic not in detect_crisis(q)] == []
    found = searched(demo_app, list(MISTYPED))
    assert [q for q, topic in MISTYPED.items() if topic not in found[q]] == []


def test_a_typo_only_the_search_corrects_brings_crisis_help(demo_app):
    assert detect_crisis("wnat to die") == []  # no word typed right to hold on to
    assert detect_crisis("wnat to die", corrected="want to die") == ["suicidal-thoughts"]
    # A correction that changes one word into another is no typo: "grape" is not "rape".
    assert detect_crisis("grape", corrected="rape") == []
    assert detect_crisis("rapid response", corrected="raped response") == []


ORDINARY = [
    "skills", "killer whale facts", "harmony choir", "self esteem", "self help books",
    "selfie workshop", "cutlery", "suite", "want to diet", "rapid response", "grape",
    "tape measure", "santa", "beggar", "overdone", "explored", "homeliness",
    "can i go on my own", "i will myself to get up", "warm myself up",
    "i dont want to be her friend", "dont want to leave school", "violet", "violin lessons",
    "rap music", "feeling hopeless", "cant sleep before exams", "putting myself out there",
    "nie mogę spać", "nie chce mi się uczyć", "boję się egzaminów", "szanty", "lek na sen",
    "nu mai pot dormi", "mă omor de râs", "nu pot să mă concentrez",
    "نیند نہیں آتی", "امتحان کی ٹینشن", "مجھے تنگ کرتے ہیں", "mujhe neend nahi aati",
]


def test_ordinary_words_never_bring_crisis_help(demo_app):
    assert {q: detect_crisis(q) for q in ORDINARY if detect_crisis(q)} == {}
    assert {q: found for q, found in searched(demo_app, ORDINARY).items() if found} == {}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_no_other_phrase_brings_crisis_help_even_through_slips(lang):
    flagged = {phrase: detect_crisis(phrase) for _topic, row_lang, phrase in OTHER_PHRASES
               if row_lang == lang and phrase not in CRISIS_INSIDE and detect_crisis(phrase)}
    assert flagged == {}
