"""Timing, latency percentiles, resident memory, and the report file.

Light to import: bench.memory measures the resident memory of the process that imports this,
so what only the report needs (psutil, importlib.metadata, statistics: ~1 MB and ~140 modules
in a fresh interpreter) is imported where it is used."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "PERFORMANCE.md"


@dataclass
class Result:
    name: str
    figures: dict[str, float | int | str] = field(default_factory=dict)
    note: str = ""


def rss_mb() -> float:
    """This process's resident memory, MB: Linux's own count (what psutil reads, the second
    field of /proc/self/statm), or psutil's elsewhere."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024
    except (OSError, ValueError, IndexError):
        import psutil

        return float(psutil.Process().memory_info().rss) / 1024 / 1024


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def median(values: list[float]) -> float:
    import statistics

    return statistics.median(values) if values else 0.0


def machine() -> str:
    from importlib.metadata import version

    import psutil

    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = psutil.virtual_memory().total / 1024**3
    libs = ", ".join(
        f"{p} {version(p)}" for p in ("SQLAlchemy", "aiosqlite", "asyncpg", "python-telegram-bot", "aiogram")
    )
    import flows

    engine = "engine compiled with mypyc" if flows.COMPILED else "engine from its Python source"
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB; Python {platform.python_version()}; {libs}; "
        f"{engine}; {datetime.now(UTC):%Y-%m-%d}"
    )


def run_module(module: str) -> list[Result]:
    """Run one benchmark in a fresh interpreter; it prints JSON results on its last line."""
    proc = subprocess.run([sys.executable, "-m", module], capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        return [Result(module, {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"})]
    try:
        data = json.loads((proc.stdout.strip().splitlines() or [""])[-1])
    except ValueError:  # one benchmark that prints otherwise must not lose every other's figures
        return [Result(module, {"error": "its last line was not the JSON of its results"})]
    return [Result(**r) for r in data]


def emit(results: list[Result]) -> None:
    print(json.dumps([asdict(r) for r in results]))


def write_report(results: list[Result]) -> str:
    lines = [
        "# Performance",
        "",
        f"Measured by `make bench` on: {machine()}.",
        "",
        "Figures are from one run; on this shared 2-core machine repeat runs differ by 10-20 %, and",
        "runs on different days and hosts by more (the same ConversationHandler baseline measured",
        "4,406, 2,508, 1,998 and 3,126 turns/s in four runs): compare implementations within one run,",
        "as the ratios do.",
        "Targets from the issue are given beside each figure; where a target is not reached, the",
        "table says so. A durable turn is: engine step, group commit of the state, the replies",
        '"sent" (stubbed), and the batched mark that they went out (replies at least once, ADR 0002).',
        "Filing a case writes the case, its events and its outbox rows, and a new conversation",
        "creates the reporter's data key: in the short six-question dialog these two turns of seven",
        "weigh much more than in the 32-turn complaint.",
        "",
    ]
    for r in results:
        lines.append(f"## {r.name}")
        if r.note:
            lines += ["", r.note]
        lines += ["", "| figure | value |", "| --- | --- |"]
        lines += [f"| {k} | {v} |" for k, v in r.figures.items()]
        lines.append("")
    text = "\n".join(lines)
    REPORT.write_text(text, encoding="utf-8")
    return text
