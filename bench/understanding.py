"""`make eval`: how well the readers understand what people write, measured on the labelled sets
in tests/data, printed and written to docs/UNDERSTANDING.md.

The score is the held-out part; the tune part's figures (and its misses, message by message)
come after, for the engineers who tune on it. Held-out messages are never printed. A reader
that is not built yet gets a "not available yet" row instead of stopping the report.
"""

from __future__ import annotations

import importlib
import statistics
import time
import timeit
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from bench import evalsets
from bench.eval_score import (
    SLOTS,
    DangerScore,
    NegationScore,
    Ratio,
    UnderstandingScore,
    expected_values,
    score_danger,
    score_negation,
    score_understanding,
)

REPORT = evalsets.ROOT / "docs" / "UNDERSTANDING.md"
#: the day the sets were labelled on ("5 bln lalu", "sejak juni" are read from it)
TODAY = date(2026, 12, 3)
#: the targets of the issues, on the held-out part; never lowered to make a reader pass
TARGETS = {"top1": 0.85, "top2": 0.95, "country": 0.95, "danger_recall": 0.98, "story_ms": 2.0}
MISSING = "not available yet"
#: not from the sets: read once before timing so that loading is not counted as a message
WARM_UP = (
    "halo min, sy kerja di luar negeri dan mau tanya soal kontrak kerja sy yg udh hampir habis",
    "hello, I would like to ask about my work contract, it ends next month and I have questions",
)


@dataclass
class Readers:
    understand: Callable[[str], Any] | None = None
    detect: Callable[[str], Any] | None = None
    asks: Callable[[str], bool] | None = None
    read_answer: Callable[..., Any] | None = None
    read_consent: Callable[[str], Any] | None = None
    why_missing: dict[str, str] = field(default_factory=dict)


def _find(module: str, name: str, readers: Readers) -> Callable[..., Any] | None:
    try:
        found = getattr(importlib.import_module(module), name, None)
    except Exception as error:  # a reader half-built must not stop the report
        readers.why_missing[f"{module}.{name}"] = f"{type(error).__name__}: {error}"
        return None
    if not callable(found):
        readers.why_missing[f"{module}.{name}"] = "not defined"
        return None
    return found


def load_readers() -> Readers:
    readers = Readers()
    understand = _find("flows.understand", "understand", readers)
    if understand is not None:
        readers.understand = lambda text: understand(text, today=TODAY)
    readers.detect = _find("flows.understand.danger", "detect", readers)
    readers.asks = _find("flows.understand.danger_model", "sounds_dangerous", readers)
    readers.read_answer = _find("flows.understand.answers", "read_answer", readers)
    readers.read_consent = _find("flows.understand.answers", "read_consent", readers)
    return readers


@dataclass
class PartScore:
    understanding: UnderstandingScore | None
    danger: DangerScore | None
    labelled: dict[str, int]
    items: int
    danger_items: int
    micros_per_message: float | None = None
    slowest_micros: float | None = None
    median_micros: float | None = None
    first_call_ms: float | None = None
    story_ms: float | None = None


def score_part(part: evalsets.Part, readers: Readers) -> PartScore:
    items = evalsets.understanding(part)
    labelled = {slot: sum(len(expected_values(slot, i["expect"])) for i in items) for slot in SLOTS}
    danger_items = evalsets.danger(part)
    result = PartScore(None, None, labelled, len(items), len(danger_items))
    if readers.understand is not None:
        timings: list[float] = []
        understand = readers.understand
        start = time.perf_counter()
        for warm_up in WARM_UP:  # the first calls may load lexicons or a model: timed apart
            try:
                understand(warm_up)
            except Exception:  # a reader's errors are counted per message below
                break
        result.first_call_ms = (time.perf_counter() - start) * 1e3

        def timed(text: str) -> Any:
            start = time.perf_counter()
            try:
                return understand(text)
            finally:
                timings.append(time.perf_counter() - start)

        result.understanding = score_understanding(items, timed)
        result.micros_per_message = sum(timings) / len(timings) * 1e6
        result.median_micros = statistics.median(timings) * 1e6
        result.slowest_micros = max(timings) * 1e6
    if readers.detect is not None:
        result.danger = score_danger(danger_items, readers.detect, readers.asks, items)
    return result


