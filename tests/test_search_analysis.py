"""Text analysis: folding, stemming, BM25F weights, the plain-words vocabulary, crisis words."""

from directory.search import detect_crisis
from directory.search.analysis import index_terms, load_vocabulary, stem, words
from directory.search.textquery import distance, edits1


def test_folding_removes_case_accents_and_apostrophes():
    assert words("Can’t SLEEP at the Café — naïve!") == ["cant", "sleep", "at", "the", "cafe",
                                                         "naive"]
    assert stem("counselling") == stem("counsel") and stem("worrying") == stem("worry")


def test_index_terms_sum_boosts_across_fields_for_bm25f():
    terms = index_terms([("Sleep clinic", 8.0), ("Sleep", 3.0), ("Help with sleeping", 2.0),
                         ("The clinic is open", 1.0)])
    assert terms[stem("sleep")] == (3, 13.0)
    assert terms[stem("clinic")] == (2, 9.0)
    assert "the" not in terms and "is" not in terms  # stop words are not indexed


def test_the_vocabulary_maps_plain_words_to_topics(tmp_path):
    path = tmp_path / "vocabulary.csv"
    path.write_text("topic,crisis,phrases\nsleep,no,can't sleep;nightmares\n"
                    "self-harm,yes,hurting myself;cutting\n", encoding="utf-8")
    vocabulary = load_vocabulary(path)
    found = vocabulary.find([stem(w) for w in words("I CANT sleep and keep having nightmares")])
    assert [(start, end, phrase.topic) for start, end, phrase in found] == [
        (1, 3, "sleep"), (6, 7, "sleep")]
    assert vocabulary.crisis_topics == {"self-harm"}
    found = vocabulary.find([stem(w) for w in words("self harm")])  # the code is a phrase too
    assert [phrase.topic for *_, phrase in found] == ["self-harm"]


def test_crisis_words_are_found_whatever_the_apostrophes_and_case():
    assert detect_crisis("self harm") == ["self-harm"]
    assert detect_crisis("I don’t want to be here anymore") == ["suicidal-thoughts"]
    assert detect_crisis("DONT WANT TO BE HERE") == ["suicidal-thoughts"]
    assert detect_crisis("someone is hurting me at home") == ["safeguarding"]
    assert detect_crisis("cutting myself and thinking about suicide") == [
        "self-harm", "suicidal-thoughts"]
    assert detect_crisis("can't sleep before exams") == []
    assert detect_crisis("") == []


def test_edit_helpers():
    assert "counselling" in edits1("councelling") and "anxiety" in edits1("anxeity")
    assert distance("bereavment", "bereavement") == 1 and distance("kitten", "sitting") == 3
