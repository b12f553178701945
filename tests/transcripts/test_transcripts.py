"""Golden transcripts of the whole complaint flow, in Indonesian and English.

The same scripts run through the pure engine and through the real console process
(`run_bot.py console --jsonl`, with SQLite and encryption), and must give the same words.
The Telegram end-to-end tests replay them through both frameworks too.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.config import load_settings
from flows.dialog import load_dialog
from tests.support.transcript import check_golden, exchanges_from_jsonl, load_script, run_engine, to_jsonl

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
SCRIPTS = ["complaint_id", "complaint_en", "family_report_id"]
#: the moments that matter most (issue 14): a cry at the first message, a second cry,
#: trafficking from the menu, stopping and going on, and each way of erasing
SAFETY_SCRIPTS = [
    "emergency_hongkong_id",
    "second_cry_id",
    "trafficking_menu_id",
    "batal_lanjut_id",
    "hapus_chat_id",
    "hapus_tarik_id",
    "hapus_semua_id",
    "safety_question_id",
]
ALL_SCRIPTS = [*SCRIPTS, *SAFETY_SCRIPTS]
CODE = r"([2-9A-HJ-NP-Z]{3,4}-[2-9A-HJ-NP-Z]{4})"
CODE_AFTER = {
    "Nomor laporan": re.compile(r"Nomor laporan:?\s+" + CODE),
    "keluarga yang baru": re.compile(r"keluarga yang baru[^\n]*:\s*" + CODE),
}


@pytest.mark.parametrize("name", ALL_SCRIPTS)
def test_engine_matches_golden(name: str, update_golden: bool) -> None:
    exchanges = run_engine(load_dialog(load_settings().dialog), load_script(name), NOW)
    check_golden(name, exchanges, update_golden)


def test_one_dialog_shared_by_every_script_gives_the_same_words() -> None:
    """The engine remembers words per dialog (ADR 0003): a worker, a family member and an English
    speaker served by one dialog, in either order, each get exactly their golden transcript."""
    dialog = load_dialog(load_settings().dialog)
    for name in [*SCRIPTS, *reversed(SCRIPTS)]:
        check_golden(name, run_engine(dialog, load_script(name), NOW), update=False)


def console_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    # no key in the environment: the first run creates <data>/keys.json, as `make run` does
    env.update({"PMI_DATA_DIR": str(tmp_path)})
    for name in ("BOT_TOKEN", "PMI_MASTER_KEYS", "PMI_KEY_FILE", "PMI_INDEX_KEY"):
        env.pop(name, None)
    env.pop("DATABASE_URL", None)
    return env


def run_console(tmp_path: Path, lines: list[dict], chat: str = "1", timeout: float = 60) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), "console", "--jsonl", "--chat-id", chat],
        input="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=console_env(tmp_path),
        cwd=ROOT,
        check=False,
    )
    with (tmp_path / "console.log").open("a") as log:  # scanned for personal data at the end of the run
        log.write(proc.stderr)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize("name", ALL_SCRIPTS)
def test_console_jsonl_matches_golden(name: str, tmp_path: Path, update_golden: bool) -> None:
    if update_golden:
        pytest.skip("goldens are written from the engine run")
    script = load_script(name)
    output = run_console(tmp_path, [to_jsonl(item) for item in script])
    check_golden(name, exchanges_from_jsonl(script, output), update=False)


def test_status_from_the_own_chat_and_with_a_family_code(tmp_path: Path, update_golden: bool) -> None:
    """The reporter sees her case without a code and makes a new family code; a relative in
    another chat sees the stage with that code, and a wrong code gets a neutral answer."""
    filing = run_console(tmp_path, [to_jsonl(i) for i in load_script("family_report_id")], chat="11")
    number = next(m.group(1) for o in filing if (m := CODE_AFTER["Nomor laporan"].search(o.get("text", ""))))
    own_script = load_script("status_own")
    own = run_console(tmp_path, [to_jsonl(i) for i in own_script], chat="11")
    own_ex = exchanges_from_jsonl(own_script, own)[1:]
    check_golden("status_own", own_ex, update_golden)
    family = next(
        CODE_AFTER["keluarga yang baru"].search(o["text"]) for o in own if "keluarga yang baru" in o.get("text", "")
    )
    assert family is not None
    values = {"$CASE": number, "$CASE_LOWER": number.lower().replace("-", " "), "$FAMILY": family.group(1)}
    other_script = [values.get(i, i) if isinstance(i, str) else i for i in load_script("status_other")]
    other = run_console(tmp_path, [to_jsonl(i) for i in other_script], chat="12")
    other_ex = exchanges_from_jsonl(load_script("status_other"), other)[1:]
    check_golden("status_other", other_ex, update_golden)
    texts = [o["text"] for o in other if o["type"] == "message"]
    assert any("Kami tidak dapat menampilkan status" in t for t in texts), "a wrong code gets a neutral answer"
    assert any("Diterima, menunggu petugas" in t for t in texts), "the family code shows the stage"
    assert not any("Rina" in t or "Lombok" in t for t in texts), "the status never shows names or the story"
