"""Topics as candidates type them, in every tone's sentences: each reads as a grammatical sentence."""

import datetime
import json
import re

import pytest

import engine
from shouldconnect import form, note, rules, topics

# The hint's own examples first, then topics phrased the ways people type them.
HINT_EXAMPLES = ("her talk at Config 2025", "a post about remote onboarding", "scaling Postgres")
REALISTIC = HINT_EXAMPLES + (
    "#OpenToWork",
    "The Q3 product launch.",
    "talk on design systems",
    "their recent article on pay transparency",
    "AI in hiring",
    "a podcast episode on burnout",
    "his keynote at PyCon US",
    "your post on hiring juniors",
    "remote-first culture",
    "Kubernetes cost savings",
    "the book she wrote on negotiation",
    "DEI in tech",
    "data mesh",
    "product-led growth",
    "her thread about leaving Big Tech",
    "a webinar on SOC 2",
    "LLM evaluation",
    "their open-source work on Apache Arrow",
    "sustainable packaging",
    "a comment she made on my post",
    "mentoring new managers",
    "the company's Series B",
    "climate fintech",
    "accessibility audits",
    "an article about four-day weeks",
    "her project at NASA",
    "career changes into UX",
    "Rust in production",
    "the team she leads",
    "the course he teaches",
    "supply chain resilience ",
)
DISCUSSED = ("their team's roadmap", "the migration to AWS", "scaling Postgres", "how she runs design critiques")
TONES = form.CHOICES["tone"]
# What a sentence of ours must never read like once a topic is in it.
BROKEN = re.compile(
    r"\b(your your|your (her|his|their)|on a post|about a post|your (a|an|the)|(she|he) (wrote|gave|made))\b"
    r"|\.\.|\s[.,]|\bI enjoyed (?!your|the|a|an)|\bI liked (?!your|the|a|an)|\bI found (?!your|the|a|an)",
    re.IGNORECASE,
)


def messages(**answers):
    situation = dict(
        form.DEFAULTS, interviewer="Jo Li", company="Acme", role="Analyst", culture="open", presence="open",
        premium=True, **answers,
    )  # fmt: skip
    days = answers.pop("days", 7)
    situation["date"] = (datetime.date(2026, 3, 3) + datetime.timedelta(days=days)).isoformat()
    request = note.writer_request(
        situation, days, "2026-03-03", rules.decide(form.normalize(situation), days)["verdict"]
    )
    return json.loads(engine.render_messages(json.dumps(request)))["messages"]


def topic_sentence(text, words):
    """The sentence of a message that holds the topic's last word."""
    sentences = re.split(r"(?<=[.!?])\s+", text.replace("\n", " "))
    return next(sentence for sentence in sentences if words[-1] in sentence)


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("topic", REALISTIC)
def test_a_profile_topic_reads_as_a_sentence_in_the_note_before(topic, tone):
    text = messages(topic=topic, tone=tone)["note-before"]
    words = topics.profile_phrase(topic)["text"].split()
    sentence = topic_sentence(text, words)
    assert not BROKEN.search(sentence), sentence
    assert sentence[0].isupper() and sentence.endswith("."), sentence


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("topic", DISCUSSED)
def test_what_the_interview_was_about_reads_as_a_sentence_in_the_thank_yous(topic, tone):
    found = messages(discussed=topic, tone=tone, days=-1)
    words = topics.conversation_phrase(topic).split()
    for kind in ("note-after", "email"):
        if tone == "brief":  # the brief thank-yous keep to the thanks
            assert " ".join(words) not in found[kind], found[kind]
            continue
        sentence = topic_sentence(found[kind], words)
        assert not BROKEN.search(sentence), sentence
        assert " her " not in " " + sentence + " " and " she " not in " " + sentence + " ", sentence


@pytest.mark.parametrize(
    "typed, kind, text",
    [
        ("her talk at Config 2025", "work", "your talk at Config 2025"),
        ("a post about remote onboarding", "work", "your post about remote onboarding"),
        ("scaling Postgres", "subject", "scaling Postgres"),
        ("the book she wrote on negotiation", "work", "the book you wrote on negotiation"),
        ("the team she leads", "subject", "the team you lead"),
        ("The Q3 product launch.", "work", "your Q3 product launch"),
        ("\u202escaling\u200b Postgres", "subject", "scaling Postgres"),
        ("", "subject", ""),
    ],
)
def test_profile_phrases(typed, kind, text):
    assert topics.profile_phrase(typed) == {"kind": kind, "text": text}


def test_a_conversation_topic_is_addressed_to_them():
    assert topics.conversation_phrase("Her team's roadmap") == "your team's roadmap"
    assert topics.conversation_phrase("The migration to AWS") == "the migration to AWS"