def story_millis(readers: Readers, rounds: int = 30) -> float | None:
    """Median time to understand a 1,000-character story (the tune part's stories joined), in ms."""
    if readers.understand is None:
        return None
    story = " ".join(item["text"] for item in evalsets.understanding("tune") if item["kind"] == "story")[:1000]
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        try:
            readers.understand(story)
        except Exception:
            return None
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1e3


def score_negation_list(readers: Readers) -> NegationScore | None:
    if readers.read_answer is None and readers.read_consent is None:
        return None
    return score_negation(evalsets.negation(), readers.read_answer, readers.read_consent)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f} %"


def _ratio(ratio: Ratio) -> str:
    return f"{_pct(ratio.value)} ({ratio.right}/{ratio.total})"


def _targets(score: PartScore, negation: NegationScore | None) -> list[str]:
    u, d = score.understanding, score.danger
    figures: list[tuple[str, str, str, bool]] = []  # figure, measured, target, reached
    ratios: list[tuple[str, Ratio | None, str, float]] = [
        ("category top-1", u.top1 if u else None, "≥ 85 %", TARGETS["top1"]),
        ("category top-2", u.top2 if u else None, "≥ 95 %", TARGETS["top2"]),
        ("country", u.country if u else None, "≥ 95 %", TARGETS["country"]),
        ("danger recall", d.recall if d else None, "≥ 98 %", TARGETS["danger_recall"]),
    ]
    for name, ratio, label, target in ratios:
        figures.append((name, _ratio(ratio) if ratio else MISSING, label, _met(ratio, target)))
    flagged = f"{d.lookalikes_flagged} of {d.lookalikes}" if d is not None else MISSING
    figures.append(("look-alikes flagged", flagged, "0", d is not None and d.lookalikes_flagged == 0))
    if score.story_ms is not None or u is None:  # timed once, shown with the score
        story = f"{score.story_ms:.2f} ms ({_engine_kind()})" if score.story_ms is not None else MISSING
        figures.append(("1,000-character story understood in (median)", story, "≤ 2 ms", _fast(score.story_ms)))
    misread = str(len(negation.misreads)) if negation is not None else MISSING
    figures.append(("negation misreads (test list)", misread, "0", negation is not None and not negation.misreads))
    rows = ["| figure | measured | target | reached |", "| --- | --- | --- | --- |"]
    rows += [f"| {name} | {value} | {target} | {'yes' if ok else '**no**'} |" for name, value, target, ok in figures]
    return rows


def _engine_kind() -> str:
    """Which engine was timed: the compiled build or its Python source (a stale build is not used)."""
    import flows

    return "compiled engine" if flows.COMPILED else "engine from its Python source"


def _fast(millis: float | None) -> bool:
    return millis is not None and millis <= TARGETS["story_ms"]


def _met(ratio: Ratio | None, target: float) -> bool:
    return ratio is not None and ratio.value is not None and ratio.value >= target


def _slots(score: PartScore) -> list[str]:
    rows = ["| slot | labelled values | precision | recall |", "| --- | --- | --- | --- |"]
    for slot in SLOTS:
        if score.understanding is None:
            rows.append(f"| {slot} | {score.labelled[slot]} | {MISSING} | {MISSING} |")
            continue
        tally = score.understanding.slots[slot]
        rows.append(f"| {slot} | {score.labelled[slot]} | {_pct(tally.precision)} | {_pct(tally.recall)} |")
    return rows


