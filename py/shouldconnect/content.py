"""Ids and every user-facing sentence the engine produces, in one place.

Keeping words out of the rules means the wording can be edited without
touching the logic. The longer texts of the pros, cons and best practices live
in the static HTML (so they paint before Python starts), keyed by these ids.
Tuples give the display order (MicroPython dicts don't keep insertion order).
"""

VERDICTS = ("connect", "wait", "after")

HEADLINES = {
    "connect": "Connect now, with a personalized note",
    "wait": "Wait, and connect after the interview",
    "after": "The interview is over: connect now with a thank-you",
}

# Benefits of an early request, in the order the advice article gives them.
PRO_IDS = ("interest", "research", "visibility", "network")

# Risks of an early request, in the article's order.
CON_IDS = ("forward", "decline", "advantage", "timing")

PRACTICE_IDS = ("personal-note", "boundaries", "research-anyway", "prepare")

# Why the verdict came out the way it did, keyed by reason id.
REASONS = {
    # The interview is behind you.
    "interview-over": ("Your interview date has passed, so a request now can't look like an attempt to sway it."),
    "thank-you": ("Add a few words thanking them for their time: it turns the request into a friendly follow-up."),
    # Overrides: connecting is right whatever else holds.
    "invited": ("They invited you to connect, or suggested it: accept or send the request, it's what they asked for."),
    "offer-stage": (
        "You're at the offer stage: the hiring decision is made, so connecting now is simply building the relationship."
    ),
    # Reasons to hold off, strongest first.
    "presence-private": (
        "Your interviewer keeps a quiet, private LinkedIn profile, so a request"
        " from a candidate may be unwelcome right now."
    ),
    "follow-first": (
        "Their profile shows Follow as the main button, a sign they keep requests"
        " for people they know. Follow them now (nothing for them to accept) and"
        " send a request after the interview."
    ),
    "role-hiring-manager": (
        "They are the hiring manager: people who make the decision usually prefer to connect once it's made."
    ),
    "role-teammate": (
        "They may become your teammate and are likely on the panel: panel members are best left until after a decision."
    ),
    "role-leader": ("A senior leader tends to keep hiring formal, and an early request can read as jumping the line."),
    "culture-formal": (
        "The company feels formal, and there an early request can come across as pushy before you've even met."
    ),
    "culture-unsure": ("You're not sure how open the company is, so it's safer not to risk seeming too forward."),
    "industry-formal": (
        "Finance, law, government and healthcare tend to run hiring formally, so"
        " an early request is more likely to seem out of place."
    ),
    "no-note": ("A request with no personal message can seem random, or read as a bid for special treatment."),
    "final-round": (
        "This is the final round and a decision is close: a request now can look"
        " like lobbying, while one just after will be welcome."
    ),
    "too-soon": ("Your interview is less than three days away, so they may not notice your request before you meet."),
    "no-date": ("Add your interview date: without it we can't tell whether a request would reach them in time."),
    # Why connecting now is fine.
    "role-recruiter": (
        "Recruiters connect with candidates at every stage; it's part of their job,"
        " so the usual worries about timing and formality don't apply."
    ),
    "industry-startup": (
        "Startups and tech companies are usually informal, so a friendly request"
        " is likely to be welcome even though you're not sure of this one."
    ),
    "industry-caution": (
        "The team sounds open, but finance, law, government and healthcare often"
        " keep hiring formal: keep your note short and professional."
    ),
    "mutual-yes": ("You share a connection, which gives you common ground: mention them in your note."),
    "culture-open": (
        "The company has an open, collaborative feel, where a friendly hello before you meet is usually welcome."
    ),
    "note-included": ("You'll add a personal note, which keeps the request polite and clearly professional."),
    "presence-open": "Your interviewer seems happy to connect with people on LinkedIn.",
    "presence-unknown": (
        "You don't know how your interviewer uses LinkedIn. Connecting is still"
        " fine, but look at their profile first and hold off if it seems private."
    ),
    "enough-time": ("Your interview is at least three days away, so they have time to see your request."),
}

