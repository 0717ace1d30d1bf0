"""The answers as the page last read them, with what it computed from them once."""


class Answers:
    """What the message box, the writer's client and the reminder share for one reading of the
    form: a named record, so none of them unpacks a tuple by position."""

    def __init__(self, situation, days, today, people, verdicts):
        self.situation = situation  # the normalized form dict (form.normalize)
        self.days = days  # days until the interview; None without a date
        self.today = today  # the browser's local date, ISO
        self.people = people  # one situation per interviewer (panel.people), person 1 first
        # Each person's rules.decide() verdict id, and whether it waits for the hiring decision
        # (the employer asks: not until its decision), in the same order.
        self.verdicts = verdicts
