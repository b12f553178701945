"""A time said of the worker's last call: "kemarin dia telp", "td malem dia wa sy", "she called us
yesterday". A family that says when she last called has told when they last heard from her; the
family's question "Kapan terakhir kali Anda berhubungan dengan pekerja?" was asked all the same
(a time is the last contact only when said beside lost contact, `when.said_of_lost_contact`).

Read on normalised words: a verb of calling or writing within two words of the time, and no
"not" before the verb ("gk telp 3 bln" is lost contact, read there)."""

from __future__ import annotations

from collections.abc import Sequence

#: calling or writing, as the normaliser spells it
_CALLED = frozenset({"telepon", "nelpon", "ditelepon", "menelepon", "whatsapp", "sms", "vc", "chat", "called", "call",
                     "messaged", "message", "msg", "texted", "kabarin", "ngabarin", "mengabari", "ngabari",
                     "wa"})  # fmt: skip
_NOT = frozenset({"tidak", "gak", "belum", "never", "not", "no", "dont", "didnt", "cannot", "jangan"})
#: words apart that still say the call is at that time
_NEAR = 2
#: as far when "last" / "terakhir" stands before the call
_NEAR_LAST = 4
_LAST = frozenset({"last", "terakhir"})


def said_of_a_call(words: Sequence[str], at: tuple[int, int]) -> bool:
    """Whether the time at ``at`` (word span) is when the worker last called or wrote."""
    for k, word in enumerate(words):
        if word not in _CALLED or _NOT.intersection(words[max(0, k - 2) : k]):
            continue
        # "last time she call us was during eid": the last call, its time a few words on
        near = _NEAR_LAST if _LAST.intersection(words[max(0, k - 4) : k]) else _NEAR
        if max(0, at[0] - k - 1, k - at[1]) <= near:
            return True
    return False


def said_of_no_call(words: Sequence[str], at: tuple[int, int]) -> bool:
    """Whether the time at ``at`` is how long she has not called or written: "udh 3 bln gk pernah
    wa", "2 months no call": when they last heard from her (the rules read no lost contact in
    "gk pernah wa", and the model's guess has no words to place the time by)."""
    for k, word in enumerate(words):
        if word not in _CALLED or not _NOT.intersection(words[max(0, k - 2) : k]):
            continue
        between = words[min(k, at[1]) : max(k, at[0])]
        if max(0, at[0] - k - 1, k - at[1]) <= _NEAR + 1 and "." not in between and not _MAY.intersection(between):
            return True  # (the same clause; "gk boleh telp" is a ban, not a silence)
    return False


#: "not allowed to call" is a ban, not how long she has been silent
_MAY = frozenset({"boleh", "dibolehkan", "diizinkan", "dikasih", "allowed"})


#: the words that pass on what someone else said: "katanya", "bilang", "jare", "said"
_PASSED_ON = frozenset({"katanya", "kata", "bilang", "jare", "ngomong", "said", "says", "told", "tells", "ngabarin",
                        "kabarin", "mengabari", "ngabari"})  # fmt: skip
_YESTERDAY = frozenset({"kemarin", "yesterday", "semalam", "semalem"})


def passed_on_yesterday(words: Sequence[str], i: int) -> bool:
    """The "tadi" at ``i`` is the morning of a message passed on yesterday: "kmrn majikannya telp
    katanya ibu sy meninggal td pagi" (the call came yesterday, her mother died that morning)."""
    for j in range(i):
        if words[j] in _YESTERDAY and _PASSED_ON.intersection(words[j + 1 : i]):
            return True
    return False
