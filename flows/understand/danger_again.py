"""A blow that has begun again (ADR 0006, 8 December, branch danger13): "dulu pernah dipukul,
itu 1 thn lalu, tp minggu ini mulai lagi", "kirain udh berubah, td malem dia cekik sy lagi kyk
dulu", "she stop, but this month she start again". A past told first is then no past that is
over (``danger_over``), and the model's word that the message is only a story of long ago
(``danger._model_disagrees``) does not take the rules' hit back: it is going on again.

Only read once a rule has found the act; "mulai lagi" of work, school or a fast is not it
("dulu dipukul majikan lama, skrg kerja mulai lagi di majikan baru").
"""

from __future__ import annotations

#: begun again: "mulai lagi", "kambuh lg", "terulang", "start again"
_BEGIN = frozenset({"mulai", "mulei", "start", "started", "starts", "starting", "kumat", "kambuh"})
_AGAIN = frozenset({"lagi", "lg", "lagii", "again", "maneh", "deui", "meneh"})
#: happened again, in one word: "terulang", "diulang", "ngulangin"
_REPEATED = frozenset({"terulang", "diulang", "diulangi", "diulangin", "ngulang", "ngulangin", "ngulangi",
                       "mengulang", "mengulangi", "ulangin", "ulangi", "repeat", "repeated"})  # fmt: skip
#: what else begins again: her work, a school, a fast, a contract
_NOT_THE_ACT = frozenset({"kerja", "kerjaan", "sekolah", "kuliah", "les", "kursus", "puasa", "kontrak", "work", "job",
                          "school", "libur", "cuti", "proses", "hujan"})  # fmt: skip


def begun_again(words: list[str]) -> bool:
    """The message says what was done has begun again ("tp minggu ini mulai lagi", "dia
    ulangin lg", "she start again"), not her work or a school."""
    for k, word in enumerate(words):
        if word in _REPEATED or (word in _BEGIN and _AGAIN.intersection(words[k + 1 : k + 3])):
            if not _NOT_THE_ACT.intersection(words[max(0, k - 3) : k + 3]):
                return True
    return False
