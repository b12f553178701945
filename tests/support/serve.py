"""`run_bot.py serve` as a test starts it: on a free port, its log in the test's folder, handed
over once /healthz answers; a process that dies first fails the test with its log's tail."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.support.processes import stop

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def serving(env: dict[str, str], folder: Path, *, port: int, patience: float = 60.0) -> Iterator[str]:
    """The server's URL once it answers /healthz; stopped (SIGTERM, then waited for) afterwards."""
    log = folder / "serve.log"
    with log.open("w") as handle:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "run_bot.py"), "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=handle,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + patience
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"serve exited ({proc.returncode}): {log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"serve did not answer /healthz: {log.read_text()[-2000:]}")
            time.sleep(0.05)
        yield url
    finally:
        stop(proc)
