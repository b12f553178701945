"""Phone and WhatsApp numbers: +62 and Indonesian local forms, and the destination's local forms."""

from __future__ import annotations

import re

from flows.inputs.base import Parsed

_ALLOWED = re.compile(r"[^\d+]")


def parse_phone(text: str, region_hint: str | None = None) -> Parsed:
    """E.164 on success. "08..." is Indonesian; other local forms use the destination country."""
    raw = text.strip()
    if not raw or len(raw) > 40:
        return Parsed(False, error="not_found")
    digits = _ALLOWED.sub("", raw)
    if len(digits.lstrip("+")) < 7:
        return Parsed(False, error="not_found")
    candidates: list[tuple[str, str | None]] = []
    if digits.startswith("+"):
        candidates.append((digits, None))
    elif digits.startswith("00"):
        candidates.append(("+" + digits[2:], None))
    elif digits.startswith("62") and len(digits) >= 10:
        candidates.append(("+" + digits, None))
    if digits.startswith("08"):
        candidates.append((digits, "ID"))
    if region_hint and region_hint.upper() != "ID":
        candidates.append((digits, region_hint.upper()))
    candidates.append((digits, "ID"))
    # imported at the first number: the idle bot does without it (~1 MB, issue 18)
    import phonenumbers

    for number, region in candidates:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            shown = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return Parsed(True, e164, shown)
    return Parsed(False, error="invalid")
