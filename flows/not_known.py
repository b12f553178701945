""" "gk tau", "lupa", "blm punya nomor", "sebentar ya": what she does not know or cannot give
now, read as not known (never as No), with whatever she says after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows import (
    absorbing,
    accepting,
    answering,
    asking,
    inputs,
    parsing,
)
from flows.inputs.names import read_name
from flows.reading import (
    ADDRESS,
    answer_kind,
    read_yesno,
)
from flows.spec import ChoiceNode, Node

if TYPE_CHECKING:
    from flows.engine import _Run


#: the option id a choice question gives its own "Tidak tahu" (complaint.yaml's route and sex)
UNKNOWN_OPTION = "unknown"
#: "blm punya nomor", "i don't have": no report number (yet)
_NO_NUMBER_NEG = frozenset({"blm", "belum", "gk", "ga", "gak", "tidak", "tdk", "nggak", "ngga", "enggak", "no", "dont",
                            "don", "not", "lom", "durung"})  # fmt: skip
_HAVE = frozenset({"punya", "ada", "have", "got", "dapat", "dapet", "dpt", "nomor", "number"})
#: "sebentar ya kak", "bntr", "wait": she asks for a moment; with the words around such a request
_A_MOMENT = frozenset({"sebentar", "bentar", "bntr", "sbntr", "sebentr", "tunggu", "tunggu2", "wait", "moment", "ntar",
                       "entar", "ntr", "nanti"})  # fmt: skip
_AROUND_A_MOMENT = ADDRESS | frozenset({"ya", "yah", "dulu", "dl", "please", "pls", "a", "one", "ok", "oke", "y"})


def just_a_moment(text: str) -> bool:
    """A request to wait and nothing else ("sebentar ya kak"): it was filed as her city; or with
    what she goes to find out ("nanti dulu ya kak, sy tanya suami sy dulu namanya yg lengkap": it
    was "Terima kasih, itu sudah kami catat untuk petugas. Tapi pertanyaan ini belum terjawab.")."""
    words = set(inputs.normalize(text).split())
    if bool(words & _A_MOMENT) and words <= _A_MOMENT | _AROUND_A_MOMENT:
        return True
    first, *rest = answering.CLAUSE.split(text, maxsplit=1)
    return bool(rest) and just_a_moment(first) and bool(_FIND_OUT.intersection(inputs.normalize(rest[0]).split()))


#: what she goes to find out, after asking to wait
_FIND_OUT = frozenset({"tanya", "tanyain", "nanya", "nanyain", "tanyakan", "cek", "ngecek", "cari", "nyari", "liat",
                       "lihat", "ngeliat", "inget", "ingat", "ask", "check", "look", "find"})  # fmt: skip


def no_number(text: str) -> bool:
    """She says she has no report number, or does not know it."""
    if answer_kind(text) in ("no", "unknown", "skip"):
        return True
    words = inputs.normalize(text).replace("'", " ").split()
    return any(w in _NO_NUMBER_NEG and _HAVE.intersection(words[k + 1 : k + 4]) for k, w in enumerate(words))


#: the words of a number she has not got, and nothing more: "gk punya no nya", "ga ada nomer hp nya kak"
_OF_A_NUMBER = frozenset({"no", "nomor", "nomer", "nmr", "nomornya", "nomernya", "hp", "wa", "whatsapp", "nya", "dia",
                          "sy", "saya", "aku", "kami", "number", "her", "his", "i", "we", "phone", "sih", "juga",
                          "jg", "udah", "udh", "sudah", "lagi", "lg"})  # fmt: skip


def only_no_number(text: str) -> bool:
    """ "gk punya no nya": she has no number to give, and says nothing more for the staff."""
    words = inputs.normalize(text).replace("'", " ").split()
    return no_number(text) and set(words) <= _NO_NUMBER_NEG | _HAVE | _OF_A_NUMBER | ADDRESS


def unknown_then(run: _Run, node: Node, text: str) -> None:
    """ "gk tau" and maybe more: "gk tau, di sabah" is not sure, but what follows the first
    clause answers the question (a place, a number); else the answer is unknown and anything
    more she wrote is kept with her story."""
    rest = answering.CLAUSE.split(text, maxsplit=1)[1:]
    after = rest[0].strip() if rest else ""
    if after and len(after.split()) <= 4 and not is_unknown(run, after):
        parsed = parsing.parse(run, node, after)
        if parsed.ok and parsed.value is not None:
            answering.answer(run, node, after)  # read as if she had written only that
            return
    if after and answering.in_report(run):
        absorbing.absorb(run, text, node, story=True)
    accepting.accept(run, node, None, run.render("common.unknown"))


def unknown_name(run: _Run, node: Node, text: str) -> bool:
    """ "gk tau namanya, pokoknya orang arab" to the employer's name: not known (the first words
    were filed as the name), what follows kept with her story; "gk tau nama lengkapnya, Yuli aja"
    gives the name after it."""
    if (node.slot == "worker_name" and run.state.flow == "complaint") or not unknown_first(run, text):
        return False
    rest = answering.CLAUSE.split(text, maxsplit=1)[1:]
    after = rest[0].strip() if rest else ""
    if after and read_name(after) is not None and len(after.split()) <= 4:
        answering.answer(run, node, after)
        return True
    agency = absorbing.read(run, text).agency if node.slot == "agency" and after else None
    if agency:
        # "gk tau namanya, PT Sinar Abadi kalo gk salah": the name she gives after all
        absorbing.keep_words(run, text)
        accepting.accept(run, node, agency, agency)
        return True
    if after and answering.in_report(run):
        absorbing.absorb(run, text, node, story=True)
    accepting.accept(run, node, None, run.render("common.unknown"))
    return True


_LOST = frozenset({"hilang", "ilang", "lupa", "lost", "forgot", "forget", "gada", "hapus", "kehapus", "terhapus"})


def code_lost(run: _Run, text: str) -> bool:
    """ "kode sy hilang kak", "lupa", "gk tau kodenya": she has no code to type."""
    if any(ch.isdigit() for ch in text):
        return False
    return bool(_LOST & set(inputs.normalize(text).split())) or unknown_first(run, text)


def is_unknown(run: _Run, text: str) -> bool:
    parsed = read_yesno(text)
    return parsed.ok and parsed.value is None


def unknown_then_why(run: _Run, node: ChoiceNode, text: str) -> bool:
    """ "gak tau mbak sy cm ikut aja" to "lewat jalur resmi?": she does not know, and says why; a
    choice that has its own "Tidak tahu" (it was kept as a note and the question asked again)."""
    if not any(o.id == UNKNOWN_OPTION for o in node.options) or len(text.split()) < 3:
        return False
    return unknown_first(run, text) and asking.synonym(run, node, text) is None


def unknown_first(run: _Run, text: str) -> bool:
    """ "gk tau nomornya, hpnya mati", "tidak tahu nomor hp nya krn hilang": she does not know,
    and says why. Read from the start of what she wrote (its first clause, or its first two or
    three words), and never when it holds a digit (a number may follow)."""
    if is_unknown(run, text):
        return True
    if any(ch.isdigit() for ch in text):
        return False
    words = answering.CLAUSE.split(text, maxsplit=1)[0].split()
    return any(is_unknown(run, " ".join(words[:n])) for n in (len(words), 3, 2) if 0 < n <= len(words))


def place_after_unknown(run: _Run, node: Node, text: str) -> bool:
    """ "sy lupa nama kota nya, pokoknya dkt mekah" to "Di kota mana?": she does not know the
    name, and says near what; the place she names is the city, her words kept with her story (the
    whole sentence was filed as the city). False when the first clause is no "don't know"."""
    if node.slot != "city" or not unknown_first(run, text) or is_unknown(run, text):
        return False
    rest = answering.CLAUSE.split(text, maxsplit=1)[1:]
    found = absorbing.read(run, rest[0]) if rest else None
    country = run.state.slots.get("country")
    if found is None or not found.city or (found.country and country and found.country != country):
        unknown_then(run, node, text)
        return True
    absorbing.keep_words(run, text)
    accepting.accept(run, node, found.city, found.city)
    return True


#: a doubt said with a place: "taichung kalo gk salah", "sabah kayaknya", "kayaknya di riyadh"
_DOUBT = re.compile(
    r"\b(?:(?:kalo|kalau|klo|kl|kalu)\s+(?:gk|ga|gak|g|nggak|ngga|gak|tidak|tdk|ndak|tak)\s+salah|kayaknya|kayanya|"
    r"kyknya|keknya|kykny|sepertinya|kelihatannya|mungkin|maybe|i\s+think|i\s+guess|kira\s*2|kira\s+kira|agaknya)\b",
    re.IGNORECASE,
)
#: at most this many words, the place beside the doubt
_A_PLACE = 3


def place_in_doubt(run: _Run, node: Node, text: str) -> bool:
    """ "taichung kalo gk salah" (it was filed "-": the "gk" was read as a No), "sabah kayaknya, gk
    tau kota nya" (filed whole as the city) to "Di kota mana?": the place she names is the city;
    her words are kept with her story, the doubt with them for the staff."""
    if node.slot != "city" or (doubt := _DOUBT.search(text)) is None:
        return False
    before = answering.CLAUSE.split(text[: doubt.start()])[-1].strip()
    after = answering.CLAUSE.split(text[doubt.end() :], maxsplit=1)[0].strip()
    place = before or after
    place = re.sub(r"^(?:di|in|at|dkt|dekat|near)\s+", "", place, flags=re.IGNORECASE).strip()
    if not place or len(place.split()) > _A_PLACE or is_unknown(run, place) or any(c.isdigit() for c in place):
        return False
    found = absorbing.read(run, place)
    country = run.state.slots.get("country")
    if found.country and country and found.country != country:
        return False  # another country named: read as a correction elsewhere
    city = found.city or place
    absorbing.keep_words(run, text)
    accepting.accept(run, node, city, city)
    return True
