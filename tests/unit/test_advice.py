"""Issue 3's advice: the rule table, the optional inputs, confidence in words and
"what would change this", checked over every combination of the inputs that matter.

The single cases live in tests/rule_cases.py (shared with MicroPython); this file
holds the properties that need CPython's itertools and a full sweep.
"""

import functools
import itertools

import pytest

import rule_cases
from shouldconnect import content, form, presets, rules, verdict_words

EFFECTS = ("after", "connect", "wait", "lift", "support", "caveat")
SOURCES = ("seed", "career advice", "LinkedIn help", "the employer")
# The employer's stance's rows, which only a situation with a kept stance reaches (the sweep below).
STANCE_REASONS = {"stance-before", "stance-after", "stance-decision"}
# Past, today, the last day that is too soon, the first that is far enough, far away, none.
DAY_SPREAD = (None, -1, 0, 2, 3, 30)
SEED_DAYS = (None, -30, -1, 0, 1, 2, 3, 4, 60)
# Reasons to wait that are only soft signals (the rest settle it on their own).
SOFT_WAIT = {"culture-unsure", "industry-formal", "final-round", "no-date"}
CAVEATS = {"presence-unknown", "industry-caution"}


# The table's columns, read back as the checks below need them.
FIELD_OF = dict((rule["reason"], rule["field"]) for rule in rules.RULES)
EFFECT_OF = dict((rule["reason"], rule["effect"]) for rule in rules.RULES)
LIFTED_BY_RECRUITER = tuple(rule["reason"] for rule in rules.RULES if "role-recruiter" in rule.get("lifted_by", ()))
# Restated here, independently of the table.
ROLE_REASONS = {"hiring_manager": "role-hiring-manager", "teammate": "role-teammate", "leader": "role-leader"}


def decide(situation_, days):
    """The decision as the page shows it: ids, fields and words."""
    return verdict_words.described(rules.decide(situation_, days), days)


def situation(**changes):
    return dict(form.DEFAULTS, **changes)


def ids(reasons):
    return tuple(reason["id"] for reason in reasons)


# One value for each way the rules treat a choice (the others behave the same), for
# the checks that compare two decisions and would be slow over every combination.
REPRESENTATIVE = {
    "interviewer_role": ("unknown", "recruiter", "leader"),
    "industry": ("unknown", "startup", "regulated"),
    "stage": ("unknown", "final", "offer"),
}


@functools.lru_cache(maxsize=None)
def every_situation(with_mutual=True, representative=False):
    """Every combination of the inputs the rules read, with a spread of dates.

    Mutual connections never change the verdict, so sweeps of "what would change
    this" may leave them at their default (with_mutual=False) to stay quick;
    representative=True narrows role, industry and stage to REPRESENTATIVE.
    """
    choices = dict(form.CHOICES, **REPRESENTATIVE) if representative else form.CHOICES
    mutuals = choices["mutual"] if with_mutual else (form.DEFAULTS["mutual"],)
    combos = []
    for culture, presence, role, industry, stage, mutual, invited, follow_first, note, days in itertools.product(
        choices["culture"],
        choices["presence"],
        choices["interviewer_role"],
        choices["industry"],
        choices["stage"],
        mutuals,
        (False, True),
        (False, True),
        (True, False),
        DAY_SPREAD,
    ):
        combos.append(
            (
                situation(
                    culture=culture,
                    presence=presence,
                    interviewer_role=role,
                    industry=industry,
                    stage=stage,
                    mutual=mutual,
                    invited=invited,
                    follow_first=follow_first,
                    note=note,
                ),
                days,
            )
        )
    return tuple(combos)


def apply(situation_, days, changes):
    """The situation and days after a flip's changes, worked out here, not by rules.py."""
    changed = dict(situation_)
    for field, value in changes:
        if field == "days":
            days = value
        else:
            changed[field] = value
    return changed, days


# --- The rule table ---------------------------------------------------------------


@pytest.mark.parametrize("rule", rules.RULES, ids=[rule["reason"] for rule in rules.RULES])
def test_every_rule_row_is_well_formed(rule):
    assert {"reason", "field", "when", "effect", "source", "holds"} <= set(rule)
    assert set(rule) <= {"reason", "field", "when", "effect", "source", "holds", "strong", "firm", "lifted_by"}
    assert not rule.get("strong") or rule["effect"] == "wait"
    assert not rule.get("firm") or rule.get("strong")
    # Lifted by a rule that clears reasons to wait, or (an "after" reason) by a firm one.
    lifters = {row["reason"] for row in rules.RULES if row["effect"] == "lift" or row.get("firm")}
    assert set(rule.get("lifted_by", ())) <= lifters
    assert rule["reason"] in content.REASONS
    assert rule["field"] in form.DEFAULTS
    assert rule["effect"] in EFFECTS
    assert rule["source"] in SOURCES
    assert rule["when"].strip() == rule["when"] and rule["when"]


