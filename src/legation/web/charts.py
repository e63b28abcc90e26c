"""Figures drawn on the server as SVG, from data shipped with installed packages.

The world map is the country outline SVG shipped by the `pygal_maps_world` package
(no tile server, nothing fetched at run time), recoloured per state; the timeline
is drawn from the case's events. Colours are from the Okabe–Ito palette, which
stays distinct for the common forms of colour blindness.
"""

from __future__ import annotations

from functools import cache
from html import escape
from importlib import resources
from pathlib import Path

from lxml import etree

from legation.model.case import Case, EventType as T
from legation.model.states import get_state

# Okabe–Ito
ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILION, PURPLE, GREY = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#BBBBBB",
)  # fmt: skip

EVENT_COLOURS = {
    "asylum": BLUE,
    "siege": ORANGE,
    "entry": VERMILION,
    "relations": PURPLE,
    "other": GREY,
}


def event_family(t: T) -> str:
    name = t.value
    if name.startswith(("asylum", "refuge", "safe_conduct", "departure", "surrender")):
        return "asylum"
    if t in (
        T.PREMISES_SURROUNDED,
        T.UTILITIES_CUT,
        T.ACCESS_BLOCKED,
        T.COMMUNICATIONS_INTERFERED,
        T.PROTECTION_WITHDRAWN,
    ):
        return "siege"
    if t in (
        T.PREMISES_ENTERED,
        T.PREMISES_SEARCHED,
        T.PREMISES_ATTACKED,
        T.ARCHIVES_SEIZED,
        T.DIPLOMAT_DETAINED,
        T.DIPLOMAT_ATTACKED,
    ):
        return "entry"
    if t in (
        T.RELATIONS_SEVERED,
        T.MISSION_CLOSED,
        T.CUSTODY_ASSIGNED,
        T.CUSTODY_REVOKED,
        T.DIPLOMAT_EXPELLED,
    ):
        return "relations"
    return "other"


def timeline_svg(case: Case, title: str) -> str:
    """A horizontal timeline: one mark per event, coloured by family, with a text list
    beside it in the page for screen readers."""
    events = case.events
    if not events:
        return ""
    first = min(e.date.start for e in events)
    last = max(e.date.end for e in events)
    span = max((last - first).days, 1)
    width, height, pad = 900, 120, 30
    marks = []
    for i, e in enumerate(events):
        x = pad + (e.date.start - first).days / span * (width - 2 * pad)
        y = 40 + (i % 4) * 14
        colour = EVENT_COLOURS[event_family(e.type)]
        label = f"{e.date} {e.type.value.replace('_', ' ')}"
        marks.append(
            f'<circle cx="{x:.1f}" cy="{y}" r="6" fill="{colour}" stroke="#222" stroke-width="0.5">'
            f"<title>{escape(label)}</title></circle>"
        )
    axis = (
        f'<line x1="{pad}" y1="100" x2="{width - pad}" y2="100" stroke="#444"/>'
        f'<text x="{pad}" y="116" font-size="11">{first.isoformat()}</text>'
        f'<text x="{width - pad}" y="116" font-size="11" text-anchor="end">{last.isoformat()}</text>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" class="timeline">{axis}{"".join(marks)}</svg>'
    )


@cache
def _world() -> bytes:
    path = Path(str(resources.files("pygal_maps_world") / "worldmap.svg"))
    return path.read_bytes()


def world_map_svg(
    sending: dict[str, int], receiving: dict[str, int], active: set[str], title: str
) -> str:
    """The world map with sending states in blue, receiving states in orange, states in
    live cases outlined; alpha-3 keys."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(_world(), parser)
    ns = "{http://www.w3.org/2000/svg}"
    root.set("role", "img")
    root.set("aria-label", title)
    for g in root.iter(f"{ns}g"):
        classes = (g.get("class") or "").split()
        if "country" not in classes:
            continue
        alpha2 = classes[0].upper()
        try:
            code = get_state(alpha2).code
        except Exception:
            code = ""
        fill = "#E8E8E8"
        if code in receiving and code in sending:
            fill = PURPLE
        elif code in receiving:
            fill = ORANGE
        elif code in sending:
            fill = SKY
        g.set("fill", fill)
        g.set("stroke", "#111" if code in active else "#FFFFFF")
        g.set("stroke-width", "2.5" if code in active else "0.6")
        if code:
            title_el = etree.SubElement(g, f"{ns}title")
            title_el.text = f"{get_state(code).name()}: {sending.get(code, 0)} as sending state, {receiving.get(code, 0)} as receiving state"
    return str(etree.tostring(root, encoding="unicode"))
