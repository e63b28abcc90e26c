"""Load benchmark (not a test): many concurrent clients fetching analyses on loopback.

Starts the API twice with uvicorn on 127.0.0.1 over a fresh SQLite register, once with
stored analyses (the default) and once with the analysis cache disabled, and drives
each with the same bounded load: C concurrent clients, N requests in all, cycling
over the library's cases. Reports requests/s, p50 and p99 latency, and the ratio.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from legation.cases.library import library

CLIENTS = 32
REQUESTS = 1200
AS_OF = "2026-11-29"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SERVER = """
import sys, uvicorn
from legation.api import create_app
from legation.store.register import Register
reg = Register(sys.argv[1], analysis_cache=sys.argv[2] == "1")
reg.upgrade(); reg.load_bundled()
uvicorn.run(create_app(reg), host="127.0.0.1", port=int(sys.argv[3]), log_level="warning")
"""


async def drive(port: int) -> tuple[float, list[float]]:
    ids = list(library())
    latencies: list[float] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(REQUESTS):
        queue.put_nowait(ids[i % len(ids)])

    async def client(c: httpx.AsyncClient) -> None:
        while not queue.empty():
            case_id = queue.get_nowait()
            start = time.perf_counter()
            resp = await c.get(f"/api/v1/cases/{case_id}/analysis", params={"as_of": AS_OF})
            resp.raise_for_status()
            latencies.append(time.perf_counter() - start)

    limits = httpx.Limits(max_connections=CLIENTS)
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=60
    ) as c:
        for case_id in ids:  # warm-up: one request per case
            (
                await c.get(f"/api/v1/cases/{case_id}/analysis", params={"as_of": AS_OF})
            ).raise_for_status()
        start = time.perf_counter()
        await asyncio.gather(*(client(c) for _ in range(CLIENTS)))
        return time.perf_counter() - start, sorted(latencies)


def run(cache: bool) -> tuple[float, float, float]:
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'load.db'}"
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, url, "1" if cache else "0", str(port)],
            env=os.environ.copy(),
        )
        try:
            for _ in range(200):
                try:
                    httpx.get(f"http://127.0.0.1:{port}/api/v1/instruments", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            seconds, lat = asyncio.run(drive(port))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return REQUESTS / seconds, lat[len(lat) // 2] * 1000, lat[int(len(lat) * 0.99) - 1] * 1000


def main() -> None:
    cached = run(cache=True)
    uncached = run(cache=False)
    print(f"{CLIENTS} concurrent clients, {REQUESTS} analysis requests over {len(library())} cases")
    print(
        f"  stored analyses : {cached[0]:7.0f} req/s  p50 {cached[1]:6.1f} ms  p99 {cached[2]:6.1f} ms"
    )
    print(
        f"  cache disabled  : {uncached[0]:7.0f} req/s  p50 {uncached[1]:6.1f} ms  p99 {uncached[2]:6.1f} ms"
    )
    print(f"  ratio           : {cached[0] / uncached[0]:.1f}x the throughput with stored analyses")


if __name__ == "__main__":
    main()
