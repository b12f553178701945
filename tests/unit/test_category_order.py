"""Which of several problems comes first: the learned re-ranking (flows/understand/category_order.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bench.train_category_order import train
from flows.understand import understand
from flows.understand.category_order import MODEL

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "first", "then"),
    [
        # the claim she asks about, not the death it follows
        ("mau nanya cara klaim santunan bpjs, istri sy meninggal di taiwan bulan lalu", "jaminan_sosial", "meninggal"),
        # the contract that ended and the ship that does not go home, before the wages held
        (
            "sy kerja di kapal ikan korea. kontrak udh abis 2 bln lalu, tp kapal blm pulang ke pelabuhan. "
            "gaji kami ditahan agen",
            "tidak_dipulangkan",
            "gaji_tidak_dibayar",
        ),
        # a year of waiting to leave, before the extra money asked
        (
            "udh setahun nunggu berangkat ke jepang, udh lulus pelatihan, agen minta tambahan 15 jt lagi",
            "gagal_berangkat",
            "biaya_berlebih",
        ),
    ],
)
def test_the_problem_a_mediator_puts_first_is_first_and_the_other_is_kept(text: str, first: str, then: str) -> None:
    categories = understand(text, TODAY).categories
    assert categories[0] == first and then in categories[1:]


def test_one_problem_alone_is_left_as_the_lexicon_reads_it() -> None:
    assert understand("gaji sy udh 4 bln gk dibayar majikan", TODAY).categories == ("gaji_tidak_dibayar",)


def test_the_shipped_weights_are_what_training_on_the_tune_part_gives() -> None:
    """Whoever changes the tune part or the lexicon retrains (`make model`)."""
    shipped = json.loads(MODEL.read_text(encoding="utf-8"))
    fresh = train()
    assert shipped["features"] == fresh["features"]
    assert shipped["messages"] == fresh["messages"]
    assert shipped["coef"] == pytest.approx(fresh["coef"], abs=1e-3)
    assert shipped["intercept"] == pytest.approx(fresh["intercept"], abs=1e-3)
