"""Danger named in general, nobody in it now (issue 14, ADR 0020, branch lookalike9): each kind in
fresh words as workers type, and beside it the same words with her danger, still read
(flows/understand/danger_in_general.py)."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

HARMLESS = [
    # asked before it happens: an "if", a time to come or before she leaves, and a question
    "sblm brangkat sy pengen tau, klo ada penyiksaan di rumah majikan lapor kemana",
    "kalo nanti di sana disekap agen, gmn caranya minta bantuan?",
    "if one day my employer lock me inside the house, where can i report?",
    "kalau kita dianiaya majikan, hrs visum di rs mana?",
    "tanong lang po, kung saktan ako ng amo, saan po pwedeng magsumbong?",
    # a service or a subject named by the danger it is for
    "kak ada nomor pengaduan pelecehan buat pekerja di taiwan gk",
    "sy lg baca uu kekerasan dalam rumah tangga, bagus isinya",
    "is there a hotline abuse for domestic workers in singapore",
    # a culprit judged
    "pelaku penganiayaan tkw di kuwait akhirnya divonis 7 thn penjara",
    "td di tv, tersangka penyekapan 10 pekerja migran ditangkap polisi",
    "majikan yg nyiksa tkw di singapura itu dihukum penjara 10 thn",
    # years ago, nothing since
    "bude sy dulu pernah disiksa majikan di arab, tp itu 20 thn lalu, skrg dia punya toko",
    # a rescue since
    "sepupu sy dulu disekap calo di batam, udh dipulangkan KBRI, skrg kerja di pabrik",
    # money as who strangles
    "dicekik utang kartu kredit, tiap bulan cuma bisa bayar minimal",
    # an animal shut in
    "Kinulong ni sir ang pusa sa banyo kasi may bisita",
    "madam locked the dog in the garden because guests are scared",
]

DANGEROUS = [
    # it has happened, goes on or she is afraid
    "kalo nanti majikan mukul lagi gmn kak? td udh dipukul pake sapu",
    "if my employer lock me inside again, where can i report? yesterday she lock me all day",
    "sblm berangkat sy dikurung di penampungan, gk boleh keluar, kalo kabur gmn?",
    "kalau gk selesai kerja kami dikunci di gudang, apa itu boleh?",
    "apa hukumnya kalau majikan mukul pekerja? sy dipukul semalam",
    # a noun of danger, hers
    "sy mau lapor soal kekerasan majikan, tiap hari sy ditampar",
    "sy korban pelecehan anak majikan, tolong",
    "sy jg ngalamin kekerasan dr majikan, mau lapor kemana",
    # a culprit not judged, she in it
    "pelakunya majikan sy sendiri, dia mukul sy terus, polisi gk nangkap",
    "majikan yg mukul sy cuma ditegur polisi, gk dihukum",
    # years ago, but still going on
    "dulu pernah disiksa, tp itu 2 thn lalu dan sampe skrg masih dipukul",
    # rescued once, taken again
    "temen sy dulu disekap, udh ditolong tp skrg disekap lagi sama agen baru",
    # strangled by him over a debt
    "sy dicekik majikan krn utang agen blm lunas",
    # she is the one shut in, beside an animal
    "Kinulong ako ng amo ko sa kwarto kasama ang aso",
    "madam locked me in the dog cage last night",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_danger_named_in_general_is_no_alarm(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", DANGEROUS)
def test_her_danger_beside_those_words_is_still_read(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"
