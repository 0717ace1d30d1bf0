"""English: how a message greets a person, and topics as candidates type them, addressed to the
person they are about.

Greetings: a warm or brief message uses the given name ("Hi Priya,"); a formal one a title and
the surname ("Dear Dr. Raman,", "Dear Ms. Ruiz," for a "Sra." typed in Spanish), or the full name
when no title says how ("Dear Priya Raman,"). One title only: "Prof. Dr. Müller" is "Prof. Müller".

People type what they saw on a profile the way they would say it: "her talk at Config 2025", "a
post about remote onboarding", "scaling Postgres", "#OpenToWork". The first two are things the
interviewer made; the others are subjects. Our sentences need to know which: "I enjoyed your talk
at Config 2025." reads well, "I enjoyed scaling Postgres." does not. A thing written about the
interviewer in the third person ("her talk") is addressed to them ("your talk").
"""

from .common import joined_with, rank

COURTESY_TITLES = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "mx": "",
    "sir": "male",
    "dame": "female",
}
ACADEMIC_TITLES = {"dr": "", "prof": "", "professor": "", "rev": ""}
COMPOUND_GIVEN_NAMES = (
    ("mary", "ann"),
    ("mary", "anne"),
    ("mary", "jane"),
    ("mary", "beth"),
    ("mary", "kate"),
    ("anne", "marie"),
    ("sarah", "jane"),
    ("jo", "ann"),
)
# The courtesy title when another language's title gave the gender ("Frau", "Sra.", "Mme").
ADDRESS = {"female": "Ms.", "male": "Mr."}
# How English writes the academic titles of any language in a greeting.
DEGREES = {"professor": "Prof.", "doctor": "Dr."}


def _title(name):
    """The one title an English greeting uses: an English one as typed ("Dr" is as right in
    British English as "Dr." in American), else the English for the highest degree, else the
    English courtesy title for the gender a title gave."""
    for title in name["academic"]:
        if title.replace(".", "").lower() in ACADEMIC_TITLES:
            return title
    if rank(name["academic"]):
        return DEGREES[rank(name["academic"])]
    if name["courtesy"] and name["courtesy"].replace(".", "").lower() in COURTESY_TITLES:
        return name["courtesy"]
    return ADDRESS.get(name["gender"], "")


def greeting_name(name, tone):
    """The given name in a warm or brief message; in a formal one, a title and the surname, or
    the full name when nothing gives a title. A surname typed alone takes its title, if any."""
    if tone != "formal" and name["given"]:
        return name["given"]
    title = _title(name)
    if title and (name["family"] or name["given"]):
        return title + " " + (name["family"] or name["given"])
    return name["full"]


# Little words that mark a topic as English (topics.written_in_another_language).
FUNCTION_WORDS = (
    "the",
    "their",
    "his",
    "her",
    "on",
    "about",
    "of",
    "and",
    "with",
    "for",
    "she",
    "he",
    "they",
    "wrote",
    "talk",
    "post",
)
QUOTES = ("\u201c", "\u201d")
DECIMAL_MARK = "."

# Words that say whose a thing is: in a message to them, it is theirs.
OWNERS = ("her", "his", "their", "your")
# Words before a thing of theirs that the message replaces with "your".
DETERMINERS = ("a", "an", "one", "the", "this", "that", "some")
# Things a person makes or shares: a topic that starts with one (after a determiner and at most
# two describing words) is a thing of theirs.
WORKS = (
    "post", "posts", "talk", "talks", "article", "articles", "podcast", "podcasts", "video", "videos",
    "interview", "paper", "papers", "thread", "newsletter", "webinar", "keynote", "panel", "presentation",
    "book", "blog", "course", "project", "projects", "launch", "comment", "comments", "essay", "episode",
    "study", "report", "piece", "story", "demo", "session", "workshop", "announcement", "update", "slides",
    "deck", "research", "work", "repo", "repository", "library", "tool", "app", "case",
)  # fmt: skip
# "the book she wrote": in a message to her, "the book you wrote" (see _addressed).
SUBJECTS = ("she", "he", "they")
PAST_VERBS = (
    "wrote", "gave", "made", "did", "ran", "led", "built", "shared", "posted", "spoke", "taught", "won",
    "hosted", "published", "presented", "launched", "started", "founded", "recorded", "organized",
    "organised", "mentioned", "started", "co-wrote", "co-founded", "moderated", "created", "released",
)  # fmt: skip


# What "you" says where "she" or "he" says these.
IRREGULAR_PRESENT = {"has": "have", "does": "do", "is": "are", "was": "were", "goes": "go"}


def _for_you(verb):
    """A verb after "she" as it reads after "you": "leads": "lead", "teaches": "teach"."""
    lower = _lower(verb)
    if lower in PAST_VERBS or lower.endswith("ed"):
        return verb
    if lower in IRREGULAR_PRESENT:
        return IRREGULAR_PRESENT[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    for ending in ("ches", "shes", "sses", "xes", "zes"):
        if lower.endswith(ending):
            return verb[:-2]
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return verb[:-1]
    return verb


def _addressed(words):
    """Their deeds told to them: "she wrote" becomes "you wrote", "the team she leads" "the team you lead"."""
    out = list(words)
    for index in range(len(words) - 1):
        if _lower(words[index]) in SUBJECTS and _lower(words[index]) != "they":
            out[index] = "you"
            out[index + 1] = _for_you(words[index + 1])
        elif _lower(words[index]) == "they" and _lower(words[index + 1]) in PAST_VERBS:
            out[index] = "you"  # "they" may mean others; only a clear deed of theirs is theirs
    return out


def profile_phrase(words, tone):
    """{"kind", "text"} for the words of a topic seen on their profile (at least one word), in
    any tone: English has one "you".

    kind "work": a thing of theirs, addressed to them ("your talk at Config 2025", "the book
    you wrote"); kind "subject": what they write about, as typed ("scaling Postgres").
    """
    first = _lower(words[0])
    addressed = _addressed(words)
    if first in OWNERS:
        return {"kind": "work", "text": " ".join(["your"] + addressed[1:])}
    if first in WORKS:
        return {"kind": "work", "text": " ".join(["your"] + addressed)}
    if first in DETERMINERS and [word for word in words[1:4] if _lower(word) in WORKS]:
        if addressed != words:  # "a comment she made": "a comment you made", not "your comment you made"
            return {"kind": "work", "text": " ".join(["the"] + addressed[1:])}
        return {"kind": "work", "text": " ".join(["your"] + words[1:])}
    return {"kind": "subject", "text": " ".join(addressed)}


def conversation_phrase(words, tone):
    """What the interview was about, to follow "our conversation about": as typed, but a thing
    of theirs addressed to them ("her team's roadmap": "your team's roadmap"), and a leading
    "The" in the middle of a sentence as "the"."""
    first = _lower(words[0])
    words = _addressed(words)
    if first in ("her", "his", "their"):
        words = ["your"] + words[1:]
    elif first in DETERMINERS:
        words = [first] + words[1:]
    elif first in WORKS:
        words = ["your"] + words
    return " ".join(words)


def _lower(word):
    return word.lower()  # ASCII only on MicroPython, which is all the lists above hold


# The gender marks job ads in this language put after a title ("Data Analyst (m/w/d)"): a message
# names the job without them (note.job_title), in every language, as titles are pasted from ads.
JOB_AD_MARKS = ("m/f", "f/m", "m/f/d", "f/m/d", "m/f/x", "f/m/x", "x/f/m", "all genders", "any gender")  # noqa: E501


def joined(names):
    """People in a list: "Dana, Ana and Sam"."""
    return joined_with(names, "and")
