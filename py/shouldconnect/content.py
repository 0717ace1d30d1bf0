"""Ids and every user-facing sentence Python shows, in English, in one place.

These English sentences are the source of the catalogs (`make catalogs` extracts them): N_()
marks each one here, and the code that shows it translates it with i18n._() at that moment.
Keeping words out of the rules means the wording can be edited without touching the logic.
The longer texts of the pros, cons and best practices live in the page template
(tools/page.html, so they paint before Python starts), keyed by these ids. Tuples give the
display order (MicroPython dicts don't keep insertion order).
"""

from .i18n import N_, N_plural

VERDICTS = ("connect", "wait", "after")

HEADLINES = {
    "connect": N_("Connect now, with a personalized note"),
    "wait": N_("Wait, and connect after the interview"),
    "after": N_("The interview is over: connect now with a thank-you"),
}

# Benefits of an early request, in the order the advice article gives them.
PRO_IDS = ("interest", "research", "visibility", "network")

# Risks of an early request, in the article's order.
CON_IDS = ("forward", "decline", "advantage", "timing")

PRACTICE_IDS = ("personal-note", "boundaries", "research-anyway", "prepare")

# Why the verdict came out the way it did, keyed by reason id.
REASONS = {
    # The interview is behind you.
    "interview-over": (N_("Your interview date has passed, so a request now can't look like an attempt to sway it.")),
    "email-first": (
        N_(
            "Send your thank-you email within 24 hours of the interview: it is the message that matters"
            " now, and the connection request is a friendly extra."
        )
    ),
    "thank-you": (N_("Add a few words thanking them for their time: it turns the request into a friendly follow-up.")),
    # Overrides: connecting is right whatever else holds.
    "invited": (
        N_("They invited you to connect, or suggested it: accept or send the request, it's what they asked for.")
    ),
    "offer-stage": (
        N_(
            "You're at the offer stage: the hiring decision is made, so connecting now is simply"
            " building the relationship."
        )
    ),
    # Reasons to hold off, strongest first.
    "presence-private": (
        N_(
            "Your interviewer keeps a quiet, private LinkedIn profile, so a request"
            " from a candidate may be unwelcome right now."
        )
    ),
    "follow-first": (
        N_(
            "Their profile shows Follow as the main button, a sign they keep requests"
            " for people they know. Follow them now (nothing for them to accept) and"
            " send a request after the interview."
        )
    ),
    "role-hiring-manager": (
        N_("They are the hiring manager: people who make the decision usually prefer to connect once it's made.")
    ),
    "role-teammate": (
        N_(
            "They may become your teammate and are likely on the panel: panel members are best left"
            " until after a decision."
        )
    ),
    "role-leader": (
        N_("A senior leader tends to keep hiring formal, and an early request can read as jumping the line.")
    ),
    "culture-formal": (
        N_("The company feels formal, and there an early request can come across as pushy before you've even met.")
    ),
    "culture-unsure": (N_("You're not sure how open the company is, so it's safer not to risk seeming too forward.")),
    "industry-formal": (
        N_(
            "Finance, law, government and healthcare tend to run hiring formally, so"
            " an early request is more likely to seem out of place."
        )
    ),
    "no-note": (N_("A request with no personal message can seem random, or read as a bid for special treatment.")),
    "final-round": (
        N_(
            "This is the final round and a decision is close: a request now can look"
            " like lobbying, while one just after will be welcome."
        )
    ),
    "too-soon": (
        N_("Your interview is less than three days away, so they may not notice your request before you meet.")
    ),
    "no-date": (N_("Add your interview date: without it we can't tell whether a request would reach them in time.")),
    # Why connecting now is fine.
    "role-recruiter": (
        N_(
            "Recruiters connect with candidates at every stage; it's part of their job,"
            " so the usual worries about timing and formality don't apply."
        )
    ),
    "industry-startup": (
        N_(
            "Startups and tech companies are usually informal, so a friendly request"
            " is likely to be welcome even though you're not sure of this one."
        )
    ),
    "industry-caution": (
        N_(
            "The team sounds open, but finance, law, government and healthcare often"
            " keep hiring formal: keep your note short and professional."
        )
    ),
    "mutual-yes": (N_("You share a connection, which gives you common ground: mention them in your note.")),
    "culture-open": (
        N_("The company has an open, collaborative feel, where a friendly hello before you meet is usually welcome.")
    ),
    "note-included": (N_("You'll add a personal note, which keeps the request polite and clearly professional.")),
    "presence-open": N_("Your interviewer seems happy to connect with people on LinkedIn."),
    "presence-unknown": (
        N_(
            "You don't know how your interviewer uses LinkedIn. Connecting is still"
            " fine, but look at their profile first and hold off if it seems private."
        )
    ),
    "enough-time": (N_("Your interview is at least three days away, so they have time to see your request.")),
    # The employer's own stance (presets.py), while the reader keeps the culture answer it gives.
    "stance-before": (N_("{company} says it welcomes connection requests from candidates before the interview.")),
    "stance-after": (N_("{company} asks candidates to connect with its interviewers after the interview, not before.")),
    "stance-decision": (
        N_(
            "{company} asks candidates not to connect with its interviewers until it has made its"
            " hiring decision: thank them by email, and send the request once you've heard."
        )
    ),
}