def test_one_rule_row_per_reason_and_a_row_for_every_reason():
    reasons = [rule["reason"] for rule in rules.RULES]
    assert len(reasons) == len(set(reasons))
    assert set(reasons) == set(content.REASONS)


def test_every_reason_decide_gives_is_a_rule_row_with_its_field_and_effect():
    seen = set()
    for situation_, days in every_situation():
        result = decide(situation_, days)
        for reason in result["reasons"]:
            seen.add(reason["id"])
            assert reason["field"] == FIELD_OF[reason["id"]]
            effect = EFFECT_OF[reason["id"]]
            if result["verdict"] == "after":
                assert effect == "after"
            elif result["verdict"] == "wait":
                assert effect == "wait"
            else:
                assert effect in ("connect", "support", "lift", "caveat")
    # Every row of the table but the employer's can happen without one (the next test: with one).
    assert seen == {rule["reason"] for rule in rules.RULES} - STANCE_REASONS


def test_an_employers_kept_stance_takes_the_cultures_place():
    seen = set()
    for stance, culture in presets.STANCE_CULTURE.items():
        for situation_, days in every_situation(with_mutual=False, representative=True):
            if situation_["culture"] != culture:
                continue
            result = rules.decide(dict(situation_, stance=stance), days)
            seen.update(result["reasons"])
            assert not [reason for reason in result["reasons"] if reason.startswith("culture-")]
            overridden = situation_["invited"] or situation_["stage"] == "offer"
            if stance == "decision":  # wait until the decision, after the interview too
                if overridden:  # an invitation, or the offer stage, which is the decision
                    assert result["verdict"] in ("connect", "after")
                else:
                    assert result["verdict"] == "wait" and result["reasons"][0] == "stance-decision"
                    assert "interview-over" not in result["reasons"]
            elif stance == "after" and (days is None or days >= 0) and not overridden:
                assert result["verdict"] == "wait" and "stance-after" in result["reasons"]
    assert STANCE_REASONS <= seen


def test_reasons_to_wait_keep_the_tables_order_strongest_first():
    order = [rule["reason"] for rule in rules.RULES]
    for situation_, days in every_situation():
        result = decide(situation_, days)
        if result["verdict"] == "wait":
            positions = [order.index(i) for i in ids(result["reasons"])]
            assert positions == sorted(positions)


# --- The optional inputs ----------------------------------------------------------


def test_with_the_new_inputs_at_their_defaults_the_seed_advice_is_unchanged():
    """The seed's verdicts and reasons, restated as the seed's code gave them."""
    for culture, presence, note, days in itertools.product(
        form.CHOICES["culture"],
        form.CHOICES["presence"],
        (True, False),
        SEED_DAYS,
    ):
        result = decide(situation(culture=culture, presence=presence, note=note), days)
        if days is not None and days < 0:
            expected = ("after", rule_cases.AFTER_REASONS)
        else:
            waits = tuple(
                reason
                for reason, holds in (
                    ("presence-private", presence == "private"),
                    ("culture-formal", culture == "formal"),
                    ("culture-unsure", culture == "unsure"),
                    ("no-note", not note),
                    ("too-soon", days is not None and days < 3),
                    ("no-date", days is None),
                )
                if holds
            )
            presence_reason = "presence-open" if presence == "open" else "presence-unknown"
            expected = (
                ("wait", waits)
                if waits
                else ("connect", ("culture-open", "note-included", presence_reason, "enough-time"))
            )
        assert (result["verdict"], ids(result["reasons"])) == expected, (culture, presence, note, days)


def test_a_past_date_always_means_after():
    for situation_, days in every_situation(with_mutual=False, representative=True):
        if days is not None and days < 0:
            result = decide(situation_, days)
            assert (result["verdict"], ids(result["reasons"])) == ("after", rule_cases.AFTER_REASONS)


