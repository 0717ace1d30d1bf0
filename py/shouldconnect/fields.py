"""The form's fields, one row each: the one place a field is declared.

Everything else that knows a field derives it from here: the form's defaults and checks
(form.py), share links (linkstate.py), "what would change this" (rules.py), the writer's typed
values (py/worker/engine.py), the rules doc (tools/decision_rules.py) and the page template
(tools/page.html, through tools/pages.py). Adding a field is a row here, its words in the
catalogs, its place on the page and, if the advice uses it, its use in the rules.

Columns:
  name      the form control's name and the situation dict's key
  kind      "text" (typed, kept as typed), "date" (YYYY-MM-DD), "choice" or "flag" (a checkbox)
  default   the value that leaves the article's rules as they are
  choices   a choice's values, in the page's order, each with the words the page shows for it
  unknown   the answer that says "not known", which "what would change this" may vary
  key       its short key in a share link
  personal  it can point at a person, so a share link leaves it out unless asked
  person    it belongs to one interviewer: a panel (panel.py) has it once per person, and the
            rest (company, job title, date, culture, note, Premium, industry, stage, tone, your
            name) is shared by everyone on it. Its value is its place in a further
            interviewer's block of the form (1 first), as person 1's sit on the page
  typed     the messages place it as typed (py/worker/engine.py marks it for elision)
  label     the page's label for it
  named     how a sentence names it ("the interview date could not be read")

Rows are in the order a share link writes them: a new field goes at the end, so that links
made before read the same.
"""

from .i18n import N_

DONT_KNOW = N_("Don't know")

FIELDS = (
    {"name": "date", "kind": "date", "default": "", "key": "d",
     "label": N_("Interview date"), "named": N_("the interview date")},
    {"name": "culture", "kind": "choice", "default": "unsure", "unknown": "unsure", "key": "c",
     "choices": (("open", N_("Collaborative and open")), ("formal", N_("Formal or reserved")),
                 ("unsure", N_("Not sure"))),
     "label": N_("Company culture"), "named": N_("the company culture")},
    {"name": "presence", "kind": "choice", "default": "unknown", "unknown": "unknown", "key": "p", "person": 3,
     "choices": (("open", N_("Active and open")), ("private", N_("Private or reserved")), ("unknown", DONT_KNOW)),
     "label": N_("Interviewer's LinkedIn presence"), "named": N_("the interviewer's LinkedIn presence")},
    {"name": "note", "kind": "flag", "default": True, "key": "n",
     "label": N_("I'll include a personalized note"), "named": N_("the personalized note")},
    {"name": "premium", "kind": "flag", "default": False, "key": "pm",
     "label": N_("I have LinkedIn Premium (300 characters)"), "named": N_("LinkedIn Premium")},
    {"name": "interviewer_role", "kind": "choice", "default": "unknown", "unknown": "unknown", "key": "ir",
     "person": 4, "choices": (("unknown", DONT_KNOW), ("recruiter", N_("Recruiter or talent partner")),
                 ("hiring_manager", N_("Hiring manager")), ("teammate", N_("Future teammate")),
                 ("leader", N_("Senior leader"))),
     "label": N_("Who is the interviewer?"), "named": N_("who the interviewer is")},
    {"name": "industry", "kind": "choice", "default": "unknown", "unknown": "unknown", "key": "in",
     "choices": (("unknown", DONT_KNOW), ("startup", N_("Startup or tech")), ("corporate", N_("Corporate")),
                 ("regulated", N_("Finance, law, government or healthcare"))),
     "label": N_("Industry"), "named": N_("the industry")},
    {"name": "mutual", "kind": "choice", "default": "unknown", "unknown": "unknown", "key": "m", "person": 5,
     "choices": (("unknown", DONT_KNOW), ("yes", N_("Yes")), ("no", N_("No"))),
     "label": N_("Mutual connections"), "named": N_("mutual connections")},
    {"name": "stage", "kind": "choice", "default": "unknown", "unknown": "unknown", "key": "s",
     "choices": (("unknown", DONT_KNOW), ("screen", N_("First screen")), ("later", N_("Later round")),
                 ("final", N_("Final round")), ("offer", N_("Offer stage"))),
     "label": N_("Interview stage"), "named": N_("the interview stage")},
    {"name": "invited", "kind": "flag", "default": False, "key": "iv", "person": 6,
     "label": N_("They invited me to connect, or suggested it"), "named": N_("the invitation")},
    {"name": "follow_first", "kind": "flag", "default": False, "unknown": False, "key": "f", "person": 7,
     "label": N_('Their profile shows "Follow" as the main button'), "named": N_("the Follow button")},
    {"name": "tone", "kind": "choice", "default": "warm", "key": "t",
     "choices": (("warm", N_("Warm")), ("formal", N_("Formal")), ("brief", N_("Brief"))),
     "label": N_("Tone"), "named": N_("the tone")},
    {"name": "role", "kind": "text", "default": "", "key": "j", "typed": True,
     "label": N_("Job title"), "named": N_("the job title")},
    {"name": "topic", "kind": "text", "default": "", "key": "tp", "person": 9, "personal": True, "typed": True,
     "label": N_("A topic from their profile"), "named": N_("the topic from their profile")},
    {"name": "discussed", "kind": "text", "default": "", "key": "ds", "person": 10, "personal": True, "typed": True,
     "label": N_("What you talked about in the interview"), "named": N_("what you talked about")},
    {"name": "interviewer", "kind": "text", "default": "", "key": "iw", "person": 1, "personal": True, "typed": True,
     "label": N_("Interviewer's name"), "named": N_("the interviewer's name")},
    {"name": "greet_as", "kind": "text", "default": "", "key": "ga", "person": 2, "personal": True,
     "label": N_("Greet them as"), "named": N_("the greeting")},
    {"name": "company", "kind": "text", "default": "", "key": "co", "personal": True, "typed": True,
     "label": N_("Company"), "named": N_("the company")},
    {"name": "mutual_name", "kind": "text", "default": "", "key": "mn", "person": 8, "personal": True, "typed": True,
     "label": N_("Mutual contact's name"), "named": N_("the mutual contact's name")},
    {"name": "your_name", "kind": "text", "default": "", "key": "yn", "personal": True,
     "label": N_("Your name, for the email"), "named": N_("your name")},
)  # fmt: skip

BY_NAME = dict((field["name"], field) for field in FIELDS)


def names(kind=None, column=None):
    """The names of the fields of a kind, or with a column set, in the table's order."""
    return tuple(
        field["name"]
        for field in FIELDS
        if (kind is None or field["kind"] == kind) and (column is None or field.get(column))
    )


def choice_values(field):
    """A choice field's values, in the page's order."""
    return tuple(value for value, _label in field["choices"])