# Shown above each message, saying when to send it; "kind:verdict" keys refine a kind.
MESSAGE_INTROS = {
    "note-before": "Send this note with your request now. Make it sound like you before copying it.",
    "note-after": "After the interview, send this thank-you with your request while it's still fresh.",
    "note-after:wait": "Keep this note for after the interview, and send it with your request then.",
    "note-after:after": "Send this thank-you with your request now, while the conversation is still fresh.",
    "note-after:late": (
        "Send this thank-you with your request now: a few days on, a short thank-you still reads well."
    ),
    "email": (
        "After the interview, send this email within 24 hours. A LinkedIn note is a nice"
        " extra, but it doesn't replace a thank-you email."
    ),
    "email:after": (
        "Send this email today, within 24 hours of the interview. A LinkedIn note is a nice"
        " extra, but it doesn't replace a thank-you email."
    ),
    "email:late": (
        "It's a few days since the interview, but a thank-you still reads well: send this email"
        " today. A LinkedIn note doesn't replace it."
    ),
}

# Warnings next to the note counter and after copying; %-formatted by note.note_warnings().
NOTE_TOO_LONG = "Your note is %s over LinkedIn's %d-character limit: shorten it before sending."
NOTE_PLACEHOLDERS_LEFT = "Replace %s with the real details before sending."

# The note counter under the message box.
COUNT_NOTE = "{count} / {limit} characters"
COUNT_EMAIL = "{count} characters (an email has no limit)"

# The message box's placeholder while the writer starts (as in index.html), once it has failed,
# and where it cannot run at all (a blog's sandboxed frame).
WRITING_PLACEHOLDER = "Your message appears here in a few seconds."
OWN_MESSAGE_PLACEHOLDER = "Write your own message here; the counter still counts it."
WRITER_UNAVAILABLE = (
    "This blog's frame can't run our message writer. Continue in the full tool to get your"
    " messages, with your answers filled in."
)

COPY_BUTTON = "Copy message"
COPY_ANYWAY_BUTTON = "Copy anyway"
COPIED = "Copied."
NOTHING_TO_COPY = "There is no message to copy yet."
HANDLER_FAILED = "Something went wrong there. It has been logged; please try again."

COPY_OVER_LIMIT = (
    "This note is over LinkedIn's limit, so LinkedIn won't accept it as it is."
    " Shorten it, or press the button again to copy it anyway."
)

COPY_FALLBACK = (
    "Your browser didn't let us copy it, so it is selected for you: press Ctrl+C (Cmd+C on a Mac) to copy it."
)

# How firm the advice is, derived from the rules (see rules._confidence).
CONFIDENCE = {
    "clear": "Clear: the signals point one way.",
    "leaning": "Leaning: something unknown or a note of caution adds doubt, so check it if you can.",
    "judgment": "A judgment call: some signals favour connecting and some don't, so weigh what you know of them.",
}

# "What would change this": what the candidate could do or find out, each a clause starting
# with "you" that follows "If". Keys are "field:value" as rules.what_would_change tries them;
# only answers given as unknown are tried, so none says "you didn't know".
CHANGES = {
    "note:true": "you add a personalized note",
    "note:false": "you send it without a personal note",
    "days:3": "you find the interview is 3 or more days away",
    "days:2": "you find the interview is 2 days away or sooner",
    "culture:open": "you find out the company is collaborative and open",
    "culture:formal": "you find out the company is formal or reserved",
    "presence:open": "you find out your interviewer is active and open on LinkedIn",
    "presence:private": "you find out your interviewer is private on LinkedIn",
    "interviewer_role:recruiter": "you learn your interviewer is a recruiter or talent partner",
    "interviewer_role:hiring_manager": "you learn your interviewer is the hiring manager",
    "interviewer_role:teammate": "you learn your interviewer is a future teammate",
    "interviewer_role:leader": "you learn your interviewer is a senior leader",
    "industry:startup": "you learn the company is a startup or in tech",
    "industry:corporate": "you learn the company is a large corporate",
    "industry:regulated": "you learn the company is in finance, law, government or healthcare",
    "stage:screen": "you learn this is a first screen",
    "stage:later": "you learn this is a later round",
    "stage:final": "you learn this is the final round",
    "follow_first:true": "you see their profile shows Follow as the main button",
}
# Two changes in one line: "If you add a personalized note and find out ...". The second
# clause's "you" is left out, as the sentence shares it.
CHANGES_JOINED = "{first} and {second}"

