"""HTML to text, hardened: a cheap pass for triage and a careful one for hits.

selectolax (Lexbor) is fast enough to run on every page; trafilatura removes
boilerplate and runs only on the pages that passed triage. Both get a size cap,
and anything that fails to parse is skipped with a reason, never a crash.
"""

from __future__ import annotations

MAX_HTML_BYTES = 5 * 1024 * 1024


class Unreadable(ValueError):
    """A document that cannot be turned into text; the message says why."""


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8, else a charset sniffed by trafilatura's helper, else Latin-1."""
    if b"\x00" in data[:4096]:
        raise Unreadable("binary data (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from trafilatura.utils import decode_file

        return str(decode_file(data))
    except Exception:
        return data.decode("latin-1")


def cheap_text(html: str) -> str:
    if len(html) > MAX_HTML_BYTES:
        raise Unreadable(f"HTML larger than {MAX_HTML_BYTES} bytes")
    from selectolax.lexbor import LexborHTMLParser

    try:
        tree = LexborHTMLParser(html)
    except Exception as exc:  # selectolax raises on some malformed input
        raise Unreadable(f"unparsable HTML: {exc}") from None
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    body = tree.body or tree.root
    return body.text(separator=" ", strip=True) if body is not None else ""


def careful_text(html: str) -> tuple[str, str | None]:
    """Main text and title with boilerplate removed (falls back to the cheap pass)."""
    if len(html) > MAX_HTML_BYTES:
        raise Unreadable(f"HTML larger than {MAX_HTML_BYTES} bytes")
    import trafilatura

    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True
        )
        meta = trafilatura.extract_metadata(html)
    except Exception:
        text, meta = None, None
    title = getattr(meta, "title", None) if meta is not None else None
    return (text or cheap_text(html)), title


def looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<article"))