# Shown above each message, saying when to send it; "kind:verdict" keys refine a kind.
MESSAGE_INTROS = {
    "note-before": N_("Send this note with your request now. Make it sound like you before copying it."),
    "note-after": N_("After the interview, send this thank-you with your request while it's still fresh."),
    "note-after:wait": N_("Keep this note for after the interview, and send it with your request then."),
    "note-after:after": N_("Send this thank-you with your request now, while the conversation is still fresh."),
    "note-after:decision": (
        N_("Keep this note until you've heard the hiring decision, and send it with your request then.")
    ),
    "note-after:late": (
        N_("Send this thank-you with your request now: a few days on, a short thank-you still reads well.")
    ),
    "email": (
        N_(
            "After the interview, send this email within 24 hours. A LinkedIn note is a nice"
            " extra, but it doesn't replace a thank-you email."
        )
    ),
    "email:after": (
        N_(
            "Send this email today, within 24 hours of the interview. A LinkedIn note is a nice"
            " extra, but it doesn't replace a thank-you email."
        )
    ),
    "email:late": (
        N_(
            "It's a few days since the interview, but a thank-you still reads well: send this email"
            " today. A LinkedIn note doesn't replace it."
        )
    ),
}

# Warnings next to the note counter and after copying, formatted by note.note_warnings(); the
# first is a plural (i18n.ngettext), by the number of characters over.
NOTE_TOO_LONG = N_plural(
    "Your note is {excess} character over LinkedIn's {limit}-character limit: shorten it before sending.",
    "Your note is {excess} characters over LinkedIn's {limit}-character limit: shorten it before sending.",
)
NOTE_PLACEHOLDERS_LEFT = N_("Replace {placeholders} with the real details before sending.")

# The note counter under the message box.
COUNT_NOTE = N_("{count} / {limit} characters")
COUNT_EMAIL = N_("{count} characters (an email has no limit)")

# The message box's placeholder while the writer starts (as in index.html), and once it has failed.
WRITING_PLACEHOLDER = N_("Your message appears here in a few seconds.")
OWN_MESSAGE_PLACEHOLDER = N_("Write your own message here; the counter still counts it.")

# While the writer downloads: the words over its progress bar (the bar's name, as in index.html,
# until its size is known), and what Copy message says before there is a message to copy.
WRITER_GETTING_READY = N_("Getting the message writer ready")
WRITER_PROGRESS = N_("Getting the message writer ready: {percent}%")
STILL_ON_ITS_WAY = N_("The message is still on its way ({percent}%). It appears here when it's ready.")
STILL_ON_ITS_WAY_SOON = N_("The message is still on its way. It appears here when it's ready.")

COPY_BUTTON = N_("Copy message")
COPY_ANYWAY_BUTTON = N_("Copy anyway")
COPIED = N_("Copied.")
NOTHING_TO_COPY = N_("There is no message to copy yet.")
HANDLER_FAILED = N_("Something went wrong there. It has been logged; please try again.")

COPY_OVER_LIMIT = N_(
    "This note is over LinkedIn's limit, so LinkedIn won't accept it as it is."
    " Shorten it, or press the button again to copy it anyway."
)

