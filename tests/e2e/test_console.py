"""The console channel end to end through run_bot.py: resume by chat id, and a crash between
two answers that loses nothing and files nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.console import live_console
from tests.support.transcript import load_script, to_jsonl
from tests.transcripts.test_transcripts import ROOT, console_env, run_console


def export_cases(env: dict[str, str]) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), "cases", "export", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_second_run_with_the_same_chat_id_resumes_where_the_first_stopped(tmp_path: Path) -> None:
    script = [to_jsonl(item) for item in load_script("complaint_id")]
    first = run_console(tmp_path, script[:8], chat="7")
    assert first[-1] == {"type": "await", "node": "summary", "input": "summary"}
    second = run_console(tmp_path, script[8:], chat="7")
    # on start the console shows the question the conversation stopped at
    assert second[1] == {"type": "await", "node": "summary", "input": "summary"}
    assert second[-1] == {"type": "done"} and any("Nomor laporan" in o.get("text", "") for o in second)
    cases = export_cases(console_env(tmp_path))
    assert len(cases) == 1
    case = cases[0]
    assert case["worker_name"] == "Siti Aminah" and case["country"] == "SA" and case["city"] == "Riyadh"
    assert case["sex"] == "F" and case["reporter_kind"] == "self" and case["category"] == "gaji_tidak_dibayar"
    assert case["story"].startswith("assalamualaikum, sy mau lapor majikan sy gk bayar gaji udh 5 bln")
    assert "{{ 7*7 }}" in case["employer_name"], "user text is stored literally"
    assert case["phone"] == "+6281234567890" and case["province"] == "Jawa Timur" and case["age"] == 25
    assert "withholding_of_wages" in case["indicators"] and "retention_of_documents" in case["indicators"]
    assert case["created_at"].endswith("+00:00") and case["language"] == "id"


def test_another_chat_id_is_another_conversation(tmp_path: Path) -> None:
    run_console(tmp_path, [{"text": "halo"}, {"choice": "lapor"}], chat="1")
    other = run_console(tmp_path, [], chat="2")
    assert other[-1] == {"type": "await", "node": "welcome", "input": "choice"}


@pytest.mark.e2e
def test_killed_between_two_answers_the_conversation_resumes_and_files_once(tmp_path: Path) -> None:
    env = console_env(tmp_path)
    script = [to_jsonl(item) for item in load_script("complaint_id")]
    with live_console(env, tmp_path, "9") as chat:
        chat.turn_end()  # the welcome's await
        for line in script[:21]:
            chat.send(line)
            chat.turn_end()
        os.kill(chat.proc.pid, signal.SIGKILL)  # no goodbye, no flush
        chat.proc.wait(timeout=10)
    rest = run_console(tmp_path, script[21:], chat="9")
    assert rest[1]["type"] == "await" and rest[1]["node"] == "sc_movement", "resumed at the question it was killed at"
    # the last answer again (as a worker would, not knowing it was kept): the case is still filed once
    run_console(tmp_path, [{"text": "halo"}], chat="9")
    cases = export_cases(env)
    assert len(cases) == 1
    assert cases[0]["worker_name"] == "Siti Aminah"


def test_discreet_mode_in_the_console_shows_the_deletions(tmp_path: Path) -> None:
    out = run_console(
        tmp_path, [{"text": "halo"}, {"choice": "lapor"}, {"choice": "setuju"}, {"text": "ya"}, {"text": "1"}], chat="5"
    )
    deletions = [o for o in out if o["type"] == "deleted"]
    assert deletions and all(o["count"] > 0 for o in deletions)
    assert any(o.get("text", "").startswith("🔒 Pesan dari layanan.") for o in out)


def test_a_bad_jsonl_line_gets_an_error_line_and_the_console_goes_on(tmp_path: Path) -> None:
    """Deep nesting used to raise RecursionError and end the console; a huge line, a line that
    is not JSON and a media line with odd field types each get an error line (or are read
    safely), and the next good line is answered."""
    lines = [
        "[" * 10_000,
        '{"text": "' + "x" * 100_000 + '"}',
        "sy mau lapor",
        '{"media": {"kind": "document", "file_id": "f1", "size": 18446744073709551616, "mime_type": ["x"]}}',
        '{"text": "halo"}',
    ]
    proc = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), "console", "--jsonl", "--chat-id", "31"],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=60,
        env=console_env(tmp_path),
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    errors = [o["error"] for o in out if o["type"] == "error"]
    assert len(errors) == 3, errors
    assert errors[0].startswith("nested too deeply") and errors[1].startswith("too large")
    assert errors[2].startswith("not JSON")
    # the media line and "halo" were both answered: two more prompts after the welcome
    assert sum(1 for o in out if o["type"] == "await") >= 3, out
