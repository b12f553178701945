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


async def test_notify_turned_off_after_filing_keeps_every_answer_filed(store: SqlStore) -> None:
    """ "majikan suka cek hp sy" told after filing: the case stops notifying her (the staff's
    messages are held); the answers filed stay (an update carrying only the flag replaced them)."""
    await store.commit_turn(write("1", "u1", None, effects=(file_case("NTF-2222", worker_name="Siti", age=31),)))
    async with store.engine.connect() as conn:
        before = (await conn.execute(select(cases.c.fields_enc, cases.c.age, cases.c.province))).one()
    await store.commit_turn(write("1", "u2", 1, state(None), (UpdateCase("NTF-2222", {}, notify_reporter=False),)))
    async with store.engine.connect() as conn:
        after = (
            await conn.execute(select(cases.c.fields_enc, cases.c.age, cases.c.province, cases.c.notify_reporter))
        ).one()
    assert (after.fields_enc, after.age, after.province) == (before.fields_enc, before.age, before.province)
    assert after.notify_reporter is False