@pytest.mark.parametrize(
    "field, value, reason",
    [
        ("invited", True, "invited"),
        ("stage", "offer", "offer-stage"),
    ],
)
def test_an_invitation_or_the_offer_stage_overrides_every_reason_to_wait(field, value, reason):
    for situation_, days in every_situation(with_mutual=False, representative=True):
        if days is not None and days < 0:
            continue
        result = decide(dict(situation_, **{field: value}), days)
        assert result["verdict"] == "connect"
        assert reason in ids(result["reasons"])
        assert {EFFECT_OF[i] for i in ids(result["reasons"])} == {"connect"}


def test_a_recruiter_lifts_culture_industry_final_round_and_timing_but_nothing_else():
    assert set(LIFTED_BY_RECRUITER) == {
        "culture-formal",
        "culture-unsure",
        "industry-formal",
        "final-round",
        "too-soon",
        "no-date",
    }
    for situation_, days in every_situation(with_mutual=False, representative=True):
        if situation_["interviewer_role"] != "unknown" or (days is not None and days < 0):
            continue
        without = decide(situation_, days)
        with_recruiter = decide(dict(situation_, interviewer_role="recruiter"), days)
        if without["verdict"] == "connect":
            assert with_recruiter["verdict"] == "connect"
            continue
        kept = tuple(i for i in ids(without["reasons"]) if i not in LIFTED_BY_RECRUITER)
        if kept:
            # A private profile, no note or a Follow button still mean wait.
            assert set(kept) <= {"presence-private", "no-note", "follow-first"}
            assert (with_recruiter["verdict"], ids(with_recruiter["reasons"])) == ("wait", kept)
        else:
            assert with_recruiter["verdict"] == "connect"
            assert ids(with_recruiter["reasons"])[0] == "role-recruiter"


def test_hiring_manager_teammate_and_leader_each_mean_wait():
    for role, reason in ROLE_REASONS.items():
        result = decide(situation(culture="open", presence="open", interviewer_role=role), 10)
        assert (result["verdict"], ids(result["reasons"])) == ("wait", (reason,))
        assert result["reasons"][0]["field"] == "interviewer_role"


def test_a_startup_lifts_only_an_unsure_culture():
    for situation_, days in every_situation(with_mutual=False, representative=True):
        if situation_["industry"] != "unknown" or (days is not None and days < 0):
            continue
        before = ids(decide(situation_, days)["reasons"])
        after = decide(dict(situation_, industry="startup"), days)
        if "culture-unsure" in before:
            assert "culture-unsure" not in ids(after["reasons"])
        if decide(situation_, days)["verdict"] == "wait":
            kept = tuple(i for i in before if i != "culture-unsure")
            if kept:
                assert ids(after["reasons"]) == kept
            else:
                assert after["verdict"] == "connect" and "industry-startup" in ids(after["reasons"])


def test_a_regulated_industry_adds_a_caveat_to_an_open_culture_and_a_reason_to_wait_otherwise():
    for situation_, days in every_situation(with_mutual=False, representative=True):
        if situation_["industry"] != "unknown" or (days is not None and days < 0):
            continue
        before = decide(situation_, days)
        after = decide(dict(situation_, industry="regulated"), days)
        assert after["verdict"] == before["verdict"] or (
            before["verdict"] == "connect" and situation_["culture"] != "open"
        )
        if (
            after["verdict"] == "connect"
            and situation_["culture"] == "open"
            and not (situation_["invited"] or situation_["stage"] == "offer")
        ):
            assert "industry-caution" in ids(after["reasons"])


@pytest.mark.parametrize(
    "field, values",
    [
        ("mutual", form.CHOICES["mutual"]),
        ("premium", (False, True)),
        ("tone", form.CHOICES["tone"]),
        ("mutual_name", ("", "Sam Lee")),
        ("topic", ("", "data quality")),
        ("your_name", ("", "Ana")),
    ],
)
def test_inputs_that_never_change_the_verdict(field, values):
    for situation_, days in every_situation(with_mutual=False, representative=True):
        verdicts = {decide(dict(situation_, **{field: value}), days)["verdict"] for value in values}
        assert len(verdicts) == 1


def test_a_mutual_connection_only_adds_its_reason_to_connect():
    for situation_, days in every_situation(with_mutual=False, representative=True):
        plain = decide(situation_, days)
        mutual = decide(dict(situation_, mutual="yes"), days)
        assert mutual["verdict"] == plain["verdict"]
        if plain["verdict"] == "connect" and not (situation_["invited"] or situation_["stage"] == "offer"):
            assert set(ids(mutual["reasons"])) == set(ids(plain["reasons"])) | {"mutual-yes"}
        else:
            assert ids(mutual["reasons"]) == ids(plain["reasons"])


# --- Confidence -------------------------------------------------------------------


