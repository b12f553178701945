"""The understanding step alone: a 1,000-character story, a short answer, start-up and memory.

Each timing is the median of many calls, with the best beside it: the machine is shared, and
when other work runs on it the wall-clock median moves while the best does not; the CPU time of
this process (which waiting for a core does not add to) and the load average are printed too.
The story is written as a worker writes it: shorthand, several problems,
a place, money and time.
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable
from datetime import date

from bench.harness import Result, emit, rss_mb

STORY = (
    "assalamualaikum kak, sy mau lapor. sy kerja di riyadh sbg ART udh 2 thn lwt PT Sumber Rejeki, resmi. "
    "majikan sy gk bayar gaji udh 5 bln, gaji 1200 riyal sebulan. paspor sy di pegang majikan, hp jg disita, "
    "gk boleh keluar rumah. kerja dr jam 5 pagi sampai jam 12 malam gk ada libur. kalau sy minta gaji malah "
    "dimarahi dan diancam mau dilaporkan ke polisi. makan cuma sekali sehari. sy udh gk kuat, mau pulang ke "
    "indonesia, tlg bantu sy. keluarga sy di NTT kupang gk tau kabar sy krn hp disita. agen di sana jg gk bisa "
    "dihubungi. sy takut sekali. tolong dibantu ya kak, sy mau gaji sy dibayar dan paspor dikembalikan. terima "
    "kasih banyak. oh iya kak, sy juga pernah dipotong gaji 300 riyal buat bayar tiket, padahal di kontrak gk ada. "
    "anak sy di kampung jg sakit, sy bingung harus gimana. mohon bantuannya ya kak, sy udah gk tau harus minta "
    "tolong ke siapa lagi. majikan perempuan sering marah2, kadang lempar barang. sy cuma mau pulang dgn selamat. "
    "sy mohon bantuannya kak, terima kasih banyak ya kak."
)[:1000]
ANSWERS = ("gk tau", "iya", "udah itu aja", "gk setuju", "lewati")
TODAY = date(2026, 12, 3)


def _timings(call: Callable[[], object], rounds: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    times = []
    for _ in range(rounds):
        started = clock()
        call()
        times.append(clock() - started)
    return times


def run() -> list[Result]:
    before = rss_mb()
    started = time.perf_counter()
    # what the engine loads besides flows.understand (which flows.danger imports): its parsers and
    # their libraries (pycountry and its names, rapidfuzz, phonenumbers, babel, langdetect, PyYAML)
    import pycountry
    import rapidfuzz  # noqa: F401
    import yaml  # noqa: F401

    import flows.inputs.country
    import flows.inputs.dates
    import flows.inputs.phone
    import flows.language  # noqa: F401

    len(pycountry.countries)  # its database, which the engine's country question loads

    gc.collect()
    engine_loaded = rss_mb()
    loaded_at = time.perf_counter()
    from flows.understand import read_answer, understand

    import_ms = (time.perf_counter() - loaded_at) * 1000
    understand("halo", TODAY)  # the first call loads the danger reader (flows/understand/danger.py)
    gc.collect()
    after = rss_mb()
    understand(STORY, TODAY)
    story = _timings(lambda: understand(STORY, TODAY), 500)
    story_cpu = _timings(lambda: understand(STORY, TODAY), 500, time.process_time)
    short = _timings(lambda: understand("gk tau", TODAY), 5000)
    answers = _timings(lambda: [read_answer(a) for a in ANSWERS], 5000)
    median_story = statistics.median(story) * 1000
    median_cpu = statistics.median(story_cpu) * 1000
    return [
        Result(
            "Understanding one message (flows/understand)",
            {
                f"{len(STORY):,}-character story: ms (median of 500)": round(median_story, 3),
                f"{len(STORY):,}-character story: ms (best)": round(min(story) * 1000, 3),
                f"{len(STORY):,}-character story: CPU ms of this process (median of 500)": round(median_cpu, 3),
                "short answer through understand(): µs (median)": round(statistics.median(short) * 1e6, 1),
                "read_answer(): µs per answer (median)": round(statistics.median(answers) * 1e6 / len(ANSWERS), 1),
                "import of flows.understand (lexicons read and compiled): ms": round(import_ms, 1),
                "resident MB added by flows.understand and its danger reader": round(after - engine_loaded, 1),
                "resident MB of the engine's parsers alone (before flows.understand)": round(engine_loaded, 1),
                "import of the engine's parsers: ms": round((loaded_at - started) * 1000, 1),
                "load average of the machine (1 min) during the run": round(os.getloadavg()[0], 2),
                "resident MB of the interpreter before any import": round(before, 1),
                "target": "story ≤ 2 ms (median)"
                + ("" if median_story <= 2 else " — NOT reached on the wall clock")
                + ("" if median_cpu <= 2 else " — NOT reached in CPU time either"),
            },
            note="The message is normalised once and its words walked once against every pattern of every "
            "reader, each pattern indexed by its rarest word (flows/understand/matcher.py). Memory is what "
            "importing flows.understand and one call add to a process that has already loaded the engine's "
            "parsers and their libraries (the engine imports flows.understand through flows.danger).",
        )
    ]


if __name__ == "__main__":
    emit(run())
