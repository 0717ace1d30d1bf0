"""The advice on show: the rules run for each interviewer, only when what they read changed."""

from verdict_view import show_panel, show_verdict

from shouldconnect import panel, presets, rules, verdict_words


class Advisor:
    """The advice shown for each person, kept between key presses with the rules' inputs it
    answers, so that the rules run again only for a person whose inputs changed."""

    def __init__(self, employer):
        self.employer = employer  # an employer's presets (employer.read_presets)
        self.advised = []  # per person: the rules' inputs and days, and the advice on show for them

    def advise(self, situation, days):
        """Show the verdict for these answers, each interviewer's on a panel, and return the
        people (panel.people) and, for each, the verdict's id and whether it waits for the hiring
        decision. The rules see the employer's stance too, while the reader keeps it. They run,
        and a person's advice is rewritten, only when an answer they read or the days changed for
        that person (rules.inputs_of): typing a name or the company changes neither, and "what
        would change this" re-runs the rules dozens of times: on a slow phone, the longest step
        of a key press, which a panel must not multiply."""
        employer = self.employer["values"]
        stance = presets.stance_kept(employer, situation)
        people = panel.people(situation)
        before = self.advised
        self.advised = [
            self.advice_for(person, stance, days, before[index : index + 1]) for index, person in enumerate(people)
        ]
        # A panel that grew or shrank shows everyone's anew: its blocks may hold older advice.
        fresh = [len(before) != len(people) or advice is not before[index] for index, advice in enumerate(self.advised)]
        if len(people) == 1:
            if fresh[0]:
                show_verdict(self.advised[0]["words"], self.advised[0]["flips"])
        else:
            decisions = [advice["decision"] for advice in self.advised]
            names = verdict_words.people_names(people)
            show_panel(
                verdict_words.panel_headline(situation, decisions),
                [
                    dict(advice, number=index + 1, name=names[index], fresh=fresh[index])
                    for index, advice in enumerate(self.advised)
                ],
                verdict_words.panel_advice(len(people)),
            )
        verdicts = [(advice["words"]["verdict"], advice["words"]["until_decision"]) for advice in self.advised]
        return people, verdicts

    def advice_for(self, person, stance, days, shown):
        """One person's advice: `shown` (a list of none or one) when its inputs are the same,
        else the rules' anew."""
        advised = (rules.inputs_of(dict(person, stance=stance)), days)
        if shown and shown[0]["advised"] == advised:
            return shown[0]
        inputs = advised[0]
        decision = rules.decide(inputs, days)
        return {
            "advised": advised,
            "decision": decision,
            "words": verdict_words.described(decision, days, presets.company_name(self.employer["values"])),
            "flips": rules.what_would_change(inputs, days),
        }
