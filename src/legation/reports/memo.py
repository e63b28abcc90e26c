"""The case memo: facts, applicable law, findings with reasons and citations, the
principles, a timeline figure and the sources, in Markdown, HTML or PDF.

The headings and labels follow the interface language; the reasoning is the law
layer's, in English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from legation.law import analyze
from legation.law.engine import TreatyView
from legation.model.case import Case
from legation.model.findings import Analysis, shown_once
from legation.model.states import get_state
from legation.treaties import default_index
from legation.web.charts import timeline_svg
from legation.web.i18n import translations


@dataclass
class MemoContext:
    case: Case
    analysis: Analysis
    as_of: date
    lang: str
    law: list[tuple[str, str, str]]
    timeline: str

    def values(self) -> dict[str, Any]:
        t = translations(self.lang)
        index = default_index()

        def title(inst: str | None) -> str:
            return (
                index.instruments[inst].title(self.lang)
                if inst in index.instruments
                else (inst or "")
            )

        return {
            "case": self.case, "analysis": self.analysis, "findings": shown_once(self.analysis.findings),
            "as_of": self.as_of, "lang": self.lang,
            "law": self.law, "timeline": self.timeline, "_": t.gettext, "title": title,
            "state_name": lambda code: get_state(code).name(self.lang) if code else "",
        }  # fmt: skip


def memo_context(case: Case, view: TreatyView, as_of: date, lang: str = "en") -> MemoContext:
    analysis = analyze(case, view, as_of)
    law = [(a.instrument, " – ".join(a.states), a.in_force_from) for a in analysis.applicable_law]
    return MemoContext(case, analysis, as_of, lang, law, timeline_svg(case, case.title))


def _env() -> Environment:
    folder = Path(str(resources.files("legation.reports") / "templates"))
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]))


def render_html(ctx: MemoContext, *, standalone_css: bool = False) -> str:
    return _env().get_template("memo.html").render(standalone_css=standalone_css, **ctx.values())


def render_markdown(ctx: MemoContext) -> str:
    return _env().get_template("memo.md").render(**ctx.values())


def render_pdf(ctx: MemoContext) -> bytes:
    from weasyprint import CSS, HTML

    css = Path(str(resources.files("legation.web") / "static" / "memo.css"))
    return bytes(HTML(string=render_html(ctx)).write_pdf(stylesheets=[CSS(filename=str(css))]))
