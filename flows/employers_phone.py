"""The phone she writes on is the employer's: "ini hp majikan", "pake hp madam", and in English's
order or with "from": "this is madam phone", "im using my madam's phone", "i dont have phone,
only this one from madam", "hp ini dari majikan". Only the first two were read; after the others
her chat stayed on the employer's phone after she said so."""

from __future__ import annotations

from collections.abc import Sequence

#: "from madam", "of my boss", "dari majikan"
_FROM = frozenset({"from", "of", "dari", "dr"})
#: the phone said as "this one", "ini"
_THIS = frozenset({"this", "ini"})
#: a number of the employer's, not her phone ("madam phone number")
_NUMBER = frozenset({"number", "no", "nomor", "num", "nmr"})
#: "nomor hp majikan", "no hp bos": the employer's number, not the phone she writes on
_NUMBER_OF = frozenset({"nomor", "nomer", "no", "nmr", "number", "nomornya", "wa", "whatsapp"})


def on_employers_phone(words: Sequence[str], phones: frozenset[str], watchers: frozenset[str]) -> bool:
    """Whether the normalised ``words`` say the phone is one of ``watchers``' ("hp majikan",
    "madam phone")."""
    for k in range(len(words) - 1):
        if words[k] in phones and words[k + 1] in watchers and not _NUMBER_OF.intersection(words[max(0, k - 2) : k]):
            return True  # "ini hp majikan", "pake hp madam"
    for k, word in enumerate(words):
        if word not in watchers:
            continue
        after = [w for w in words[k + 1 : k + 3] if w != "s"]  # "madam s phone": the "'s" split off
        if after and after[0] in phones and not _NUMBER.intersection(after[1:]):
            return True  # "madam phone", "my boss's phone"
        if k > 0 and words[k - 1] in _FROM | {"my"} and words[max(0, k - 2)] in _FROM | _THIS | {"one"}:
            if phones.intersection(words) or _THIS.intersection(words):
                return True  # "only this one from madam", "hp ini dari majikan"
    return False
