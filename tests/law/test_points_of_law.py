"""Points of law the rules must get right, each shown on a real case with one fact changed.

The library case gives the real facts; the test changes the one fact the point is
about and checks that the answer moves (or does not) as the law says.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from legation.cases.library import library
from legation.law import LawParams, analyze
from legation.law.view import IndexView
from legation.model.case import Case, Event, EventType as T
from legation.model.findings import Analysis, Finding


def case(case_id: str) -> Case:
    return library()[case_id]


def change(c: Case, event_id: str, **attrs: Any) -> Case:
    events = [e.model_copy(update=attrs) if e.id == event_id else e for e in c.events]
    return c.model_copy(update={"events": events})


def add(c: Case, **attrs: Any) -> Case:
    event = Event.model_validate({"id": f"x{len(c.events)}", **attrs})
    return c.model_copy(update={"events": [*c.events, event]})


def run(c: Case, view: IndexView, as_of: date, params: LawParams | None = None) -> Analysis:
    return analyze(c, view, as_of, params)


def finding(a: Analysis, rule: str) -> Finding:
    f = a.finding(rule)
    assert f is not None, f"{rule} did not engage"
    return f


def quito_entry_id() -> str:
    return next(e.id for e in case("quito-2024").events if e.type == T.PREMISES_ENTERED and e.id)


# -- inviolability -------------------------------------------------------------
def test_entry_with_head_of_mission_consent_is_no_breach(view: IndexView) -> None:
    c = change(case("quito-2024"), quito_entry_id(), consent=True, consent_by="head_of_mission")
    f = finding(run(c, view, date(2024, 5, 1)), "vcdr.22.1.entry")
    assert (f.answer, f.breach) == ("no", False)


def test_consent_of_someone_else_is_not_consent(view: IndexView) -> None:
    c = change(case("quito-2024"), quito_entry_id(), consent=True, consent_by="other")
    f = finding(run(c, view, date(2024, 5, 1)), "vcdr.22.1.entry")
    assert (f.answer, f.breach, f.bearer) == ("yes", True, "ECU")
    assert any("someone other than the head of mission" in r for r in f.reasoning)


def test_no_fire_or_emergency_exception_in_the_vcdr(view: IndexView) -> None:
    c = change(case("quito-2024"), quito_entry_id(), purpose="fire")
    f = finding(run(c, view, date(2024, 5, 1)), "vcdr.22.1.entry")
    assert f.breach
    assert any("no exception for fire" in r for r in f.reasoning)


def test_vccr_presumes_consent_in_fire_but_vcdr_does_not(view: IndexView) -> None:
    k = case("khashoggi-istanbul-2018")
    entry = next(e for e in k.events if e.type == T.PREMISES_SEARCHED)
    refused = change(k, entry.id or "", consent=False, consent_by=None, area="consular_work")
    assert finding(run(refused, view, date(2019, 1, 1)), "vccr.31.entry").breach
    fire = change(refused, entry.id or "", purpose=None)
    fire = change(fire, entry.id or "", type=T.PREMISES_ENTERED, purpose="fire")
    assert not finding(run(fire, view, date(2019, 1, 1)), "vccr.31.entry").breach


def test_misuse_of_premises_does_not_license_entry(view: IndexView) -> None:
    # Libya 1984: shots from the Bureau are misuse (41(3)); had police entered without consent,
    # that would still breach 22(1): the Convention's remedies are PNG and severance.
    libya = case("libyan-peoples-bureau-1984")
    entry = next(e for e in libya.events if e.type == T.PREMISES_ENTERED)
    c = change(libya, entry.id or "", consent=False, date=entry.date.parse("1984-04-18"))
    a = run(c, view, date(1984, 5, 1))
    assert finding(a, "vcdr.41.3.misuse").breach
    entry_f = finding(a, "vcdr.22.1.entry")
    assert entry_f.breach and any("does not license entry" in r for r in entry_f.reasoning)


def test_private_attack_is_a_breach_when_endorsed_and_open_when_not(view: IndexView) -> None:
    tehran = case("tehran-1980")
    attack = next(e for e in tehran.events if e.type == T.PREMISES_ATTACKED)
    assert finding(run(tehran, view, date(1980, 5, 24)), "vcdr.22.2.protect").breach
    plain = change(tehran, attack.id or "", endorsed_by=None)
    plain = plain.model_copy(
        update={"events": [e for e in plain.events if e.type != T.PROTECTION_WITHDRAWN]}
    )
    f = finding(run(plain, view, date(1980, 5, 24)), "vcdr.22.2.protect")
    assert f.answer == "undetermined"
    assert f.missing_facts


def test_cutting_utilities_engages_both_protection_and_facilities(view: IndexView) -> None:
    a = run(case("caracas-argentine-residence-2024"), view, date(2025, 5, 7))
    assert finding(a, "vcdr.22.2.protect").breach
    assert finding(a, "vcdr.25.facilities").breach
    assert a.principles["VEN"]["no_siege"] == "breached"


def test_inviolability_survives_severance_and_custody_revocation_is_disputed(
    view: IndexView,
) -> None:
    c = case("caracas-argentine-residence-2024")
    hostile = {T.PREMISES_SURROUNDED, T.UTILITIES_CUT, T.ACCESS_BLOCKED}
    only_revocation = c.model_copy(
        update={"events": [e for e in c.events if e.type not in hostile]}
    )
    f = finding(run(only_revocation, view, date(2025, 5, 7)), "vcdr.45.severance")
    assert f.answer == "undetermined"
    assert any("divided" in r for r in f.reasoning)
    assert finding(run(c, view, date(2025, 5, 7)), "vcdr.45.severance").breach


def test_objected_building_is_not_premises(view: IndexView) -> None:
    eg = case("equatorial-guinea-paris-2020")
    assert finding(run(eg, view, date(2020, 12, 11)), "premises.status").answer == "no"
    accepted = eg.model_copy(
        update={"mission": eg.mission.model_copy(update={"designation_objected": False})}
    )
    a = run(accepted, view, date(2020, 12, 11))
    assert finding(a, "premises.status").answer == "yes"
    assert finding(a, "vcdr.22.3.search").breach


# -- asylum ----------------------------------------------------------------------
def test_havana_no_unilateral_qualification_no_safe_conduct_no_urgency(view: IndexView) -> None:
    a = run(case("asylum-1950"), view, date(1950, 11, 20))
    assert finding(a, "asylum.qualification.binding").answer == "no"
    assert finding(a, "asylum.safe_conduct.duty").answer == "no"
    grant = finding(a, "asylum.grant.lawful")
    assert (grant.answer, grant.breach, grant.bearer, grant.article) == ("no", True, "COL", "2")


def test_havana_urgency_what_if_is_computed(view: IndexView) -> None:
    grant = finding(run(case("asylum-1950"), view, date(1950, 11, 20)), "asylum.grant.lawful")
    changes = {w.change: w.answer for w in grant.what_if}
    assert changes["the person had faced an immediate danger on entering"] == "yes"


def test_caracas_qualification_conflict_is_reported_not_resolved(view: IndexView) -> None:
    f = finding(run(case("quito-2024"), view, date(2024, 5, 1)), "asylum.grant.lawful")
    assert f.answer == "undetermined"
    cited = {(c.instrument, c.article) for c in f.citations}
    assert ("caracas-diplomatic-asylum-1954", "III") in cited
    assert ("caracas-diplomatic-asylum-1954", "IV") in cited
    assert any("no rule of priority" in r for r in f.reasoning)


def test_caracas_safe_conduct_must_be_given(view: IndexView) -> None:
    a = run(case("caracas-argentine-residence-2024"), view, date(2025, 5, 7))
    assert finding(a, "asylum.safe_conduct.duty").answer == "yes"
    denial = finding(a, "asylum.safe_conduct.denial")
    assert (denial.answer, denial.breach, denial.bearer) == ("yes", True, "VEN")


def test_dominican_reservation_to_article_vii_makes_urgency_objective(view: IndexView) -> None:
    # Move the Argentine residence case to Santo Domingo, with no danger on entry: under
    # art. VII the granting state's judgment of urgency governs, but not against the DR.
    base = case("caracas-argentine-residence-2024")
    first = next(e for e in base.events if e.type == T.REFUGE_SOUGHT)
    no_danger = change(base, first.id or "", danger="none")
    assert finding(run(no_danger, view, date(2025, 5, 7)), "asylum.grant.lawful").answer == "yes"
    dr = no_danger.model_copy(
        update={"mission": no_danger.mission.model_copy(update={"receiving_state": "DOM"})}
    )
    f = finding(run(dr, view, date(2025, 5, 7)), "asylum.grant.lawful")
    assert (f.answer, f.breach) == ("no", True)
    assert any("reservation to art. VII" in r for r in f.reasoning)


def test_no_duty_to_surrender_even_when_asylum_was_irregular(view: IndexView) -> None:
    a = run(case("haya-de-la-torre-1951"), view, date(1951, 6, 13))
    assert finding(a, "asylum.grant.lawful").answer == "no"
    assert finding(a, "asylum.surrender.duty").answer == "no"


def test_customary_baseline_when_no_asylum_treaty_binds(view: IndexView) -> None:
    a = run(case("assange-london-2012"), view, date(2019, 4, 12))
    t = finding(a, "asylum.treaty")
    assert t.answer == "no" and t.instrument == "custom"
    assert finding(a, "asylum.safe_conduct.duty").answer == "no"
    assert finding(a, "asylum.surrender.duty").answer == "no"


def test_non_refoulement_for_achr_party_but_not_refugee_law_for_nationals(view: IndexView) -> None:
    quito = finding(run(case("quito-2024"), view, date(2024, 5, 1)), "asylum.non_refoulement")
    assert quito.instrument == "achr-1969" and quito.answer == "yes"
    mindszenty = finding(
        run(case("mindszenty-1956"), view, date(1971, 9, 28)), "asylum.non_refoulement"
    )
    assert mindszenty.answer == "no"
    assert any("national of HUN" in r for r in mindszenty.reasoning)


def test_duration_counts_days_as_of_the_date(view: IndexView) -> None:
    f = finding(run(case("mindszenty-1956"), view, date(1971, 9, 28)), "asylum.duration")
    assert f.answer == "yes"
    assert any("5441 days" in r for r in f.reasoning)  # 4 Nov 1956 to 28 Sep 1971
    early = finding(run(case("mindszenty-1956"), view, date(1957, 1, 1)), "asylum.duration")
    assert early.answer == "no"


def test_ongoing_protection_is_counted_to_as_of(view: IndexView) -> None:
    lima = case("lima-mexican-embassy-2025")
    short = finding(run(lima, view, date(2025, 12, 1)), "asylum.duration")
    long = finding(run(lima, view, date(2027, 1, 1)), "asylum.duration")
    assert short.answer in ("no", "undetermined")
    assert long.answer == "yes"


def test_reform_parameter_changes_the_answer_without_editing_rules(view: IndexView) -> None:
    params = LawParams(
        barred_offences=("bribery", "illicit association"), clearly_political_exception=False
    )
    f = finding(run(case("quito-2024"), view, date(2024, 5, 1), params), "asylum.grant.lawful")
    assert (f.answer, f.breach, f.bearer) == ("no", True, "MEX")
    entry = finding(run(case("quito-2024"), view, date(2024, 5, 1), params), "vcdr.22.1.entry")
    assert entry.breach  # no asylum rule can license an entry


def test_partial_dates_make_answers_undetermined_when_they_straddle(view: IndexView) -> None:
    # The Caracas Convention entered into force for Peru on 21 May 1962 (deposit date in data).
    lima = case("lima-mexican-embassy-2025")
    grant = next(e for e in lima.events if e.type == T.ASYLUM_GRANTED)
    straddle = change(lima, grant.id or "", date=grant.date.parse("1962"))
    result = run(straddle, view, date(1963, 1, 1))
    # Havana 1928 bound both by 1949 (Colombia's ICJ application), so a treaty is in force
    # whatever the day; which one governs is what the straddle leaves open.
    treaty = finding(result, "asylum.treaty")
    assert treaty.answer == "yes" and treaty.instrument == "havana-asylum-1928"
    assert any("Caracas" in step and "uncertain" in step for step in treaty.reasoning)
    # Caracas art. IV lets Mexico qualify the offence; Havana does not (ICJ 1950).
    f = finding(result, "asylum.qualification.binding")
    assert f.answer == "undetermined"
    assert f.missing_facts


def test_principles_per_state_on_quito(view: IndexView) -> None:
    p = run(case("quito-2024"), view, date(2024, 5, 1)).principles
    assert p["ECU"]["inviolability"] == "breached"
    assert p["MEX"]["responsible_protection"] == "at_risk"


def test_same_facts_same_findings(view: IndexView) -> None:
    c = case("quito-2024")
    first = run(c, view, date(2024, 5, 1)).to_json()
    second = run(c, view, date(2024, 5, 1)).to_json()
    assert first == second


def test_trace_lists_facts_and_sourced_treaty_status(view: IndexView) -> None:
    f = finding(run(case("quito-2024"), view, date(2024, 5, 1)), "asylum.treaty")
    status = f.trace["treaty_status"]
    assert any(s["instrument"] == "caracas-diplomatic-asylum-1954" and s["party"] for s in status)
    assert all(s["sources"] for s in status if s["party"])


def test_asylum_questions_are_answered_person_by_person(view: IndexView) -> None:
    # Six opposition staff in the Argentine residence: five stayed until May 2025,
    # Martínez Mottola left in December 2024. One answer for "the asylee" would hide it.
    result = run(case("caracas-argentine-residence-2024"), view, date(2025, 5, 7))
    durations = {f.person: f.answer for f in result.findings if f.rule == "asylum.duration"}
    assert durations == {
        "meda": "yes",
        "urruchurtu": "yes",
        "macero": "yes",
        "villalobos": "yes",
        "gonzalez": "yes",
        "martinez_mottola": "no",
    }
    # Rules about the premises are still answered once per case.
    assert [f.person for f in result.findings if f.rule == "vcdr.45.severance"] == [None]
    # La Paz: Bolivia let Navarro and Dorado go after some ten weeks; Quintana stayed a year.
    paz = run(case("la-paz-mexican-residence-2019"), view, date(2021, 1, 1))
    assert paz.finding("asylum.duration", "navarro").answer == "no"
    assert paz.finding("asylum.duration", "quintana").answer == "undetermined"


def test_a_deposit_known_only_as_a_range_makes_the_answer_undetermined(view: IndexView) -> None:
    # Colombia's and Peru's Havana deposits are known only to lie between signature
    # (1928) and 1949; an asylum granted in 1940 may or may not have been under it.
    asylum = case("asylum-1950")
    grant = next(e for e in asylum.events if e.type == T.ASYLUM_GRANTED)
    early = change(asylum, grant.id or "", date=grant.date.parse("1940-06-01"))
    treaty = finding(run(early, view, date(1941, 1, 1)), "asylum.treaty")
    assert treaty.answer == "undetermined"
    assert any(
        m.startswith("whether and when COL deposited its ratification of the Havana")
        for m in treaty.missing_facts
    )
    # On the real date (January 1949) both were parties: the ICJ said so.
    assert finding(run(asylum, view, date(1950, 11, 20)), "asylum.treaty").answer == "yes"


def test_a_signatory_without_a_recorded_ratification_is_unknown_not_a_non_party(
    view: IndexView,
) -> None:
    # Honduras signed the 1928 and 1933 conventions; the data has no ratification, and
    # their ratification records are marked incomplete, so Zelaya's case cannot be
    # decided on "no treaty binds Brazil and Honduras".
    treaty = finding(run(case("zelaya-tegucigalpa-2009"), view, date(2010, 2, 1)), "asylum.treaty")
    assert treaty.answer == "undetermined"
    assert any("HND" in m and "Havana" in m for m in treaty.missing_facts)
