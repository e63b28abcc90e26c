"""Fetching a URL without becoming a proxy into private networks (SSRF).

Timeouts, a size cap, a bounded number of redirects followed one by one, and every
hop's host resolved and refused if it is private, loopback, link-local, multicast
or reserved, unless the caller explicitly allows private addresses (tests on
loopback do). Conditional requests (ETag, Last-Modified) are supported for feeds.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
USER_AGENT = "Legation-monitor/0.1 (+https://example.invalid/legation)"


class FetchRefused(ValueError):
    """The URL was not fetched; the message says why."""


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None


def check_host(url: str, allow_private: bool = False) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"{url}: only http and https are fetched")
    host = parts.hostname
    if not host:
        raise FetchRefused(f"{url}: no host")
    try:
        infos = socket.getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), proto=socket.IPPROTO_TCP
        )
    except socket.gaierror as exc:
        raise FetchRefused(f"{url}: cannot resolve {host} ({exc.strerror})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        unsafe = (address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
                  or address.is_reserved or address.is_unspecified)  # fmt: skip
        if unsafe and not allow_private:
            raise FetchRefused(
                f"{url}: {host} resolves to a non-public address ({address}); refused"
            )


def fetch(
    url: str, *, allow_private: bool = False, etag: str | None = None, last_modified: str | None = None,
    max_bytes: int = MAX_BYTES, client: httpx.Client | None = None,
) -> Fetched:  # fmt: skip
    """GET with the guards above; a 304 comes back with empty content."""
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    http = client or httpx.Client(timeout=TIMEOUT, follow_redirects=False)
    try:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            check_host(current, allow_private)
            with http.stream("GET", current, headers=headers) as resp:
                if resp.status_code in (301, 302, 303, 307, 308):
                    location = resp.headers.get("location")
                    if not location:
                        raise FetchRefused(f"{current}: redirect without a location")
                    current = urljoin(current, location)
                    continue
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchRefused(
                        f"{current}: {declared} bytes is over the {max_bytes}-byte limit"
                    )
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        raise FetchRefused(f"{current}: over the {max_bytes}-byte limit")
                return Fetched(current, resp.status_code, bytes(body), resp.headers.get("content-type"),
                               resp.headers.get("etag"), resp.headers.get("last-modified"))  # fmt: skip
        raise FetchRefused(f"{url}: more than {MAX_REDIRECTS} redirects")
    except httpx.HTTPError as exc:
        raise FetchRefused(f"{url}: {exc.__class__.__name__}: {exc}") from None
    finally:
        if own:
            http.close()
