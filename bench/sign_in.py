"""Sign-in cost and what it does to the event loop: eight password checks at once, hashed on the
loop (as the console did) and in the bounded pool (storage/passwords.py). A 5 ms ticker on the
same loop stands for the bot: its longest wait is how long every chat stalls."""

from __future__ import annotations

import asyncio
import time

from bench.harness import Result, emit
from storage import passwords

TRIES = 8
PASSWORD = "kata-sandi-yang-panjang-1"


async def _stall(check: object) -> tuple[float, float]:
    """(longest ticker gap, wall time) in ms while TRIES checks run."""
    stored = passwords.HASHER.hash(PASSWORD)
    gaps: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last - 0.005)
            last = now

    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0.02)
    start = time.perf_counter()
    await asyncio.gather(*(check(stored) for _ in range(TRIES)))  # type: ignore[operator]
    wall = time.perf_counter() - start
    done.set()
    await tick
    return max(gaps) * 1000, wall * 1000


async def _on_loop(stored: str) -> bool:
    return passwords._verify(stored, PASSWORD)


async def _in_pool(stored: str) -> bool:
    return await passwords.verify_password(stored, PASSWORD)


def run() -> list[Result]:
    start = time.perf_counter()
    passwords.HASHER.verify(passwords.HASHER.hash(PASSWORD), PASSWORD)
    one = (time.perf_counter() - start) / 2 * 1000
    loop_gap, loop_wall = asyncio.run(_stall(_on_loop))
    pool_gap, pool_wall = asyncio.run(_stall(_in_pool))
    return [
        Result(
            "sign-in: argon2 and the event loop",
            {
                "one argon2 hash or check (ms)": round(one, 1),
                f"{TRIES} checks on the loop: longest stall (ms)": round(loop_gap, 1),
                f"{TRIES} checks on the loop: wall (ms)": round(loop_wall, 1),
                f"{TRIES} checks in the pool: longest stall (ms)": round(pool_gap, 1),
                f"{TRIES} checks in the pool: wall (ms)": round(pool_wall, 1),
            },
            note="the pool has 2 threads and lets 8 wait; the stall is what every chat on the process feels",
        )
    ]


if __name__ == "__main__":
    emit(run())