COPY_FALLBACK = N_(
    "Your browser didn't let us copy it, so it is selected for you: press Ctrl+C (Cmd+C on a Mac) to copy it."
)

# How firm the advice is, derived from the rules (see rules._confidence).
CONFIDENCE = {
    "clear": N_("Clear: the signals point one way."),
    "leaning": N_("Leaning: something unknown or a note of caution adds doubt, so check it if you can."),
    "judgment": N_("A judgment call: some signals favour connecting and some don't, so weigh what you know of them."),
}

# "What would change this": what the candidate could do or find out, each a clause starting
# with "you" that follows "If". Keys are "field:value" as rules.what_would_change tries them;
# only answers given as unknown are tried, so none says "you didn't know".
CHANGES = {
    "note:true": N_("you add a personalized note"),
    "note:false": N_("you send it without a personal note"),
    "days:3": N_("you find the interview is 3 or more days away"),
    "days:2": N_("you find the interview is 2 days away or sooner"),
    "culture:open": N_("you find out the company is collaborative and open"),
    "culture:formal": N_("you find out the company is formal or reserved"),
    "presence:open": N_("you find out your interviewer is active and open on LinkedIn"),
    "presence:private": N_("you find out your interviewer is private on LinkedIn"),
    "interviewer_role:recruiter": N_("you learn your interviewer is a recruiter or talent partner"),
    "interviewer_role:hiring_manager": N_("you learn your interviewer is the hiring manager"),
    "interviewer_role:teammate": N_("you learn your interviewer is a future teammate"),
    "interviewer_role:leader": N_("you learn your interviewer is a senior leader"),
    "industry:startup": N_("you learn the company is a startup or in tech"),
    "industry:corporate": N_("you learn the company is a large corporate"),
    "industry:regulated": N_("you learn the company is in finance, law, government or healthcare"),
    "stage:screen": N_("you learn this is a first screen"),
    "stage:later": N_("you learn this is a later round"),
    "stage:final": N_("you learn this is the final round"),
    "follow_first:true": N_("you see their profile shows Follow as the main button"),
}
# Two changes in one line: "If you add a personalized note and find out ...". The second
# clause's "you" is left out, as the sentence shares it.
CHANGES_JOINED = N_("{first} and {second}")

NOTHING_FLIPS = N_("No small change to your answers would change this advice.")
# One line of "What would change this": a change (from CHANGES) and the verdict it leads to.
CHANGE_LINE = N_("If {change}: {verdict}.")

# The "too-soon" reason on the interview day itself, where "less than three days" reads oddly.
# "email-first" once more than a day has passed since the interview (note.LATE_AFTER_DAYS).
EMAIL_FIRST_LATE = N_(
    "Send your thank-you email today: it is the message that matters now, and a few days on it still reads well."
)
TOO_SOON_TODAY = N_("Your interview is today, so they are unlikely to see a request before you meet.")

# Short verdicts for the end of a "what would change this" line.
VERDICT_SHORT = {
    "connect": N_("connect now"),
    "wait": N_("wait until after the interview"),
    "after": N_("connect now with a thank-you"),
}

# The verdict in a few words, for the compact bar that keeps it in view on a phone.
VERDICT_BAR = {
    "connect": N_("Connect now, with a note"),
    "wait": N_("Wait until after the interview"),
    "after": N_("Connect now, with a thank-you"),
}

# The verdict while an employer asks candidates not to connect until its decision (rules.py,
# "stance-decision"): to wait is right, but not only until the interview.
HEADLINE_DECISION = N_("Wait, and connect after the hiring decision")
VERDICT_BAR_DECISION = N_("Wait until the hiring decision")