def _details(score: PartScore) -> list[str]:
    lines: list[str] = []
    u, d = score.understanding, score.danger
    if u is not None:
        kinds = ", ".join(f"{kind} {_ratio(r)}" for kind, r in sorted(u.top1_by_kind.items()))
        languages = ", ".join(f"{lang} {_ratio(r)}" for lang, r in sorted(u.top1_by_language.items()))
        lines += [f"- Category top-1 by kind of message: {kinds}.", f"- Category top-1 by language: {languages}."]
        lines.append(
            "- Category top-2 is the primary among the first two of the reader's ranking: the categories it"
            " proposes, then the alternatives the bot offers first as buttons when the person says the problem"
            f" understood is not right. Among the first two it proposes alone: {_ratio(u.top2_proposed)}."
        )
        lines.append(f"- Messages a reader raised an error on: {u.errors}.")
        if score.micros_per_message is not None:
            lines.append(
                f"- Time to understand one message: {score.micros_per_message:.0f} µs on average, "
                f"{score.median_micros:.0f} µs the median, "
                f"{score.slowest_micros:.0f} µs the slowest, after the first calls (loading) took "
                f"{score.first_call_ms:.0f} ms (this machine, one run)."
            )
    if d is not None:
        lines.append(
            f"- Danger: precision {_ratio(d.flagged_right)}; kind right (danger / self-harm) {_ratio(d.kind_right)}; "
            f"third person right {_ratio(d.third_person_right)}; errors {d.errors}."
        )
        if d.everyday:
            lines.append(
                "- The safety question (flows/safety_check.py, ADR 0006), asked when no rule flags a message "
                "but the trained second opinion would: dangerous messages flagged or asked about "
                f"{_ratio(d.flagged_or_asked)}; look-alikes asked about {d.lookalikes_asked} of {d.lookalikes}; "
                f"everyday messages of the understanding set (no danger, no rule) asked about {d.everyday_asked} "
                f"of {d.everyday}. Asking raises no alarm: the targets above count the alarm alone."
            )
    return lines


def _categories(score: PartScore) -> list[str]:
    if score.understanding is None:
        return []
    rows = [
        "By primary category as labelled:",
        "",
        "| category | messages | top-1 | top-2 |",
        "| --- | --- | --- | --- |",
    ]
    for code, (first, second) in sorted(score.understanding.by_category.items()):
        rows.append(f"| {code} | {first.total} | {_pct(first.value)} | {_pct(second.value)} |")
    return [*rows, ""]


def _section(title: str, score: PartScore, negation: NegationScore | None) -> list[str]:
    lines = [f"## {title}", ""]
    lines.append(f"{score.items} messages in the understanding set, {score.danger_items} in the danger set.")
    lines += ["", *_targets(score, negation), "", "Per slot (a value is right when equal; lists and money per element,"]
    lines += ["money by amount and currency):", "", *_slots(score), "", *_details(score), ""]
    lines += _categories(score)
    return lines


def _tune_misses(score: PartScore) -> list[str]:
    lines = ["### What the readers got wrong on the tune part", ""]
    if score.understanding is not None:
        lines += ["| id | slot | labelled | read |", "| --- | --- | --- | --- |"]
        lines += [f"| {i} | {slot} | {want} | {have} |" for i, slot, want, have in score.understanding.misses]
        lines.append("")
    if score.danger is not None:
        lines += ["| id | danger labelled | detected |", "| --- | --- | --- |"]
        lines += [f"| {i} | {want} | {said} |" for i, want, said in score.danger.misses]
        lines.append("")
    return lines


def reference_millis() -> float:
    """How fast this machine runs plain Python: the best of five sums of a million integers.
    Timings from two machines compare only through it."""
    return min(timeit.repeat("sum(range(10**6))", number=1, repeat=5)) * 1e3


def render(heldout: PartScore, tune: PartScore, negation: NegationScore | None, readers: Readers) -> str:
    lines = [
        "# Understanding: how well the bot reads what people write",
        "",
        f"Written by `make eval` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; messages read as on {TODAY}.",
        f"Timings are this machine's, which sums `range(10**6)` in {reference_millis():.0f} ms (compare",
        "machines by that figure before comparing the timings below).",
        "",
        "The labelled sets are in tests/data (how they were written and labelled: the end of this",
        "page). Each set is split into a tune part and a held-out part by a fixed rule on the item's",
        "id (bench/evalsets.py); readers are tuned on the tune part only and scored on the held-out",
        "part, whose messages this report never shows. The negation list is a test list, not split.",
        "",
    ]
    if readers.why_missing:
        lines += ["Readers not available yet:", ""]
        lines += [f"- `{name}`: {why}" for name, why in sorted(readers.why_missing.items())]
        lines.append("")
    lines += _section("Held-out part: the score", heldout, negation)
    if negation is not None:
        lines += ["### Negation test list", ""]
        lines.append(f"read_answer right {_ratio(negation.answers)}; read_consent right {_ratio(negation.consents)}.")
        if negation.misreads:
            lines += ["", "| reply | reader | expected | read |", "| --- | --- | --- | --- |"]
            lines += [f"| `{text}` | {who} | {want} | {got} |" for text, who, want, got in negation.misreads]
        lines.append("")
    lines += _section("For developers: the tune part (not the score)", tune, None)
    lines += _tune_misses(tune)
    lines += GUIDE
    return "\n".join(lines) + "\n"


