"""From what a message says to the dialog's slots: the values the understanding step proposes,
in the form the flows keep them (the same codes and shapes their questions store).

Pure. The engine puts a proposed value into a slot only while that slot is empty: an answer the
person gave to a question always wins over a value read from her story.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from typing import Any

from flows.understand.types import Money, Understanding

#: the screening questions a value read from the words answers (ILO indicator -> slot)
SCREENING_SLOTS = {
    "retention_of_documents": "sc_documents",
    "restriction_of_movement": "sc_movement",
    "withholding_of_wages": "sc_wages",
    "intimidation_threats": "sc_threats",
    "debt_bondage": "sc_debt",
    "excessive_overtime": "sc_hours",
}
#: categories whose case wants the money owed; those that want the fees paid
OWED_CATEGORIES = frozenset({"gaji_tidak_dibayar", "phk_sepihak", "tidak_dipulangkan"})
#: an amount told beside a wage cut, with no word of what it is, is what was cut
DEDUCTED_CATEGORIES = frozenset({"potongan_gaji"})
FEE_CATEGORIES = frozenset({"biaya_berlebih", "penipuan_kerja", "gagal_berangkat"})
_DURATION = re.compile(r"^P(\d+)([DWMY])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def since_date(since: str, today: date) -> tuple[date, str] | None:
    """The date an ISO duration or date means, with its precision (day, month or year)."""
    found = _DURATION.match(since)
    if found:
        amount, unit = int(found.group(1)), found.group(2)
        if unit == "D":
            return date.fromordinal(max(1, today.toordinal() - amount)), "day"
        if unit == "W":
            return date.fromordinal(max(1, today.toordinal() - 7 * amount)), "day"
        months = amount * (12 if unit == "Y" else 1)
        year, month0 = divmod(today.year * 12 + today.month - 1 - months, 12)
        day = min(today.day, monthrange(year, month0 + 1)[1])
        return date(year, month0 + 1, day), ("year" if unit == "Y" else "month")
    in_month = _MONTH.match(since)
    if in_month:
        return date(int(in_month.group(1)), int(in_month.group(2)), 1), "month"
    if since.isdigit() and len(since) == 4 and 1950 <= int(since) <= today.year:
        return date(int(since), 1, 1), "year"  # "dr thn 2023": the year alone
    try:
        return date.fromisoformat(since), "day"
    except ValueError:
        return None


def money_value(money: Money) -> dict[str, Any]:
    return {"amount": money.amount, "currency": money.currency}


def propose(u: Understanding, today: date) -> dict[str, Any]:
    """Slot -> value for every slot the words fill. Internal keys start with "_": the secondary
    categories, the indicators no question asks, and the problems to offer first if asked."""
    out: dict[str, Any] = {}
    if u.reporter:
        out["reporter_kind"] = u.reporter
    if u.relation:
        out["relation"] = u.relation
    if u.categories:
        out["category"] = u.categories[0]
        if len(u.categories) > 1:
            out["_more_categories"] = list(u.categories[1:])
    if u.categories or u.alternatives:
        # offered first at the category question if she says the problem understood is wrong
        out["_suggested_categories"] = [*u.categories, *u.alternatives]
    if u.country:
        out["country"] = u.country
    if u.back_home:
        out["_back_home"] = True
    if u.at_sea:
        out["at_sea"] = True
        if u.near:
            out["near"] = u.near
    if u.city:
        out["city"] = u.city
    if u.since:
        found = since_date(u.since, today)
        if found is not None and found[0] <= today:
            out["_since_raw"] = u.since
            out["_since_shape"] = found[1]
            out["since"] = found[0].isoformat()
            if "last_contact" in u.evidence:
                out["_last_contact"] = out["since"]  # said of lost contact (flows/family_report.yaml)
            elif "meninggal" in u.categories:
                out["_died_on"] = out["since"]  # "meninggal tgl 2 november": the day she died
    for money in u.money:
        slot = _money_slot(money, u.category)
        if slot and slot not in out:
            out[slot] = money_value(money)
    for name in ("sector", "employer_type", "agency", "route", "sex", "age"):
        value = getattr(u, name)
        if value:
            out[name] = value
    # a name or number said outright: hers, and the worker's when someone else writes; a flow
    # keeps those it asks for (``understood_as`` names where: her own name is the complaint's
    # worker_name), the others are dropped (flows/absorbing.proposed_slots)
    for name in ("own_name", "phone", "worker_phone", "employer_name"):
        value = getattr(u, name)
        if value:
            out[name] = value
    if u.worker_name:
        out["named_worker"] = u.worker_name
        if u.reporter == "organisation":
            # "Sy paralegal SBMI ... Pekerja a.n. Warsini": the worker a support worker reports for
            out["organisation_worker"] = u.worker_name
    if u.wants:
        out["wants"] = u.wants[0]
    more: list[str] = []
    for indicator in u.indicators:
        slot = SCREENING_SLOTS.get(indicator)
        if slot:
            out[slot] = True
        else:
            more.append(indicator)
    if more:
        out["_indicators"] = more
    return out


def _money_slot(money: Money, category: str | None) -> str | None:
    if money.role == "owed":
        return "money_owed"
    if money.role == "wage":
        return "wage"
    if money.role == "fee":
        return "fees_paid"
    if money.role == "deduction":
        return "money_deducted"
    if category in OWED_CATEGORIES:
        return "money_owed"
    if category in DEDUCTED_CATEGORIES:
        return "money_deducted"
    if category in FEE_CATEGORIES:
        return "fees_paid"
    return None
