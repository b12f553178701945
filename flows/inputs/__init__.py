"""Understanding answers: pure parsers, one per input kind. Fast (they run per message) and
forgiving of phone typing: typos, abbreviations, capitals, emoji, extra punctuation."""

from flows.inputs.base import Parsed, normalize
from flows.inputs.choice import parse_choice
from flows.inputs.codes import parse_code, parse_codes
from flows.inputs.country import after_in, country_name, parse_country
from flows.inputs.dates import parse_date
from flows.inputs.numbers import parse_number
from flows.inputs.phone import parse_phone
from flows.inputs.province import PROVINCES, parse_province, regency_in
from flows.inputs.words import is_chat_only, is_confirm_yes, is_done, is_skip, parse_yesno

__all__ = [
    "PROVINCES",
    "Parsed",
    "after_in",
    "country_name",
    "is_chat_only",
    "is_confirm_yes",
    "is_done",
    "is_skip",
    "normalize",
    "parse_choice",
    "parse_code",
    "parse_codes",
    "parse_country",
    "parse_date",
    "parse_number",
    "parse_phone",
    "parse_province",
    "parse_yesno",
    "regency_in",
]
