"""Hostile and random text never breaks the understanding step, and reads the same every time."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.understand import normalize_chat, read_answer, read_consent, understand
from flows.understand.types import CATEGORIES, INDICATORS

TODAY = date(2026, 12, 3)
CHAT = st.sampled_from(
    ["sy", "gk", "tdk", "udh", "5", "bln", "1.500", "rm", "nt$", "$", "setengah", "dua", "puluh", "gaji", "paspor",
     "ditahan", "tidak", "tahu", "kalau", "kabur", ",", ".", "di", "pukul", "anak2", "sy", "mamanya", "riyadh", "🙏",
     "\u202e", "nya", "ribu", "juta", "sejak", "juni", "2025", "lwt", "pt", "Sumber", "kapal", "dkt", "fiji"]
)  # fmt: skip


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(CHAT, max_size=40).map(" ".join)))
def test_any_text_is_read_without_error_and_within_the_contract(text):
    first = understand(text, TODAY)
    assert understand(text, TODAY) == first
    assert set(first.categories) <= set(CATEGORIES)
    assert set(first.indicators) <= set(INDICATORS)
    assert all(m.amount > 0 for m in first.money)
    assert isinstance(normalize_chat(text), str)
    assert read_answer(text) in (None, "yes", "no", "unknown", "skip", "done")
    assert read_consent(text) in (None, True, False)


def test_a_very_long_message_is_read_in_part_not_refused():
    story = "majikan sy gk bayar gaji udh 5 bln. " * 2000
    u = understand(story, TODAY)
    assert u.category == "gaji_tidak_dibayar"
