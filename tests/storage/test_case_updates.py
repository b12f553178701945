"""What she changes after filing reaches the filed case: its country, and the office that will
read it while nobody has taken it up yet."""

from __future__ import annotations

from sqlalchemy import select, update

from flows.types import UpdateCase
from storage.models import case_events, cases, offices
from storage.sql_store import SqlStore
from tests.storage.test_contract import file_case, state, store, write

__all__ = ["store"]

ROUTING = {"default": "pusat", "SA": "kbri-riyadh", "KW": "kbri-kuwait"}


def moved_to_kuwait() -> UpdateCase:
    fields = {**file_case().fields, "country": "KW", "city": None}
    return UpdateCase(case_number="ABC-DEFG", fields=fields, indicators=(), secondary_categories=())


async def where_it_is(s: SqlStore) -> tuple[str, str]:
    async with s.engine.connect() as conn:
        row = (
            await conn.execute(select(cases.c.country, offices.c.code).join(offices, offices.c.id == cases.c.office_id))
        ).one()
    return row.country, row.code


async def test_a_country_corrected_after_filing_moves_a_new_case_to_its_office(store: SqlStore) -> None:
    store.routing = dict(ROUTING)
    await store.commit_turn(write("1", "u1", None, state("more"), (file_case(),)))
    assert await where_it_is(store) == ("SA", "kbri-riyadh")
    await store.commit_turn(write("1", "u2", 1, state("more"), (moved_to_kuwait(),)))
    assert await where_it_is(store) == ("KW", "kbri-kuwait")
    async with store.engine.connect() as conn:
        kinds = [r.kind for r in await conn.execute(select(case_events.c.kind))]
    assert "updated" in kinds, "the mediators see that she changed her report"


async def test_a_case_already_taken_up_keeps_its_office_but_shows_the_right_country(store: SqlStore) -> None:
    store.routing = dict(ROUTING)
    await store.commit_turn(write("1", "u1", None, state("more"), (file_case(),)))
    async with store.engine.begin() as conn:
        await conn.execute(update(cases).values(status="diproses"))
    await store.commit_turn(write("1", "u2", 1, state("more"), (moved_to_kuwait(),)))
    assert await where_it_is(store) == ("KW", "kbri-riyadh")
