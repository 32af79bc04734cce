"""The directory's common language: the THRIVE groupings (``thrive``), topics and support types
(``taxonomy``), the fixed choices of a listing (``fixed``: delivery modes, referral routes,
audiences, costs, availability) and the crisis contacts' words marked for translation
(``crisis_words``)."""
