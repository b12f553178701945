"""Her name and her number in one answer to the name question.

"Siti Aminah 852 6123 4567", "Siti Aminah, wa 0812 3456 7890" to "Siti nama Anda?": she gives
both at once, as she would to a person. The whole line was filed as her name, digits and all,
and the next question asked for the number she had just typed. The name is what remains once
the number and the words that lead up to it ("wa", "no hp") are taken out; the number goes where
the flow keeps numbers typed at that question (its ``phone_slot``), unless one is given already;
what she says after the number ("tp jgn telp siang") is kept for the staff in her words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows import absorbing, accepting, inputs
from flows.inputs.names import read_name
from flows.spec import Node

if TYPE_CHECKING:
    from flows.engine import _Run

#: a phone number inside a sentence: seven digits or more, with spaces or dashes
_NUMBER = re.compile(r"\+?\d[\d\s\-]{6,}\d")
#: the words that lead up to a number ("no wa sy", "hp:", "nomor")
_LEADS_UP = re.compile(
    r"(?:[\s,.:;\-]*\b(?:no|nmr|nomor|nomer|nomernya|nomornya|hp|hape|wa|whatsapp|telp|tlp|telpon|telepon|phone|"
    r"number|sy|saya|aku|ku|dan|and|ini)\b)+[\s,.:;\-]*$",
    re.IGNORECASE,
)


def name_with_number(run: _Run, node: Node, text: str) -> bool:
    """Take her name and her number from one answer; False when ``text`` is not that."""
    phone_slot = node.raw.get("phone_slot")
    if node.slot is None or node.raw.get("holds") != "name" or not isinstance(phone_slot, str) or run.pressed:
        return False
    found = _NUMBER.search(text)
    if found is None or len(_NUMBER.findall(text)) != 1:
        return False
    before = _LEADS_UP.sub("", text[: found.start()]).strip(" ,.:;-")
    after = text[found.end() :].strip(" ,.:;-")
    if not before:
        return False  # the name comes first ("0812 3456 7890" alone is misplaced.number_at_name's)
    if absorbing.read(run, text).own_name:
        return False  # "nama sy Lestari, no hp ..., majikan namanya Mr Tan": each read in its slot
    name = read_name(before)
    st = run.state
    region = st.slots.get("country")
    number = inputs.parse_phone(found.group(), region if isinstance(region, str) else None)
    if name is None or not number.ok:
        return False
    if not st.slots.get(phone_slot):
        st.slots[phone_slot] = number.value
        st.slots[f"{phone_slot}_display"] = number.display or str(number.value)
        run.say("common.number_noted")
    if after:
        absorbing.keep_words(run, text)  # "... tp jgn telp siang": for the staff, in her words
    accepting.accept(run, node, name, name)
    return True
