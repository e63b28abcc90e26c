"""Judgments and opinions the rules rely on, as title + link (cited, never quoted)."""

from __future__ import annotations

from legation.model.findings import Citation

ICJ_ASYLUM_1950 = Citation(
    authority="ICJ, Asylum (Colombia/Peru), Judgment of 20 November 1950",
    url="https://www.icj-cij.org/case/7",
)
ICJ_HAYA_1951 = Citation(
    authority="ICJ, Haya de la Torre (Colombia v. Peru), Judgment of 13 June 1951",
    url="https://www.icj-cij.org/case/14",
)
ICJ_TEHRAN_1980 = Citation(
    authority="ICJ, United States Diplomatic and Consular Staff in Tehran, Judgment of 24 May 1980",
    url="https://www.icj-cij.org/case/64",
)
ICJ_ARMED_ACTIVITIES_2005 = Citation(
    authority="ICJ, Armed Activities on the Territory of the Congo (DRC v. Uganda), Judgment of 19 December 2005",
    url="https://www.icj-cij.org/case/116",
)
ICJ_EQ_GUINEA_2020 = Citation(
    authority="ICJ, Immunities and Criminal Proceedings (Equatorial Guinea v. France), Judgment of 11 December 2020",
    url="https://www.icj-cij.org/case/163",
)
IACTHR_OC_25_18 = Citation(
    authority="Inter-American Court of Human Rights, Advisory Opinion OC-25/18 of 30 May 2018 (asylum and its recognition as a human right)",
    url="https://www.corteidh.or.cr/docs/opiniones/seriea_25_eng.pdf",
)


def article(instrument: str, art: str) -> Citation:
    return Citation(instrument=instrument, article=art)
