"""Yes, no, skip and done: the small words people type on a phone, with their usual spellings."""

from __future__ import annotations

import re

from flows.inputs.base import NOT_FOUND, Parsed, normalize

YES = frozenset(
    {
        "ya",
        "iya",
        "iyaa",
        "y",
        "yes",
        "yess",
        "yup",
        "yap",
        "yep",
        "betul",
        "benar",
        "bener",
        "ok",
        "oke",
        "okay",
        "okey",
        "sudah",
        "udah",
        "sdh",
        "dah",
        "pernah",
        "ada",
        "setuju",
        "boleh",
        "bisa",
        "tentu",
        "yoi",
        "ho oh",
        "he eh",
        "iye",
        "nggih",
        "inggih",
        "enggih",
        "enggeh",  # Javanese, as typed: "nggeh", "injih"
        "nggeh",
        "injih",
        "enjih",
        "leres",
        "muhun",
        "sure",
        "right",
        "correct",
        "true",
    }
)
NO = frozenset(
    {
        "tidak",
        "tdk",
        "tak",
        "nggak",
        "ngga",
        "ngak",
        "gak",
        "ga",
        "gk",
        "g",
        "enggak",
        "engga",
        "nope",
        "no",
        "n",
        "belum",
        "blm",
        "bukan",
        "salah",
        "jangan",
        "tidak pernah",
        "ndak",
        "nda",
        "mboten",
        "henteu",
        "false",
        "never",
        "nobody",  # "might someone see your phone?": nobody
        "no one",
        "noone",
    }
)
SKIP = frozenset(
    {
        "lewati",
        "lewat",
        "skip",
        "tidak tahu",
        "tidak tau",
        "gak tahu",
        "gak tau",
        "ga tau",
        "ga tahu",
        "nggak tahu",
        "nggak tau",
        "tdk tahu",
        "tdk tau",
        "gatau",
        "gatahu",
        "ngga tau",
        "entah",
        "kosong",
        "tidak ada",
        "gak ada",
        "ga ada",
        "nggak ada",
        "tdk ada",
        "-",
        "none",
        "n/a",
        "na",
        "dont know",
        "i dont know",
        "not sure",
        "tidak ingat",
        "lupa",
        "lewati saja",
        "pass",
        # Tagalog "none", "I don't know" (Filipino-style English: "wala po" to the employer's name)
        "wala",
        "wala po",
        "wala na",
        "hindi ko alam",
        "di ko alam",
        # not now: asked again later by a person, never stored as the answer ("later" as an address)
        "nanti",
        "nanti aja",
        "nanti saja",
        "later",
        "not now",
        "maybe later",
    }
)
DONE = frozenset(
    {
        "selesai",
        "sudah",
        "udah",
        "sdh",
        "cukup",
        "done",
        "finish",
        "finished",
        "sudah selesai",
        "udah selesai",
        "selesai kirim",
        "itu saja",
        "itu aja",
        "sudah cukup",
        "kirim",
        "lanjut",
        "next",
        "that's all",
        "thats all",
        "enough",
        "that is all",
        "no more",
    }
)


def _key(text: str) -> str:
    return normalize(text.replace("'", "").replace("\u2019", ""))


def is_skip(text: str) -> bool:
    return text.strip() in ("-", "--", "—") or _key(text) in SKIP


#: "only this chat" said to the contact question: no number, the chat is the way to reach her
#: ("cuma chat ini", "lewat sini aja", "gk punya hp", "jangan ditelpon", "only this chat")
_CHAT_ONLY = re.compile(
    r"^(?:(?:cuma|hanya|lewat|lwt|via|di|pakai|pake)\s+)*(?:chat|obrolan|sini)"
    r"(?:\s+(?:ini|sini|aja|saja|ja|sj|ya|kak|dong))*$"
    r"|^(?:(?:sy|saya|aku|aq)\s+)?(?:tidak|tdk|gk|gak|ga|nggak|ngga|g|belum|blm)\s+(?:punya|ada|bisa|boleh)\s+"
    r"(?:hp|nomor|no|nmr|nomer|telepon|telpon|ditelpon|ditelepon|nelpon)\b.*"
    r"|^(?:tolong\s+)?jangan\s+(?:di)?(?:telpon|telepon|tlp|call|hubungi)\b.*"
    r"|^(?:only|just)\s+(?:this\s+|here\s+|in\s+this\s+)?(?:chat|here)\b.*"
    r"|^(?:no|i\s+have\s+no)\s+(?:phone|number)\b.*|^(?:dont|do\s+not)\s+call\b.*"
)


def is_chat_only(text: str) -> bool:
    """No number, only this chat (the contact question of an urgent report, issue 14)."""
    return bool(_CHAT_ONLY.match(_key(text)))


def is_done(text: str) -> bool:
    return _key(text) in DONE


def is_confirm_yes(text: str) -> bool:
    parsed = parse_yesno(text)
    return parsed.ok and bool(parsed.value)


#: what "no" abbreviates before these: "nomor" ("no hp", "no wa sy", "no rek")
_NUMBER_OF = frozenset({"hp", "wa", "telp", "tlp", "tlpn", "telpon", "telepon", "hape", "handphone", "whatsapp", "ktp",
                        "rek", "rekening", "laporan", "kasus", "kontak"})  # fmt: skip


def parse_yesno(text: str) -> Parsed:
    """Ya or tidak, also with trailing words ("iya benar", "tidak pernah"); a mix is not an answer."""
    key = _key(text)
    if not key:
        return NOT_FOUND
    if key in YES:
        return Parsed(True, True)
    if key in NO:
        return Parsed(True, False)
    tokens = key.split()
    if tokens[0] == "no" and (
        (tokens[1:2] and tokens[1] in _NUMBER_OF) or any(sum(map(str.isdigit, t)) >= 6 for t in tokens)
    ):
        return NOT_FOUND  # "no hp sy 0551234567", "no wa 0812...": a number ("nomor"), not a No
    first_two = " ".join(tokens[:2])
    if first_two in NO or tokens[0] in NO:
        if any(t in YES - {"ada", "pernah", "bisa", "boleh", "sudah", "udah"} for t in tokens[1:]):
            return NOT_FOUND
        return Parsed(True, False)
    if tokens[0] in YES:
        if any(t in NO for t in tokens[1:]):
            return NOT_FOUND
        return Parsed(True, True)
    return NOT_FOUND
