"""The treaty data as the law layer sees it: a cached, read-only view."""

from __future__ import annotations

from datetime import date

from legation.treaties.status import TreatyIndex


class IndexView:
    """Adapts a TreatyIndex to the engine's TreatyView, memoising lookups: the
    what-if runs ask the same (state, instrument, day) many times."""

    def __init__(self, index: TreatyIndex) -> None:
        self.index = index
        self._party: dict[tuple[str, str, date], tuple[bool, bool, str | None, list[str]]] = {}
        self._res: dict[tuple[str, str, date], list[tuple[str, ...]]] = {}
        self._between: dict[tuple[str, str, date], list[tuple[str, str, bool]]] = {}

    def party_on(
        self, state: str, instrument: str, day: date
    ) -> tuple[bool, bool, str | None, list[str]]:
        key = (state, instrument, day)
        hit = self._party.get(key)
        if hit is None:
            st = self.index.status(state, instrument, day)
            sources = sorted({a.source for a in st.actions if not a.is_alt})
            hit = (st.party, st.uncertain, str(st.since) if st.since else None, sources)
            self._party[key] = hit
        return hit

    def reservations_on(self, state: str, instrument: str, day: date) -> list[tuple[str, ...]]:
        key = (state, instrument, day)
        hit = self._res.get(key)
        if hit is None:
            hit = [r.articles for r in self.index.status(state, instrument, day).reservations]
            self._res[key] = hit
        return hit

    def instruments(self) -> list[str]:
        return list(self.index.instruments)

    def between(self, a: str, b: str, day: date) -> list[tuple[str, str, bool]]:
        key = (a, b, day)
        if key not in self._between:
            self._between[key] = self._compute_between(a, b, day)
        return self._between[key]

    def _compute_between(self, a: str, b: str, day: date) -> list[tuple[str, str, bool]]:
        return [
            (x.instrument.id, str(x.in_force_from), x.uncertain)
            for x in self.index.between(a, b, day)
        ]