# A panel (panel.py): the verdicts summed up in one sentence, by verdict group in
# panel.VERDICT_ORDER ("decision" is a wait until the employer's decision). Everyone with the same
# verdict: by their number (a panel has two or more). Two groups: by the people of each group.
PANEL_ALL = {
    "connect": N_plural(
        "Connect now with your interviewer, with a personalized note",
        "Connect now with each of your {count} interviewers, each with a personalized note of their own",
    ),
    "wait": N_plural(
        "Wait, and connect with your interviewer after the interview",
        "Wait with each of your {count} interviewers, and connect after the interview",
    ),
    "decision": N_plural(
        "Wait, and connect with your interviewer after the hiring decision",
        "Wait with each of your {count} interviewers, and connect after the hiring decision",
    ),
    "after": N_plural(
        "The interview is over: connect with your interviewer now, with a thank-you",
        "The interview is over: connect with each of your {count} interviewers now, each with a thank-you",
    ),
}
PANEL_MIXED = {
    "connect+wait": N_("Connect now with {connect}; wait with {wait} until after the interview"),
    "connect+decision": N_("Connect now with {connect}; wait with {wait} until the hiring decision"),
    "after+decision": N_("Connect now with {after}, with a thank-you; wait with {wait} until the hiring decision"),
}
# How a summary names an interviewer whose name was left empty.
PANEL_UNNAMED = N_("interviewer {number}")
# The form's block for a further interviewer, and its button that takes them off the panel.
PERSON_LEGEND = N_("Interviewer {number}")
PERSON_REMOVE = N_("Remove interviewer {number}")
# The advice a panel adds, shown only with two or more interviewers.
PANEL_ADVICE = (
    N_(
        "Write each interviewer a note of their own, never one message for the whole panel: they may"
        " compare what they received, and a note that speaks to one person and your conversation with"
        " them is the one that gets read."
    ),
    N_(
        "After the interview, connect only with the people you really spoke with: a request to someone"
        " who only listened in reads as collecting contacts, not as keeping in touch."
    ),
)

# LinkedIn's own limits, shown where they matter.
WITHDRAW_WARNING = N_(
    "Don't send a request now and withdraw it later: LinkedIn can stop you inviting"
    " the same person again for up to three weeks."
)
FREE_NOTE_QUOTA = N_(
    "A free account can add a personal note to only a few requests a month, so save them for moments like this one."
)

# Said once, above the form, when a shared link can't be used whole. Whatever could be read is
# filled in; the address then holds the answers as they are.
LINK_NOTICES = {
    "foreign": N_("This link wasn't made by this page, so the form starts from its usual answers."),
    "future": (
        N_(
            "This link was made by a newer version of this page: the answers this version knows are"
            " filled in. Reloading may bring the newer version."
        )
    ),
    "damaged": N_("This link looks damaged, so check the answers below before you rely on them."),
}
LINK_DROPPED = N_(
    "Part of this link was damaged: {answers} could not be read and start from the usual answer."
    " Everything else is as it was shared."
)
LINK_UNKNOWN = N_("This link holds answers this version of the page doesn't know; they were left out.")
# An employer's presets (presets.py): its word above the culture question, and what the page says
# about presets it could not read. {company} is the employer's name, or THIS_COMPANY where a
# sentence starts with it; a sentence that names it later has its own words for a company without
# a name (keyed False), as languages decline "this company" differently there.
THIS_COMPANY = N_("This company")
STANCE_SAYS = {
    "before": N_("{company} says: candidates are welcome to connect with its interviewers before the interview."),
    "after": N_("{company} says: please connect with its interviewers after the interview, not before."),
    "decision": N_("{company} says: please don't connect with its interviewers until it has made its decision."),
}
EMPLOYER_LINE = {True: N_("In the words of {company}:"), False: N_("In the company's own words:")}
STANCE_DIFFERS = {
    True: N_("Your answer differs from what {company} said: the advice follows your answer."),
    False: N_("Your answer differs from what the company said: the advice follows your answer."),
}
PRESET_NOTICES = {
    "future": N_("This frame was set up by a newer version of this page: the settings this version knows are used."),
    "damaged": N_("This frame's settings look damaged, so check the answers below before you rely on them."),
}
PRESETS_DROPPED = N_("Part of this frame's settings could not be read and is left out: {settings}.")
PRESET_NAMED = {
    "company": N_("the company's name"),
    "stance": N_("the company's stance"),
    "line": N_("the company's own words"),
    "tone": N_("the default tone"),
    "accent": N_("the accent colour"),
}
# The title of the dialog's preview of the frame, for screen readers.
PREVIEW_TITLE = N_("Preview of the frame")
# Beside the accent colour in the "Embed on your site" dialog, when it is refused.
ACCENT_FORMAT = N_(
    "Write the colour as # and six hexadecimal digits, such as #0b5cad. The code leaves it out until then."
)
ACCENT_CONTRAST = N_(
    "Text on this colour would have a contrast of only {ratio}:1, and readers need at least 4.5:1"
    " (WCAG AA) in light and dark mode: choose a darker or a lighter colour. The code leaves it out until then."
)
# The embed code's <iframe title>, which screen readers announce for the frame (embed.py).
FRAME_TITLE = N_("Should I Connect? Advice on LinkedIn requests to your interviewer")
LINK_COPIED = N_("Link copied.")
LINK_COPIED_NO_NAMES = N_("Link copied, without names.")
EMBED_COPIED = N_("Copied the frame and the resize script.")

