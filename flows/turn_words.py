"""The engine's fixed words and small helpers, shared by its modules (flows/engine.py and the
modules it calls: absorbing, detours, events, filing)."""

from __future__ import annotations

from typing import Any

from flows.commands import command_of
from flows.danger import detect_danger
from flows.dialog import ENTRY_FLOW
from flows.inputs.words import DONE, NO, SKIP, YES
from flows.language import MIN_LETTERS
from flows.types import ConversationState

#: what each money question asks for, as the money reader names it
MONEY_ROLE = {"money_owed": "owed", "fees_paid": "fee", "wage": "wage", "money_deducted": "deduction"}
#: answers to the consent question that mean "I agree"
CONSENT_YES = frozenset({"setuju", "ya", "yes", "agree", "true"})
#: the consent question's answers that give or refuse it ("baca" only shows the full text)
CONSENT_ANSWERS = frozenset({"setuju", "tolak"})
#: evidence kinds that are not evidence
NOT_EVIDENCE = frozenset({"sticker", "animation"})
#: engine-level chain guard: a flow that loops through non-asking nodes is a bug, not a hang
MAX_HOPS = 200
#: the pending confirmations of a command, answered yes or no ("batal", "hapus", "restart")
YES_NO_PENDING = ("erase_confirm", "cancel", "restart")
ENTROPY_BYTES = 24
#: flows that file a report: a cry for help elsewhere (menu, status) starts a complaint at once
REPORT_FLOWS = ("complaint", "family_report")
LANGUAGE_OPTIONS = (("id", "Bahasa Indonesia"), ("en", "English"))
#: her first message told no story ("sy di malaysia kak"): the story question is asked once all
#: the same, her first words kept in it
STORY_TO_TELL = "_story_to_tell"
#: those first words, as the story question found them: no story told yet ("gk tau kak" there is
#: not kept as her story, and the question offers Lewati, not Selesai)
STORY_OPENING = "_story_opening"
#: the order in which "Kami catat" says back what her words told
UNDERSTOOD_ORDER = (
    "reporter_kind",
    "relation",
    "worker_name",
    "worker_phone",
    "phone",
    "category",
    "since",
    "last_contact",
    "died_on",
    "money_owed",
    "wage",
    "fees_paid",
    "money_deducted",
    "country",
    "city",
    "sector",
    "employer_type",
    "employer_name",
    "agency",
    "route",
    "sc_documents",
    "sc_movement",
    "sc_threats",
    "sc_debt",
    "sc_hours",
    "wants",
)
#: a screening answer the problems said back already say ("Paspor ditahan" beside "Paspor
#: dipegang orang lain"): not said twice
SAID_BY_CATEGORY = {"sc_documents": "penahanan_dokumen"}
#: a line another line already says, not said back twice ("Pabrik" says "Perusahaan / pabrik /
#: kebun"; "Ingin dipulangkan" says "Pulang ke Indonesia"): (slot, value) -> (slot, values saying it)
SAID_BY_ANOTHER: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("employer_type", "rumah_tangga"): ("sector", ("domestic", "care")),
    ("employer_type", "perusahaan"): ("sector", ("factory", "plantation", "construction", "fishing")),
    ("wants", "pulang"): ("category", ("ingin_pulang", "tidak_dipulangkan")),
    ("wants", "paspor"): ("category", ("penahanan_dokumen",)),
}
#: values that need their question's label to be read back ("Sejak Juli 2026", "Kota Riyadh")
LABELLED_UNDERSTOOD = frozenset(
    {
        "since",
        "last_contact",
        "died_on",
        "money_owed",
        "wage",
        "fees_paid",
        "money_deducted",
        "city",
        "agency",
        "employer_name",
        "worker_name",
        "phone",
        "worker_phone",
    }
)
#: for this long after a report is filed, a message that tells something is first asked about:
#: more for that report, or a new one ("oh ya, paspor sy jg diambil" is not a second case)
FOLLOW_UP_HOURS = 24
#: for this long after filing, a cry for help from the same chat goes on her case (marked urgent,
#: her country's numbers), not into a new empty report
LINKED_DAYS = 30
#: how long after a mediator's message what she writes (outside a report) goes to that case
REPLY_HOURS = 24
REPLY_UNTIL = "_reply_until"
#: the country whose numbers she was last shown: on the urgent path ("" for none: the general
#: ones), or asked for at the menu ("nomor kbri malaysia"), for "nomor penting" again
NUMBERS_FOR = "_numbers_for"
#: the case looked up in this chat by its number and code ("cek status"): a cry soon after goes on it
CHECKED = "_checked"
#: the case number tried with a code the check refused: a code typed alone soon after ("ckrm qedf",
#: "maaf salah kode nya CKRM QEDF") is tried with it, not the number asked again
TRIED = "_tried"
#: for so long (seconds)
TRIED_FOR = 30 * 60
#: the pending questions of "hapus": what to erase, and are you sure
ERASING = frozenset({"erase_choice", "erase_confirm"})
#: buttons that run a command: reach a person, show the messages held for her
BUTTON_COMMANDS = {"petugas": "agent", "pesan": "messages"}
#: the answers most messages are, exactly as typed: a number, ya, tidak, lewati, selesai. Neither
#: a cry for help nor a command (checked here, once) and too short for language detection, so
#: those three checks are skipped for them. Only our own words: no user text is kept. One or two
#: words only: a longer phrase ("i dont know") would have the danger model loaded at import, and
#: a bot at rest does not hold it (ADR 0021)
PLAIN_ANSWERS = frozenset(
    word
    for word in (*(str(n) for n in range(100)), *YES, *NO, *SKIP, *DONE)
    if len(word) < MIN_LETTERS and len(word.split()) <= 2 and not detect_danger(word) and command_of(word) is None
)