NOTHING_FLIPS = "No small change to your answers would change this advice."
# One line of "What would change this": a change (from CHANGES) and the verdict it leads to.
CHANGE_LINE = "If {change}: {verdict}."

# The "too-soon" reason on the interview day itself, where "less than three days" reads oddly.
TOO_SOON_TODAY = "Your interview is today, so they are unlikely to see a request before you meet."

# Short verdicts for the end of a "what would change this" line.
VERDICT_SHORT = {
    "connect": "connect now",
    "wait": "wait until after the interview",
    "after": "connect now with a thank-you",
}

# The verdict in a few words, for the compact bar that keeps it in view on a phone.
VERDICT_BAR = {
    "connect": "Connect now, with a note",
    "wait": "Wait until after the interview",
    "after": "Connect now, with a thank-you",
}

# LinkedIn's own limits, shown where they matter.
WITHDRAW_WARNING = (
    "Don't send a request now and withdraw it later: LinkedIn can stop you inviting"
    " the same person again for up to three weeks."
)
FREE_NOTE_QUOTA = (
    "A free account can add a personal note to only a few requests a month, so save them for moments like this one."
)

# Said once, above the form, when a shared link can't be used whole. Whatever could be read is
# filled in; the address then holds the answers as they are.
LINK_NOTICES = {
    "foreign": "This link wasn't made by this page, so the form starts from its usual answers.",
    "future": (
        "This link was made by a newer version of this page: the answers this version knows are"
        " filled in. Reloading may bring the newer version."
    ),
    "damaged": "This link looks damaged, so check the answers below before you rely on them.",
}
LINK_DROPPED = (
    "Part of this link was damaged: {answers} could not be read and start from the usual answer."
    " Everything else is as it was shared."
)
LINK_UNKNOWN = "This link holds answers this version of the page doesn't know; they were left out."
# How a notice names an answer: "the interview date could not be read".
FIELD_NAMES = {
    "date": "the interview date",
    "culture": "the company culture",
    "presence": "the interviewer's LinkedIn presence",
    "note": "the personalized note",
    "premium": "LinkedIn Premium",
    "interviewer_role": "who the interviewer is",
    "industry": "the industry",
    "mutual": "mutual connections",
    "stage": "the interview stage",
    "invited": "the invitation",
    "follow_first": "the Follow button",
    "tone": "the tone",
    "role": "the job title",
    "topic": "the topic from their profile",
    "discussed": "what you talked about",
    "interviewer": "the interviewer's name",
    "greet_as": "the greeting",
    "company": "the company",
    "mutual_name": "the mutual contact's name",
    "your_name": "your name",
}
LINK_COPIED = "Link copied."
LINK_COPIED_NO_NAMES = "Link copied, without names."
EMBED_COPIED = "Copied the frame and the resize script."

DATE_INCOMPLETE = "This date isn't complete: fill in the day, month and year (or clear it)."
# Beside the date when it is more than a week past or more than a year ahead; the verdict still follows it.
DATE_YEAR_CHECK = "Is the year right? This date is {when}."
DATE_YEAR_PAST = "more than a week ago"
DATE_YEAR_FUTURE = "more than a year away"

# Beside "Greet them as" when a two-part name may put the family name first ("Kim Min-jun").
GREETING_ORDER_CHECK = "Some names put the family name first. If {second} is their given name, greet them as {second}."

# The calendar reminder: the event's title, and the description before the two messages.
REMINDER_TITLE = "Send your interview thank-you"
REMINDER_TITLE_AT = "Send your thank-you for the interview at {company}"
REMINDER_DESCRIPTION = "Your connection note, to send with your request:\n\n{note}\n\nYour thank-you email:\n\n{email}"
REMINDER_FILE = "thank-you-reminder.ics"
REMINDER_SAVED = "Your calendar file is downloading: open it to add the reminder."
REMINDER_WAIT = "Your messages are still being written: try again in a moment."
ANSWERS_FORGOTTEN = "Your answers are forgotten on this device."
