"""Text analysis: folding, stemming, BM25F weights, the plain-words vocabulary, crisis words."""

from directory.search import detect_crisis
from directory.search.engine.analysis import index_terms, load_vocabulary, stem, words
from directory.search.engine.slips import allowance, slips
from directory.search.engine.textquery import distance, edits1


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


def test_polish_and_romanian_fold_to_plain_letters_either_romanian_s_and_t():
    assert words("Nie chcę żyć. ŁÓDŹ, źrebię, gęś") == ["nie", "chce", "zyc", "lodz", "zrebie",
                                                      "ges"]
    assert words("Mă simt tristă; ţară, țară, şcoală, școală, înot") == [
        "ma", "simt", "trista", "tara", "tara", "scoala", "scoala", "inot"]


def test_urdu_words_are_words_in_one_form_whatever_the_keyboard():
    assert words("مجھے نیند نہیں آتی۔ کیا، کریں؟") == ["مجھے", "نیند", "نہیں", "اتی", "کیا", "کریں"]
    arabic_keyboard = "\u067e\u0631\u064a\u0634\u0627\u0646\u064a \u0643\u0648\u0626\u06cc"
    assert words(arabic_keyboard) == words("پریشانی کوئی")
    assert words("خود\u200cکشی") == ["خودکشی"]  # a zero-width non-joiner joins, never splits
    assert words("\ufe8e\ufee7\ufeae") == words("انر")  # presentation forms are the letters
    assert words("ۓ ۂ آ ؤ") == ["ے", "ہ", "ا", "و"]  # marks (hamza, madda) go
    assert words("کلاس ۱۰ میں ٩") == ["کلاس", "10", "میں", "9"]
    assert stem("نیند") == "نیند"  # Porter stems English only
    assert index_terms([("نیند کی کمی", 3.0)]) == {"نیند": (1, 3.0), "کی": (1, 3.0),
                                                    "کمی": (1, 3.0)}


def test_slips_are_typing_slips_not_other_words():
    assert slips("kil", "kill", 1) == 1  # a doubled letter typed once
    assert slips("harn", "harm", 1) == 1  # the key next to it
    assert slips("suicdie", "suicide", 1) == 1  # two letters swapped
    assert slips("suicde", "suicide", 1) == 1  # a letter left out of a long word
    for typed, meant in [("her", "here"), ("will", "kill"), ("put", "cut"), ("tape", "rape"),
                         ("overdone", "overdose"), ("warm", "harm"), ("kilm", "kill")]:
        assert slips(typed, meant, 1) is None, typed
    assert slips("kill", "kill", 0) == 0 and slips("kil", "kill", 0) is None
    assert allowance("suicide", alone=True) == 1 and allowance("abused", alone=True) == 0
    assert allowance("harm", alone=False) == 1 and allowance("cut", alone=False) == 0


def test_crisis_phrases_are_found_through_typing_slips(tmp_path):
    path = tmp_path / "vocabulary.csv"
    path.write_text("topic,crisis,lang,phrases\n"
                    "self-harm,yes,en,self harm;cut myself\n"
                    "suicidal-thoughts,yes,en,suicide;kill myself;can't go on\n"
                    "family,no,en,family\n", encoding="utf-8")
    vocabulary = load_vocabulary(path)
    found = {text: vocabulary.crisis_in(words(text)) for text in (
        "suicde", "self harn", "kil myself", "kill myslef", "selff harm", "cant go on")}
    assert found == {"suicde": {"suicidal-thoughts"}, "self harn": {"self-harm"},
                     "kil myself": {"suicidal-thoughts"}, "kill myslef": {"suicidal-thoughts"},
                     "selff harm": {"self-harm"}, "cant go on": {"suicidal-thoughts"}}
    for text in ("can go on my own", "put myself forward", "will myself", "self help",
                 "family harm", "suite", "kill"):
        assert vocabulary.crisis_in(words(text)) == set(), text


def test_crisis_words_count_in_the_corrected_text_where_a_correction_undoes_a_slip():
    assert detect_crisis("wnat to die", corrected="want to die") == ["suicidal-thoughts"]
    assert detect_crisis("selfharn", corrected="selfharm") == ["self-harm"]
    assert detect_crisis("putting myself", corrected="cutting myself") == []
    assert detect_crisis("sleep tips", corrected="sleep") == []  # not word for word: ignored
    assert detect_crisis(None) == [] and detect_crisis("sleep", corrected=None) == []