def expected_confidence(verdict, reason_ids, situation_):
    """The confidence rule, restated: caveats make a connect less sure; a wait resting
    only on soft signals is a judgment call when something favours connecting."""
    if verdict == "connect":
        return ("clear", "leaning", "judgment")[min(2, len(CAVEATS & set(reason_ids)))]
    if verdict == "wait" and set(reason_ids) <= SOFT_WAIT:
        favourable = (
            situation_["culture"] == "open" or situation_["presence"] == "open" or situation_["mutual"] == "yes"
        )
        return "judgment" if favourable else "leaning"
    return "clear"


def test_confidence_follows_the_rules_for_every_situation():
    seen = set()
    for situation_, days in every_situation():
        result = decide(situation_, days)
        level = expected_confidence(result["verdict"], ids(result["reasons"]), situation_)
        assert result["confidence"] == {"level": level, "text": content.CONFIDENCE[level]}
        seen.add((result["verdict"], level))
    assert seen == {
        ("after", "clear"),
        ("connect", "clear"),
        ("connect", "leaning"),
        ("connect", "judgment"),
        ("wait", "clear"),
        ("wait", "leaning"),
        ("wait", "judgment"),
    }


@pytest.mark.parametrize(
    "changes, days, level",
    [
        ({"culture": "open", "presence": "open"}, 10, "clear"),  # every signal agrees
        ({"culture": "open", "presence": "unknown"}, 10, "leaning"),  # check their profile
        ({"culture": "open", "presence": "unknown", "industry": "regulated"}, 10, "judgment"),
        ({"culture": "formal", "presence": "private"}, 10, "clear"),  # strong reasons to wait
        ({"culture": "open", "presence": "open"}, None, "judgment"),  # only the date is missing
        ({"culture": "unsure", "presence": "unknown"}, 10, "leaning"),  # the form's defaults
        ({"culture": "unsure", "presence": "unknown", "mutual": "yes"}, 10, "judgment"),
        ({"invited": True, "culture": "formal"}, 1, "clear"),
        ({"presence": "private"}, -1, "clear"),
    ],
)
def test_confidence_examples(changes, days, level):
    assert decide(situation(**changes), days)["confidence"]["level"] == level


# --- What would change this -------------------------------------------------------


def changes_of(flips):
    return [flip["changes"] for flip in flips]


def open_to_change(situation_, days, field):
    """May "what would change this" vary this answer? The note always (it is the candidate's
    choice); anything else only while it was given as not known."""
    current = days if field == "days" else situation_[field]
    return field == "note" or current == rules.OPEN_ANSWERS[field]


def test_a_known_date_that_is_too_soon_flips_only_for_a_recruiter_still_unknown():
    flips = rules.what_would_change(situation(culture="open", presence="open"), 2)

    assert changes_of(flips) == [(("interviewer_role", "recruiter"),)]
    assert (
        verdict_words.change_text(flips[0]["changes"]) == "you learn your interviewer is a recruiter or talent partner"
    )
    assert flips[0]["verdict"] == "connect"


def test_a_clear_connect_lists_what_the_candidate_could_do_or_find_out_that_would_mean_waiting():
    flips = rules.what_would_change(situation(culture="open", presence="open"), 10)

    assert changes_of(flips) == [
        (("note", False),),
        (("interviewer_role", "hiring_manager"),),
        (("interviewer_role", "teammate"),),
        (("interviewer_role", "leader"),),
        (("stage", "final"),),
        (("follow_first", True),),
    ]
    assert flips[0] == {"changes": (("note", False),), "verdict": "wait"}
    assert verdict_words.change_lines(flips, 1) == [
        "If you send it without a personal note: wait until after the interview."
    ]
    assert {flip["verdict"] for flip in flips} == {"wait"}


def test_answers_given_as_known_are_never_suggested_otherwise():
    known = situation(culture="open", presence="open", industry="startup", note=False)
    flips = rules.what_would_change(known, 10)
    assert flips, "adding the note (always the candidate's to change) flips this one"
    for flip in flips:
        for field, _ in flip["changes"]:
            assert field not in ("culture", "presence", "industry", "days")


def test_two_changes_share_their_you_and_the_candidates_own_step_comes_first():
    flips = rules.what_would_change(situation(presence="open", note=False), 10)

    assert (
        verdict_words.change_text(flips[0]["changes"])
        == "you add a personalized note and find out the company is collaborative and open"
    )
    assert [flip["changes"][0][0] for flip in flips][:1] == ["note"]
    assert all(len(flip["changes"]) == 2 for flip in flips)
    for flip in flips:
        assert " and you " not in verdict_words.change_text(flip["changes"])


