"""Final clauses as code: when a deposit or a denunciation takes effect.

The numbers (30 days, 12 months …) live in `data/instruments.yaml` beside
the article that states them; this module only applies them.
"""

from __future__ import annotations

from datetime import date, timedelta

from legation.model.dates import PartialDate, add_months
from legation.model.treaty import Action, Instrument


def entry_for_state(instrument: Instrument, deposit: PartialDate) -> PartialDate:
    """First day the instrument binds a state that deposited consent on `deposit`.

    A state that deposits before the general entry into force is bound from that
    date; later, the instrument's own rule applies (e.g. VCDR art. 51(2): the
    thirtieth day after deposit). Both cases are `max(general, deposit + delay)`.
    """
    rule = instrument.entry_rule
    delay = rule.days if rule.rule == "days_after_deposit" else 0
    start = max(instrument.entry_into_force, deposit.start + timedelta(days=delay))
    end = max(instrument.entry_into_force, deposit.end + timedelta(days=delay))
    text = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return PartialDate(start, end, text)


def denunciation_effect(instrument: Instrument, notice: PartialDate) -> PartialDate:
    """Day a denunciation notified on `notice` takes effect.

    Where the instrument has no denunciation clause, the general law of treaties
    (VCLT art. 56(2)) asks for at least twelve months' notice; that is used, and
    the status reports the assumption.
    """
    rule = instrument.denunciation_rule
    months = rule.months if rule.rule == "months_after_notice" else 12
    start, end = add_months(notice.start, months), add_months(notice.end, months)
    if rule.not_before_years_in_force:
        earliest = add_months(instrument.entry_into_force, 12 * rule.not_before_years_in_force)
        start, end = max(start, earliest), max(end, earliest)
    text = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return PartialDate(start, end, text)


def effect_of(instrument: Instrument, action: Action) -> PartialDate:
    """When an action takes effect: the date the source states, else the computed one."""
    if action.effective is not None:
        return action.effective
    if action.action.value == "denunciation":
        return denunciation_effect(instrument, action.date)
    return entry_for_state(instrument, action.date)


def before(day: date, when: PartialDate) -> bool | None:
    """Is `day` before `when`? None when `when` is a range that contains `day`."""
    if day < when.start:
        return True
    if day >= when.end:
        return False
    return None
