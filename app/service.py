"""One turn, end to end, for every channel: lock the chat, load, step the engine, commit, deliver.

Channels stay thin: they translate their updates into ``Inbound`` values, call
:meth:`DialogService.handle`, and send the ``Delivery`` it returns. Replies are returned only after
the turn is committed; a redelivered update returns ``None`` and sends nothing. A storage failure
propagates as ``StorageError`` so the channel does not acknowledge the update (it is redelivered
or retried), and nothing is lost.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app import metrics
from app.flood import FloodGate
from app.heap import Crowd
from flows.dialog import Dialog
from flows.engine import ENTROPY_BYTES, step
from flows.types import Awaiting, ConversationState, Inbound, Lookup, Reply, Turn
from storage.api import CaseNumberTaken, ConflictError, StorageError, Store, TurnRejected, TurnWrite

log = logging.getLogger("pmi.service")

MAX_ATTEMPTS = 5
#: seconds a redelivered update waits for the original turn to send its replies (a few replies
#: at Telegram's one message per second per chat) before sending them itself
REDELIVERY_GRACE = 5.0
#: update keys remembered as given up (a redelivery comes within minutes)
ABANDONED_KEPT = 10_000


#: not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__, five
#: times a plain one's, and one is made per turn (never changed after; docs/decisions/0014)
@dataclass(slots=True)
class Delivery:
    """What a channel sends after a committed turn."""

    replies: tuple[Reply, ...]
    awaiting: Awaiting | None
    discreet: bool
    filed: tuple[str, ...] = ()
    #: discreet mode, dialog ended: the neutral line left once the closing replies are deleted
    closing_line: str | None = None


def utcnow() -> datetime:
    return datetime.now(UTC)


class DialogService:
    def __init__(
        self,
        dialog: Dialog,
        store: Store,
        clock: Callable[[], datetime] = utcnow,
        entropy: Callable[[int], bytes] = os.urandom,
        flood: FloodGate | None = None,
    ) -> None:
        self.dialog = dialog
        self.store = store
        self.clock = clock
        self.entropy = entropy
        self.flood = flood or FloodGate()
        #: how long a redelivered update waits for its original to finish sending (see _unsent)
        self.redelivery_grace = REDELIVERY_GRACE
        #: the turn counter of each channel (a labelled child costs a lock and a lookup to find)
        self._turn_counters: dict[str, Any] = {}
        #: updates whose replies this process gave up sending (see gave_up): bounded, oldest out
        self._abandoned: OrderedDict[str, None] = OrderedDict()
        #: the turns in flight: the C heap is given back when a crowd of them has ended (app/heap.py)
        self.crowd = Crowd()

    async def handle(self, inbound: Inbound) -> Delivery | None:
        """Process one inbound exactly once. ``None``: already processed and its replies sent.
        The channel calls ``delivered`` once it has sent the replies."""
        started = time.perf_counter()
        self.crowd.enter()
        try:
            delivery = await self._handle(inbound)
        except StorageError:
            metrics.ERRORS.labels("storage").inc()
            raise
        except TurnRejected:
            # the database refused this turn's data (logged by storage, without the data): the
            # dialog did not move; say so kindly, so she can send it another way
            metrics.ERRORS.labels("rejected").inc()
            return Delivery((Reply(self.dialog.catalog.render("id", "common.not_stored")),), None, False)
        finally:
            self.crowd.leave()
        if delivery is not None:
            counter = self._turn_counters.get(inbound.channel)
            if counter is None:
                counter = self._turn_counters[inbound.channel] = metrics.TURNS.labels(inbound.channel)
            counter.inc()
            metrics.TURN_SECONDS.observe(time.perf_counter() - started)
        return delivery

    async def _handle(self, inbound: Inbound) -> Delivery | None:
        key = inbound.key
        if inbound.system is None:
            verdict = self.flood.check(str(key))
            if verdict.drop:
                log.warning("flood: message not processed", extra={"channel": inbound.channel})
                if not verdict.notify:
                    return None
                return Delivery((Reply(self.dialog.catalog.render("id", "common.flood")),), None, False)
            if verdict.delay:
                await asyncio.sleep(verdict.delay)
        async with self.store.chat_lock(key):
            # no read to check for a redelivered update: the engine is pure, so stepping it again is
            # harmless, and the commit itself recognises the update key and writes and sends nothing
            for _attempt in range(MAX_ATTEMPTS):
                stored = await self.store.load_conversation(key)
                now = self.clock()
                turn = await self._run(stored.state if stored else None, inbound, now)
                write = TurnWrite(
                    key=key,
                    update_key=inbound.update_key,
                    expected_version=stored.version if stored else None,
                    state=turn.state,
                    effects=turn.effects,
                    replies=turn.replies,
                    now=now,
                    user_id=inbound.user_id,
                    awaiting=turn.awaiting,
                    closing_line=turn.closing_line,
                )
                try:
                    result = await self.store.commit_turn(write)
                except (ConflictError, CaseNumberTaken) as exc:
                    log.info("turn retried", extra={"reason": type(exc).__name__})
                    continue
                if result.duplicate:
                    metrics.DUPLICATES.inc()
                    return await self._unsent(inbound)
                return Delivery(turn.replies, turn.awaiting, turn.discreet, result.filed, turn.closing_line)
        raise ConflictError("the conversation kept changing under this turn")

    async def _unsent(self, inbound: Inbound) -> Delivery | None:
        """A redelivered update: its replies went out the first time, unless the process died
        between the commit and the send; then they go now (at least once, never lost).

        A redelivery may also race the original, still sending in another process: wait up to
        ``redelivery_grace`` seconds for the original to mark its replies sent before sending
        them again (a crashed process never marks them)."""
        loop = asyncio.get_running_loop()
        # an update this process gave up sending is not being sent by anyone: no need to wait
        grace = 0.0 if inbound.update_key in self._abandoned else self.redelivery_grace
        self._abandoned.pop(inbound.update_key, None)
        deadline = loop.time() + grace
        while True:
            unsent = await self.store.unsent_turn(inbound.key, inbound.update_key)
            if unsent is None:
                return None
            if loop.time() >= deadline:
                break
            await asyncio.sleep(0.1)
        log.info("replies of a committed turn sent on redelivery")
        return Delivery(unsent.replies, unsent.awaiting, unsent.discreet, (), unsent.closing_line)

    def gave_up(self, inbound: Inbound) -> None:
        """The channel could not send this committed turn's replies and did not acknowledge the
        update: when it comes again, its stored replies are sent without waiting for the grace."""
        self._abandoned[inbound.update_key] = None
        if len(self._abandoned) > ABANDONED_KEPT:
            self._abandoned.popitem(last=False)

    async def delivered(self, inbound: Inbound) -> None:
        """The channel sent this turn's replies (or kept them in the outbox): a redelivery of
        the same update then sends nothing. The mark is queued, not awaited: it is written with
        the next batch of turns (storage.api.Store.mark_sent)."""
        await self.store.mark_sent(inbound.key, inbound.update_key)

    async def _run(self, state: ConversationState | None, inbound: Inbound, now: datetime) -> Turn:
        """Step the engine, answering its lookups in the same turn (the engine stays pure)."""
        turn = step(self.dialog, state, inbound, now, self.entropy(ENTROPY_BYTES))
        if not turn.effects or not any(isinstance(e, Lookup) for e in turn.effects):
            return turn  # the common turn: nothing to look up, nothing to merge
        replies = list(turn.replies)
        effects = [e for e in turn.effects if not isinstance(e, Lookup)]
        lookups = [e for e in turn.effects if isinstance(e, Lookup)]
        hops = 0
        while lookups and hops < 3:
            hops += 1
            result = await self._lookup(inbound, lookups[0], now)
            system = Inbound(inbound.channel, inbound.chat_id, inbound.update_key, inbound.user_id, system=result)
            turn = step(self.dialog, turn.state, system, now, self.entropy(ENTROPY_BYTES))
            replies.extend(turn.replies)
            effects.extend(e for e in turn.effects if not isinstance(e, Lookup))
            lookups = [e for e in turn.effects if isinstance(e, Lookup)]
        return Turn(tuple(replies), turn.state, tuple(effects), turn.awaiting, turn.discreet, turn.closing_line)

    async def _lookup(self, inbound: Inbound, lookup: Lookup, now: datetime) -> dict[str, Any]:
        if lookup.kind == "status":
            answer = await self.store.check_status(
                inbound.key, lookup.args.get("number", ""), lookup.args.get("code", ""), now
            )
            found = None
            if answer.found is not None:
                found = {
                    "number": answer.found.number,
                    "status": answer.found.status,
                    "changed_at": answer.found.changed_at.isoformat(),
                    "category": answer.found.category,
                }
            return {"lookup": "status", "found": found, "limited": answer.limited, "retry_after": answer.retry_after}
        if lookup.kind == "held_messages":
            return {"lookup": "held_messages", "messages": await self.store.release_held(inbound.key, now)}
        cases = await self.store.cases_of_chat(inbound.key)
        return {
            "lookup": "my_cases",
            "cases": [
                {"number": c.number, "status": c.status, "changed_at": c.changed_at.isoformat(), "category": c.category}
                for c in cases
            ],
        }
