"""The danger reader alone: how long ``detect`` takes on a short answer and on a long story.

It runs on every message at every step (issue 14), so a short answer must cost a few
microseconds and a 1,000-character story well under half a millisecond.
"""

from __future__ import annotations

import os
import time

from bench.harness import Result, emit, median
from flows.understand.danger import detect

SHORT = ["ya", "2", "lewati", "malaysia", "Siti Aminah", "gaji blm dibayar 5 bln", "tolong dibantu", "pukul 3 sore"]
CRIES = ["tolong!!", "majikan pukul saya", "sy gk dikasih makan", "sy mau mati aja", "my sister is locked in"]
STORY = (
    "Assalamualaikum kak, sy kerja di hongkong udh 2 thn lewat agen di malang. Gaji sy dipotong "
    "agen tiap bulan HK$3000, katanya buat bayar utang biaya berangkat, padahal dulu di PT sudah "
    "bayar 25 juta. Paspor sy dipegang majikan dan tidak boleh keluar rumah kecuali hari minggu, itu "
    "pun cuma 2 jam. Sy kerja dari jam 5 pagi sampai jam 12 malam, jaga nenek dan 3 anak, masak, "
    "cuci, setrika baju semua orang di rumah. Hp sy kadang diambil kalau malam. Sy sudah bilang ke "
    "agen tapi agen bilang sabar saja nanti juga selesai kontraknya. Sy mau tanya apa sy bisa pindah "
    "majikan atau pulang tanpa bayar denda, karena sy takut kalau lapor nanti dipulangkan dan utang "
    "sy belum lunas. Keluarga di rumah juga butuh uang buat sekolah anak sy. Mohon bantuannya kak, "
    "terima kasih banyak sebelumnya, semoga kakak sehat selalu dan dilancarkan semua urusannya ya."
)


def per_call(texts: list[str], rounds: int) -> list[float]:
    """Microseconds per call, one figure per round over all ``texts``."""
    figures = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(rounds):
            for text in texts:
                detect(text)
        figures.append((time.perf_counter() - start) / (rounds * len(texts)) * 1e6)
    return figures


def run() -> list[Result]:
    # ten different stories in turn: the normaliser remembers only the last text it saw
    story = [STORY[:999] + str(i) for i in range(10)]
    short = per_call(SHORT, 2000)
    cries = per_call(CRIES, 2000)
    long_ = per_call(story, 100)
    return [
        Result(
            "Danger reader (flows/understand/danger.py)",
            {
                "short answer: µs/call (median of 7)": round(median(short), 1),
                "cry for help: µs/call (median of 7)": round(median(cries), 1),
                "1,000-character story: µs/call (median of 7)": round(median(long_), 1),
                "1,000-character story: µs/call (best of 7)": round(min(long_), 1),
                "target": "≤ 500 µs on a 1,000-character story" + ("" if median(long_) <= 500 else " — NOT reached"),
                "load average (1 min) during the run": round(os.getloadavg()[0], 1),
            },
            note="Compiled with the engine (ADR 0023; PMI_PURE_PYTHON=1 runs the source); includes tokenising. "
            "Every message at every step is read. On a "
            "shared host the figures grow with the load average printed beside them.",
        )
    ]


if __name__ == "__main__":
    emit(run())