DATE_INCOMPLETE = N_("This date isn't complete: fill in the day, month and year (or clear it).")
# Beside the date when it is more than a week past or more than a year ahead; the verdict still follows it.
DATE_YEAR_CHECK = {
    "past": N_("Is the year right? This date is more than a week ago."),
    "future": N_("Is the year right? This date is more than a year away."),
}

# How a message names the interview day: the nearby days by name, any other by its date
# ("on Saturday, December 5"; dates.date_in_words writes the date in the page's language).
NEARBY_DAYS = {-1: N_("yesterday"), 0: N_("today"), 1: N_("tomorrow")}
ON_DATE = N_("on {date}")

# What a message shows for a detail left empty, so the candidate notices it before sending.
PLACEHOLDERS = {
    "interviewer": N_("[Interviewer's name]"),
    "company": N_("[Company]"),
    "role": N_("[Job title]"),
    "date": N_("[date]"),
    "your_name": N_("[Your name]"),
}

# Lists in a sentence: "a and b", "a, b and c" (wording.in_words).
LIST_OF_TWO = N_("{first} and {last}")
LIST_SEPARATOR = N_(", ")

# Beside "Greet them as" when a two-part name may put the family name first ("Kim Min-jun").
GREETING_ORDER_CHECK = N_(
    "Some names put the family name first. If {second} is their given name, greet them as {second}."
)

# The calendar reminder: the event's title, and the description before the two messages.
REMINDER_TITLE = N_("Send your interview thank-you")
REMINDER_TITLE_AT = N_("Send your thank-you for the interview at {company}")
REMINDER_DESCRIPTION = N_(
    "Your connection note, to send with your request:\n\n{note}\n\nYour thank-you email:\n\n{email}"
)
# With a panel, each person's two messages under their name.
REMINDER_FOR = N_("For {name}:")
REMINDER_FILE = N_("thank-you-reminder.ics")
REMINDER_SAVED = N_("Your calendar file is downloading: open it to add the reminder.")
REMINDER_WAIT = N_("Your messages are still being written: try again in a moment.")
ANSWERS_FORGOTTEN = N_("Your answers are forgotten on this device.")

# Words outside the page itself: the link-preview picture (tools/og_image.py), the web app
# manifest and oEmbed answer (tools/pages.py).
APP_NAME = N_("Should I Connect?")
APP_SHORT_NAME = N_("Connect?")
APP_TITLE = N_("Should I Connect? LinkedIn requests before a job interview")
APP_DESCRIPTION = N_(
    "Should you send your interviewer a LinkedIn request before the interview? A clear answer, the reasons,"
    " and a note to copy."
)
PREVIEW_QUESTION = N_("Should I send my interviewer a LinkedIn request?")
PREVIEW_SUBTITLE = N_("A clear answer, the reasons behind it, and a note to copy.")
PREVIEW_VERDICTS = {"connect": N_("Connect now"), "wait": N_("Wait until after"), "after": N_("Done? Say thanks")}

# The English page offers a reader whose browser prefers another language that language's page,
# once, in that language (tools/pages.py writes each offer with its own language's catalog).
# Translators: say that the tool is also in YOUR language ("This tool is also in Spanish.").
LANGUAGE_OFFER = N_("This tool is also in English.")
# Translators: the link to the page in YOUR language ("Use it in Spanish").
LANGUAGE_OFFER_LINK = N_("Use it in English")
