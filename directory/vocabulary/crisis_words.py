"""The words of the seed crisis contacts (seed/crisis_contacts.json), marked for translation.

Pages pass a contact's name, who, hours and notes through ``crisis_words``
(views/public_helpers.py): text found here is shown translated; text a site has edited shows
in English, marked lang="en", until it is added here and translated
(tests/test_public_crisis_words.py spots the difference).
"""

from flask_babel import lazy_gettext as _l

SEED_WORDS = (
    _l("Emergency"),
    _l("Anyone whose life is in danger right now"),
    _l("24 hours a day, every day"),
    _l("If you have seriously hurt yourself, taken an overdose, or can't keep yourself safe, call "
       "999 or go to A&E."),
    _l("NHS 111 – mental health option"),
    _l("Anyone of any age in England who needs urgent help with their mental health"),
    _l("Free. You'll talk to someone from your local NHS mental health team. Older pages may say "
       "'option 2'."),
    _l("Anyone under 19 who wants to talk about anything"),
    _l("Free and confidential. The call won't show up on your phone bill. Run by the NSPCC."),
    _l("Anyone who is struggling, of any age"),
    _l("Free. You don't have to be suicidal to call. You can also email jo@samaritans.org."),
    _l("Anyone who finds it easier to text than to talk"),
    _l("Free, confidential and anonymous text support."),
    _l("Young people under 35 having thoughts of suicide, and anyone worried about a young person"),
    _l("24 hours a day, every day (check the website: hours have changed over time)"),
    _l("Confidential. You can also email pat@papyrus-uk.org."),
    _l("Adults who are worried about a child's safety"),
    _l("If you're a young person, call Childline on 0800 1111 instead. You can also email "
       "help@nspcc.org.uk. Check the website for opening times."),
)
