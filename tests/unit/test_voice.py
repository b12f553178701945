"""What docs/VOICE.md asks of every text the bot says, where a machine can check it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
#: the few texts allowed to be long, each for a reason (VOICE.md, "Punctuation and form")
LONG = {
    "complaint.privacy",  # the full privacy notice, one button away from the short consent
    "common.help",  # the help text, asked for
    "complaint.filed",  # number, code, family code, what happens next
    "family.filed",
    "common.erase_choose",  # three choices, each saying what it means for help
    "whatsapp.discreet_offer",  # WhatsApp cannot delete: said honestly
    "whatsapp.discreet_howto",
}
MOST_WORDS = 45
JARGON = re.compile(r"prosedural|perundang|yang bersangkutan|\bdimohon\b|\bharap\b|\bsubmit\b", re.I)


def flat(data: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            yield from flat(value, path)
        else:
            yield path, str(value)


def texts(lang: str) -> dict[str, str]:
    return dict(flat(yaml.safe_load((ROOT / "locales" / f"{lang}.yaml").read_text(encoding="utf-8"))))


def words(text: str) -> int:
    return len(TEMPLATE.sub(" x ", text).split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_messages_are_short_but_the_few_that_must_be_long(lang: str) -> None:
    long = {k: words(v) for k, v in texts(lang).items() if words(v) > MOST_WORDS and k not in LONG}
    assert not long, long


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_internal_code_and_no_legal_jargon_reaches_her(lang: str) -> None:
    for key, text in texts(lang).items():
        plain = TEMPLATE.sub("", text)
        assert not re.search(r"(?<![\w/])[a-z]+_[a-z_]+(?!\w)", plain), key
        assert not JARGON.search(plain), key


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_sentence_to_her_does_not_end_in_a_colon_unless_a_list_or_example_follows(lang: str) -> None:
    """ "Mohon periksa:" is English form; a colon may only introduce a list or an example."""
    allowed = {"common.example_intro", "common.help", "common.language_choose", "complaint.privacy", "status.mine"}
    ending = [k for k, v in texts(lang).items() if k not in allowed and re.search(r"\w:\s*$", TEMPLATE.sub("", v))]
    assert not ending, ending


def test_no_english_style_colon_inside_an_indonesian_sentence() -> None:
    """ "Boleh dilewati: ketik Lewati" reads as a form; "Boleh dilewati, ketik Lewati" as speech.
    Colons stay for lists (help, privacy), examples ("Misalnya: Maret 2024") and values."""
    lists = {"common.help", "complaint.privacy"}
    mid = {
        k: m.group(0)
        for k, v in texts("id").items()
        if k not in lists and (m := re.search(r"\b[a-z]+: [a-z]", TEMPLATE.sub("X", v)))
    }
    assert not mid, mid


def test_both_languages_say_the_same_things() -> None:
    assert set(texts("id")) == set(texts("en"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_consent_is_about_forty_words_with_the_full_notice_one_button_away(lang: str) -> None:
    all_texts = texts(lang)
    for key in ("complaint.consent.prompt", "family.consent.prompt"):
        assert words(all_texts[key]) <= 42, (key, words(all_texts[key]))
    assert words(all_texts["complaint.privacy"]) > 60, "the full notice exists"


def test_a_family_member_is_never_asked_about_the_employer_checking_their_phone() -> None:
    flow = yaml.safe_load((ROOT / "flows" / "family_report.yaml").read_text(encoding="utf-8"))
    prompts = [str(n.get("prompt", "")) for n in flow["nodes"].values() if isinstance(n, dict)]
    for lang in ("id", "en"):
        all_texts = texts(lang)
        for key in prompts:
            text = all_texts.get(key, "").lower()
            if "hp" in text.split() or "phone" in text:
                assert "majikan" not in text and "employer" not in text, (lang, key)
