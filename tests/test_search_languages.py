"""Search in the family's language: Polish, Romanian and Urdu plain words (with or without their
accents, Urdu in its own letters or in Latin ones) find the topic's services, on any page."""

import pytest

from directory import db
from directory.search import SearchParams, run_search

QUERIES = [
    ("smutek", "low-mood"), ("mam depresję", "low-mood"), ("mam depresje", "low-mood"),
    ("lęk", "anxiety"), ("nie mogę spać", "sleep"), ("nie moge spac", "sleep"),
    ("moja córka nie może spać", "sleep"), ("czuję się samotna", "loneliness"),
    ("czuje sie samotna", "loneliness"),
    ("anxietate", "anxiety"), ("nu pot dormi", "sleep"), ("mă simt singură", "loneliness"),
    ("ma simt singura", "loneliness"), ("tristețe", "low-mood"), ("tristeţe", "low-mood"),
    ("tristete", "low-mood"), ("se iau de mine", "bullying"),
    ("ڈپریشن", "low-mood"), ("پریشانی", "anxiety"), ("پريشانی", "anxiety"),
    ("مجھے نیند نہیں آتی", "sleep"), ("امتحان کا دباؤ", "exam-stress"),
    ("neend nahi aati", "sleep"), ("mujhe bohat pareshani hai", "anxiety"),
]
TOP = 5  # the first services shown must all have the topic


def search(app, q: str):
    with app.app_context():
        session = db.new_session(app)
        try:
            results = run_search(session, SearchParams(q=q))
            return results, [{t.code for t in hit.service.terms} for hit in results.local[:TOP]]
        finally:
            session.close()


@pytest.mark.parametrize(("q", "topic"), QUERIES)
def test_plain_words_in_the_familys_language_find_the_topics_services(demo_app, q, topic):
    results, shown = search(demo_app, q)
    assert topic in results.topics
    assert len(shown) == TOP and all(topic in codes for codes in shown), shown
    assert not results.crisis


def answer(client, q: str, lang: str) -> tuple:
    """Return what the search API answers for words on a page in this language."""
    data = client.get("/api/v1/search", query_string={"q": q, "lang": lang}).get_json()
    return data["crisis"], data["total"], [item["id"] for item in data["results"]]


@pytest.mark.parametrize("q", ["nie moge spac", "ڈپریشن", "vreau să mor"])
def test_the_words_mean_the_same_whatever_the_page_language(demo_client, q):
    english = answer(demo_client, q, "en")
    assert english[1] > 0
    assert all(answer(demo_client, q, lang) == english for lang in ("pl", "ro", "ur"))
    page = demo_client.get("/search", query_string={"q": q, "lang": "ur"})
    assert page.status_code == 200 and '<html lang="ur" dir="rtl">' in page.get_data(as_text=True)
