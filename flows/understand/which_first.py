"""A judgement of which problem comes first that the trained model gets wrong by kind (ADR
0019, 8 December, category10). Each was found in what users reported and in the blind batches'
DEV halves, and measured out of fold on the tune part before it was kept.

- **Not sent home needs a contract that ended.** `tidak_dipulangkan` is the employer's failure to
  send her home *after the contract*; the model reads it from "pulang" beside "tiket" or "uang"
  ("sy mau pulang tp gk ada uang buat beli tiket"), where she only wants to go and cannot pay.
  With no word of a contract or of its end in the message, the model may not add it
  (``not_added``); the lexicon still reads it when her words say it ("gk dipulangin").
"""

from __future__ import annotations

#: the words of a contract or of its end: without any of them, "not sent home" is not the model's to add
_CONTRACT = frozenset({"kontrak", "kontraknya", "kontrakku", "contract", "contracts", "habis", "abis", "selesai",
                       "tamat", "berakhir", "finish", "finished", "end", "ended", "expire", "expired", "over",
                       "complete", "completed", "purna", "cuti", "dipulangkan", "dipulangin", "pulangin",
                       "pulangkan", "mulangke", "hantar"})  # fmt: skip
NOT_SENT_HOME = "tidak_dipulangkan"


def not_to_add(words: tuple[str, ...]) -> frozenset[str]:
    """The problems the model may not add to this message: not sent home, with no contract named."""
    return frozenset() if _CONTRACT.intersection(words) else frozenset({NOT_SENT_HOME})
