"""Words for public pages that are data rather than layout: feelings and grouping guides."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l


@dataclass(frozen=True)
class Feeling:
    label: object  # a lazy string, shown in the visitor's language
    query: str  # the English plain words the search understands (its synonyms map them)


# "How are you feeling?": a young person's own words, each a search.
FEELINGS = (
    Feeling(_l("Feeling down"), "feeling down"),
    Feeling(_l("Worried or stressed"), "worried"),
    Feeling(_l("Can't sleep"), "can't sleep"),
    Feeling(_l("Exams and school"), "exam stress"),
    Feeling(_l("Being bullied"), "bullied"),
    Feeling(_l("Lonely"), "lonely"),
    Feeling(_l("Angry"), "angry"),
    Feeling(_l("Family arguments"), "family arguments"),
    Feeling(_l("Someone died"), "someone died"),
    Feeling(_l("Eating or body image"), "body image"),
    Feeling(_l("Who I am (LGBTQ+)"), "LGBTQ+"),
    Feeling(_l("Drink or drugs"), "drugs"),
    Feeling(_l("Something bad happened"), "something bad happened"),
    Feeling(_l("Looking after someone"), "young carer"),
    Feeling(_l("Hurting myself"), "self-harm"),
    Feeling(_l("I don't feel safe"), "unsafe at home"),
)


@dataclass(frozen=True)
class GroupingGuide:
    like: object  # what this kind of help is like
    start: object  # how people usually start


GUIDES = {
    "thriving": GroupingGuide(
        _l("You don't need a problem to use these. They are everyday things that help you feel "
           "good, meet people and cope with ups and downs: a club, a sport, making music or art, "
           "time outdoors, or an app."),
        _l("Most of these you can just turn up to or sign up for yourself. Many are free."),
    ),
    "getting-advice": GroupingGuide(
        _l("Someone to talk to, good advice or self-help you can use straight away. It might be "
           "one conversation, a chat online, a drop-in or a guide that helps you make sense of "
           "how you feel."),
        _l("You can usually get in touch yourself, often the same day. Many are confidential."),
    ),
    "getting-help": GroupingGuide(
        _l("Regular sessions for a while, often 6 to 12, with goals you agree together. It might "
           "be counselling, a group with others who feel the same, or sessions with your family."),
        _l("Some take self-referrals; others need a referral from school, a GP or another "
           "professional. There may be a wait."),
    ),
    "getting-more-help": GroupingGuide(
        _l("More intensive or specialist help, usually from a team of people with different "
           "skills, over a longer time. It is for when things have been hard for a while or "
           "other help has not been enough."),
        _l("Usually a GP, school or another professional makes a referral. You can ask any of "
           "them to help you with this."),
    ),
    "getting-risk-support": GroupingGuide(
        _l("Help to keep you safe when you are at risk, even when other help isn't working yet. "
           "It focuses on safety first, and can include your family and the people around you."),
        _l("If you are in danger now, use the crisis numbers at the top of every page. Otherwise "
           "these services are usually reached through a professional."),
    ),
}