GUIDE = [
    "## How the sets were written and labelled",
    "",
    "Messages are written as Indonesian migrant workers and their families write on a phone:",
    "chat abbreviations, typos, emoji, Javanese and Sundanese words, mixed Indonesian and English, and",
    "about one in six in English only. Kinds: `opening` (a first message, often the whole story),",
    "`story` (several sentences), `answer` (one reply to one question). Each item carries the slots a",
    "careful mediator would fill, values as in flows/understand/types.py; a slot the message does not",
    "state is left out. Rules followed throughout:",
    "",
    "- categories: ranked, the problem the person reports or asks help for first; trafficking first",
    "  when recruitment by deception ends in confinement or forced work; `ingin_pulang` when she asks",
    "  to go home before her contract ends, `tidak_dipulangkan` when it has ended.",
    "- country: the destination, or on a ship the flag state (`near`: the nearest country named);",
    '  never the Indonesian origin ("NTT kupang"). city: the place named, region or city.',
    "- sector only from the work named (ART/helper: domestic; jaga nenek/lansia: care; kapal ikan:",
    "  fishing; kebun sawit: plantation; pabrik: factory; proyek: construction). employer_type:",
    '  `rumah_tangga` for household work or a "majikan perorangan", `perusahaan` for a factory, a',
    '  company, a nursing home; a bare "majikan" says neither.',
    '- route: `procedural` for "lewat PT", "resmi", EPS, SSW, G to G; `non_procedural` for tourist,',
    '  visit, ziarah or umroh visas, "jalur tikus", "ilegal"; `calo` when a calo or broker is named.',
    '- since: how long the problem has lasted, as an ISO duration ("5 bln" P5M) or date ("sejak juni"',
    '  2026-06, "kemarin" 2026-12-02); Lebaran 2026 is read as March, Lebaran Haji as May.',
    '- money: amount in whole units and ISO currency ("25 juta" 25000000 IDR, "RM1.200" 1200 MYR),',
    "  the worker's own money only (not a friend's); role when the words say it.",
    '- reporter and relation: what the writer is to the worker ("sy mamanya": family, orang_tua;',
    '  "ibu sy di arab": family, anak); friends, neighbours, nephews, in-laws: family, lainnya.',
    "- sex: the worker's, only when the words say it (istri, suami, ibu, TKW, laki2, perempuan).",
    "- indicators: the ILO indicators the words support, not those a category might imply.",
    "- danger: violence, confinement, threats, sexual violence, being sold, or a cry for help now;",
    "  self_harm for wishes to die; third_person when it is said of someone else.",
    "- language: `en` for English only, `id` for Indonesian (with regional or English words);",
    "  left out for a bare place name.",
    "",
    "City names are compared case-insensitively, with transliterations counted as one (Riyad",
    "and Riyadh, Mekkah and Mecca, Taizhong and Taichung; bench/eval_score.py).",
    "",
    "The danger set's tune part has a second batch of 731 messages (ids `dx…`) written on",
    "2026-12-06 by a session that never read the held-out part: new situations and new ways of",
    "saying them, not paraphrases of the tune items (dangerous ones, among them long stories where",
    "the danger is one clause among wage complaints; self-harm; someone else; look-alikes; everyday",
    "complaints; about one in five in English). A danger that is over, with the person safe now, is",
    "a look-alike. The batch's messages whose ids the rule puts in the held-out part were left out:",
    "the held-out part keeps its first items, so its figures compare with earlier reports.",
]


def main() -> None:
    readers = load_readers()
    heldout = score_part("heldout", readers)
    heldout.story_ms = story_millis(readers)
    tune = score_part("tune", readers)
    negation = score_negation_list(readers)
    text = render(heldout, tune, negation, readers)
    REPORT.write_text(text, encoding="utf-8")
    held = text.split("## For developers")[0]
    print(held)
    print(f"(the tune part's figures and misses are in {REPORT.relative_to(evalsets.ROOT)})")


if __name__ == "__main__":
    main()
