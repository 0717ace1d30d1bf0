"""The answers as the page last read them, with what it computed from them once."""


class Answers:
    """What the message box, the writer's client and the reminder share for one reading of the
    form: a named record, so none of them unpacks a tuple by position."""

    def __init__(self, situation, days, verdict, today, until_decision=False):
        self.situation = situation  # the normalized form dict (form.normalize)
        self.days = days  # days until the interview; None without a date
        self.verdict = verdict  # rules.decide()'s verdict id
        self.today = today  # the browser's local date, ISO
        self.until_decision = until_decision  # the employer asks: not until its decision