def test_the_form_defaults_without_a_date_flip_only_for_a_recruiter():
    # Unsure culture and no date are two reasons; only a recruiter lifts both at once,
    # so that single change wins over pairs such as an open culture and a date.
    flips = rules.what_would_change(situation(), None)

    assert changes_of(flips) == [(("interviewer_role", "recruiter"),)]


def test_an_invitation_given_is_not_taken_back():
    assert rules.what_would_change(situation(invited=True, culture="formal"), 10) == ()


def test_the_offer_stage_is_known_so_nothing_flips_it():
    assert rules.what_would_change(situation(stage="offer", culture="formal"), 10) == ()


@pytest.mark.parametrize(
    "changes, days",
    [
        ({"culture": "formal", "presence": "private", "note": False}, 1),  # three reasons, all strong
        ({"presence": "private", "follow_first": True, "interviewer_role": "leader"}, 10),
    ],
)
def test_nothing_within_two_changes(changes, days):
    assert rules.what_would_change(situation(**changes), days) == ()


@pytest.mark.parametrize("days", [-1, -30])
def test_nothing_changes_once_the_interview_is_over(days):
    for changes in ({}, {"invited": True}, {"culture": "formal", "presence": "private"}):
        assert rules.what_would_change(situation(**changes), days) == ()


def test_every_phrase_what_would_change_may_use_exists_and_none_is_stale():
    keys = {field + ":" + str(value).lower() for field, values in rules.ALTERNATIVES for value in values}
    assert keys == set(content.CHANGES)
    for field, values in rules.ALTERNATIVES:
        assert field == "days" or field in form.DEFAULTS
        assert field == "note" or field in rules.OPEN_ANSWERS
        for value in values:
            if field in form.CHOICES:
                assert value in form.CHOICES[field]
            elif field in form.FLAG_FIELDS:
                assert value in (True, False)


def test_every_flip_is_real_minimal_and_worded():
    """For every situation: each flip gives another verdict, re-running decide() on the
    changed inputs gives exactly that verdict, and no smaller change would do."""
    # Past dates are covered above; today (0) behaves as 2 days, the last day that is too soon.
    for situation_, days in every_situation(with_mutual=False):
        if days is not None and days <= 0:
            continue
        verdict = decide(situation_, days)["verdict"]
        before = dict(situation_)
        flips = rules.what_would_change(situation_, days)
        assert situation_ == before
        sizes = {len(flip["changes"]) for flip in flips}
        assert sizes <= {1} or sizes == {2}
        assert len(set(changes_of(flips))) == len(flips)
        for flip in flips:
            assert flip["verdict"] != verdict and flip["verdict"] in ("connect", "wait")
            changed, new_days = apply(situation_, days, flip["changes"])
            assert decide(changed, new_days)["verdict"] == flip["verdict"]
            fields = [field for field, _ in flip["changes"]]
            assert len(set(fields)) == len(fields)
            keys = [field + ":" + str(value).lower() for field, value in flip["changes"]]
            texts = [content.CHANGES[key] for key in keys]
            if len(texts) == 2 and texts[0].startswith("you ") and texts[1].startswith("you "):
                texts[1] = texts[1][len("you ") :]
            assert verdict_words.change_text(flip["changes"]) == " and ".join(texts)
            for field, value in flip["changes"]:
                assert (days if field == "days" else situation_[field]) != value
                assert open_to_change(situation_, days, field)
            if len(flip["changes"]) == 2:
                for single in flip["changes"]:
                    alone, alone_days = apply(situation_, days, (single,))
                    assert decide(alone, alone_days)["verdict"] == verdict


def test_single_flips_are_complete():
    """Every single alternative that flips the verdict is listed (checked on a sample)."""
    for situation_, days in every_situation(with_mutual=False)[::7]:
        verdict = decide(situation_, days)["verdict"]
        if verdict == "after":
            continue
        expected = []
        for field, values in rules.ALTERNATIVES:
            if not open_to_change(situation_, days, field):
                continue
            for value in values:
                if (days if field == "days" else situation_[field]) == value:
                    continue
                changed, new_days = apply(situation_, days, ((field, value),))
                if decide(changed, new_days)["verdict"] != verdict:
                    expected.append(((field, value),))
        flips = rules.what_would_change(situation_, days)
        if expected:
            assert changes_of(flips) == expected
        else:
            assert all(len(flip["changes"]) == 2 for flip in flips)