#: where the understanding step keeps the words behind a slot, when not under the slot's own name
EVIDENCE_OF = {
    "category": "categories",
    "reporter_kind": "reporter",
    "money_owed": "money",
    "wage": "money",
    "fees_paid": "money",
    "money_deducted": "money",
    "sc_documents": "indicators",
    "sc_movement": "indicators",
    "sc_wages": "indicators",
    "sc_threats": "indicators",
    "sc_debt": "indicators",
    "sc_hours": "indicators",
    "_died_on": "since",
}


def money_display(value: dict[str, Any], lang: str) -> str:
    """``{"amount": 7500, "currency": "SAR"}`` as people read it: "7.500 SAR" (id), "7,500 SAR" (en)."""
    amount = int(value.get("amount") or 0)
    grouped = f"{amount:,}"
    if lang == "id":
        grouped = grouped.replace(",", ".")
    return f"{grouped} {value.get('currency') or ''}".strip()


def new_state(lang: str = "id") -> ConversationState:
    return ConversationState(flow=ENTRY_FLOW, node=None, lang=lang)


#: the kind words around "lanjut" ("lanjut kak", "mau lanjut lagi", "ok lanjut ya")
_AROUND_GO_ON = frozenset({"kak", "ka", "mbak", "mba", "pak", "bu", "min", "ya", "yuk", "mau", "sy", "saya", "aku",
                           "ok", "oke", "lagi", "aja", "dong", "deh", "please", "pls", "i", "want", "to", "again",
                           "now", "skrg", "sekarang", "bisa", "boleh", "lanjutin",
                           # "kak sy mau lanjutin laporan yg td", "continue my report": her report
                           "laporan", "laporannya", "lapor", "ngelapor", "yg", "yang", "td", "tadi", "kmrn",
                           "kemarin", "report", "my", "the", "isi", "ngisi"})  # fmt: skip
#: "lanjutin" as people also write it
_GO_ON_VERBS = frozenset({"lanjutin", "ngelanjutin", "nerusin", "melanjutkan", "meneruskan"})


def go_on_in_words(text: str) -> bool:
    """ "lanjut kak", "mau lanjut lagi", "ok continue": "lanjut", with kind words around it."""
    words = [w.strip(".,!?;:()\"'") for w in text.casefold().split()]
    said = [w for w in words if w and w not in _AROUND_GO_ON and w not in _GO_ON_VERBS]
    return (
        0 < len(words) <= 8
        and said in (["lanjut"], ["lanjutkan"], ["continue"], [])
        and (bool(said) or not _GO_ON_VERBS.isdisjoint(words))
    )
