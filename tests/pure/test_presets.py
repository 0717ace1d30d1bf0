"""An employer's presets on every interpreter: through the frame's address and back, what a bad
value costs, the text a reader may see, and the accent's contrast."""

from shouldconnect import form, linkstate, presets

NORTHWIND = {
    "company": "Northwind Labs",
    "stance": "decision",
    "line": "We read every note, after we decide. <b>Promise</b> & more",
    "tone": "formal",
    "accent": "#7A1FA2",
}


def test_presets_round_trip_through_the_query():
    query = presets.encode(NORTHWIND)
    read = presets.decode("?embed=1&" + query)
    assert read["status"] == "ok" and read["dropped"] == [], read
    assert read["values"] == dict(NORTHWIND, accent="#7a1fa2"), read["values"]
    # Markup stays as typed: it is text, shown as text.
    assert "<b>Promise</b> & more" in read["values"]["line"]


def test_no_presets_write_nothing_and_read_as_empty():
    assert presets.encode(presets.EMPTY) == ""
    # The dialog's starting point: no stance and the form's default tone make no presets either.
    assert presets.encode(dict(presets.EMPTY, tone="warm")) == ""
    assert presets.decode("?embed=1")["status"] == "empty"
    assert presets.decode("")["values"] == presets.EMPTY


def test_a_damaged_value_costs_only_itself():
    query = presets.encode(NORTHWIND).replace("es=decision", "es=sideways").replace("ea=7a1fa2", "ea=%E2%28")
    read = presets.decode("?" + query)
    assert read["dropped"] == ["stance", "accent"], read
    assert read["values"]["company"] == "Northwind Labs" and read["values"]["tone"] == "formal"
    assert read["values"]["stance"] == "none" and read["values"]["accent"] == ""
    assert len(presets.notices(read)) == 1


def test_a_newer_or_unreadable_version_is_said():
    assert presets.decode("?e=9&ec=Acme")["status"] == "future"
    damaged = presets.decode("?e=x&ec=Acme")
    assert damaged["status"] == "damaged" and damaged["values"]["company"] == "Acme"
    assert len(presets.notices(damaged)) == 1


def test_a_plus_in_the_query_is_a_space():
    assert presets.decode("?e=1&ec=Northwind+Labs")["values"]["company"] == "Northwind Labs"


def test_invisible_and_bidirectional_controls_are_removed():
    typed = "\u202eevil\u202c We\u200b welcome\u2066 you\u2069\n\tsoon\ufeff \U0001f469\u200d\U0001f4bb"
    assert presets.plain_text(typed) == "evil We welcome you soon \U0001f469\u200d\U0001f4bb"


def test_the_line_is_at_most_160_characters():
    fits = "x" * presets.LINE_LIMIT
    assert presets.decode("?" + presets.encode({"line": fits}))["values"]["line"] == fits
    too_long = presets.decode("?e=1&el=" + "y" * (presets.LINE_LIMIT + 1))
    assert too_long["dropped"] == ["line"] and too_long["values"]["line"] == ""


def test_contrast_follows_wcag():
    assert round(presets.contrast("#ffffff", "#000000"), 2) == 21.0
    assert round(presets.contrast("#ffffff", "#0b5cad"), 1) == 6.7
    assert presets.contrast("#777777", "#ffffff") < 4.5


def test_an_accent_needs_aa_contrast_for_its_button_text():
    assert presets.accent_problem("#0b5cad") is None  # the page's own, with white text
    assert presets.button_text("#0b5cad") == "#ffffff"
    assert presets.accent_problem("#ffd24a") is None  # light: the dark text reads on it
    assert presets.button_text("#ffd24a") == "#0b1320"
    refused = presets.accent_problem("#777777")
    assert refused["problem"] == "contrast" and 4.0 < refused["ratio"] < 4.5, refused
    for bad in ("777777", "#77777", "#gggggg", "red", ""):
        assert presets.accent_problem(bad) == {"problem": "format"}, bad


def test_a_refused_accent_is_left_out_of_the_code_and_the_query():
    assert "ea=" not in presets.encode(dict(NORTHWIND, accent="#777777"))
    read = presets.decode("?e=1&ea=777777")
    assert read["dropped"] == ["accent"]


def test_the_stance_answers_the_culture_question_until_the_reader_changes_it():
    values = presets.decode("?" + presets.encode(NORTHWIND))["values"]
    start = presets.starting_answers(values)
    assert (start["company"], start["culture"], start["tone"]) == ("Northwind Labs", "formal", "formal")
    assert presets.stance_kept(values, start) == "decision"
    assert not presets.stance_overruled(values, start)
    changed = dict(start, culture="open")
    assert presets.stance_kept(values, changed) == "none" and presets.stance_overruled(values, changed)
    no_stance = dict(values, stance="none")
    assert not presets.stance_overruled(no_stance, changed)


def test_a_link_made_against_the_presets_keeps_the_readers_own_answer():
    values = presets.decode("?" + presets.encode({"stance": "before"}))["values"]
    start = presets.starting_answers(values)
    # The reader chose "Not sure", the form's default but not the employer's answer: the link says so.
    answered = form.normalize(dict(start, culture="unsure"))
    fragment = linkstate.encode(answered, False, start)
    assert "c=unsure" in fragment
    assert linkstate.decode("#" + fragment, start)["values"]["culture"] == "unsure"
    # Kept as the employer said, the link need not repeat it.
    assert linkstate.encode(start, False, start) == linkstate.BARE


def test_the_full_tool_link_carries_the_presets():
    query = presets.encode({"company": "Acme", "stance": "after"})
    address = linkstate.share_address("https://x.test", "/tool/", "v=1&c=open", query)
    assert address == "https://x.test/tool/?" + query + "#v=1&c=open"
    assert presets.decode(address[address.index("?") : address.index("#")])["values"]["stance"] == "after"
