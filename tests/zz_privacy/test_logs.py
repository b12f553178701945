"""Nothing personal in logs: after the whole run (this folder is collected last), every log the
tests and the bot processes wrote is scanned for the test personas' names, phones and stories.

`make test` runs the other tests in two processes and this folder afterwards, on its own, with
``PMI_TEST_LOGS`` naming the folder that holds both runs' logs; a plain ``pytest`` in one process
scans its own temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PERSONAS = [
    "Siti Aminah",
    "Rina Wati",
    "Dewi Lestari",
    "6281234567890",
    "0812 3456 7890",
    "+966 50 123 4567",
    "966501234567",
    "0813 1111 2222",
    "+60123456789",
    "Sudah 5 bulan gaji saya tidak dibayar",
    "Majikan bilang nanti",
    "Anak saya tidak bisa dihubungi",
    "The agency keeps my passport",
    "Saya bekerja tanpa libur",
    "Gaji tidak dibayar lima bulan",
    "Kapan terakhir Rina menelepon",
    "Tanggal 3 Maret, dari nomor majikan",
    "Apakah paspor Anda masih dipegang majikan",
    "Kami sudah menghubungi KBRI",
    "Ada, +966 50 765 4321",
    "ini kontrak saya",
]


def logs_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the run's logs are: PMI_TEST_LOGS when `make test` ran the tests before, else this run's."""
    named = os.environ.get("PMI_TEST_LOGS")
    if named:
        return Path(named)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        pytest.fail("with several test processes the log scan must run after the rest: `make test` does")
    return tmp_path_factory.getbasetemp()


def test_no_persona_appears_in_any_log(tmp_path_factory: pytest.TempPathFactory) -> None:
    base = logs_root(tmp_path_factory)
    logs = [p for p in base.rglob("*.log") if p.is_file()]
    assert logs, "the run wrote logs to scan"
    leaks = []
    for log in logs:
        text = log.read_text(encoding="utf-8", errors="replace")
        leaks += [f"{log.relative_to(base)}: {p!r}" for p in PERSONAS if p in text]
    assert leaks == [], "personal data in logs:\n" + "\n".join(leaks)


def test_the_logs_are_real_logs(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The scan above means something only if the bot really logged during the run."""
    base = logs_root(tmp_path_factory)
    text = "".join(p.read_text(errors="replace") for p in base.rglob("*.log") if p.is_file())
    if "logger" not in text:
        pytest.fail("no structured log line was written during the run: run the whole suite")
    assert Path(base).exists()
