"""Parameters of the law layer that a proposed reform typically changes.

They are values, not code, so a reform (issue 7) can change them without
editing a rule. The defaults encode the law as it stands; `duration_flag_days`
is Legation's own threshold for flagging a long protection, not a rule of law,
and the finding says so.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class LawParams:
    # Caracas art. III: persons indicted or convicted for common offences may not be
    # given asylum, unless the acts are clearly political. Offences listed here bar
    # asylum with no "clearly political" escape (empty today).
    barred_offences: tuple[str, ...] = ()
    clearly_political_exception: bool = True
    # Who qualifies the offence where a treaty gives it to the granting state
    # (Montevideo 1933 art. 2, Caracas art. IV): "granting_state", "contestable"
    # (the territorial state may contest it before a third party), "third_party".
    qualification_by: str = "granting_state"
    # Caracas art. XII asks for the safe conduct "immediately"; None keeps that
    # standard, a number of days turns a refusal after that time into a breach.
    safe_conduct_deadline_days: int | None = None
    # Legation's flag for a protection that has lasted long (days); not law.
    duration_flag_days: int = 365
    # A maximum duration set by a reform, after which the states must negotiate a
    # transfer to a third state; None: the treaties set no number.
    max_asylum_days: int | None = None
    # Changes that apply only between the parties to an instrument a reform adds (an
    # amending protocol): (instrument id, {parameter: value}), in the reforms' order.
    conditional: tuple[tuple[str, dict[str, object]], ...] = ()


PARAMETERS: frozenset[str] = frozenset(f.name for f in fields(LawParams)) - {"conditional"}
