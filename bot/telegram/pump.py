"""Long polling that acknowledges an update only once it is dealt with (ADR 0011).

Telegram forgets an update once a getUpdates call passes an ``offset`` above its id. The
frameworks' own polling passes that offset as soon as updates are fetched, before they are
handled: a process killed then, or a database away longer than the process waits, lost them.
Here the offset never passes an update that is still in flight: its turn is committed, its
replies sent (or kept in the outbox) and the mark that they went out written first.

Updates run concurrently across chats and one after another within a chat, so a chat's replies
keep their order. Unconfirmed updates come back with every getUpdates call: those already taken
are recognised by id. At most ``limit`` updates are in flight; if they are all stuck (Telegram
cannot take replies, the database is away), the rest wait at Telegram, which keeps them a day.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.telegram.client import TelegramClient

log = logging.getLogger("pmi.telegram.pump")

Handle = Callable[[dict[str, Any]], Awaitable[None]]
#: makes everything queued so far durable (the sent marks of finished updates)
Settle = Callable[[], Awaitable[None]]

#: seconds Telegram holds a getUpdates call open when nothing is in flight
LONG_POLL = 10
#: while updates are in flight, how long to wait for one to finish before asking for more
IN_FLIGHT_POLL = 0.25
#: seconds a stopping process gives its updates in flight before it leaves them to a restart
STOP_GRACE = 5.0


def chat_of(update: dict[str, Any]) -> str:
    """The chat an update belongs to (its turns must stay in order), else the update itself."""
    for field in ("message", "edited_message", "channel_post"):
        message = update.get(field)
        if isinstance(message, dict) and isinstance(message.get("chat"), dict):
            return str(message["chat"].get("id"))
    query = update.get("callback_query")
    if isinstance(query, dict):
        message = query.get("message")
        if isinstance(message, dict) and isinstance(message.get("chat"), dict):
            return str(message["chat"].get("id"))
        if isinstance(query.get("from"), dict):
            return str(query["from"].get("id"))
    return f"update:{update.get('update_id')}"


class UpdatePump:
    def __init__(
        self,
        client: TelegramClient,
        handle: Handle,
        settle: Settle,
        *,
        limit: int = 100,
        long_poll: int = LONG_POLL,
    ) -> None:
        self.client = client
        self.handle = handle
        self.settle = settle
        self.limit = limit
        self.long_poll = long_poll
        #: update id → its task, for updates taken and not finished
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        #: ids finished but not yet confirmed to Telegram (they come back until then)
        self._finished: set[int] = set()
        #: the last task of each chat: the next update of that chat waits for it
        self._chains: dict[str, asyncio.Task[None]] = {}
        self._highest: int | None = None
        self._unsettled = False
        #: set by run(): a stop cuts short the long poll instead of waiting it out
        self._stop: asyncio.Event | None = None

    def offset(self) -> int | None:
        """What to confirm: every update below the oldest still in flight, else all taken."""
        if self._in_flight:
            return min(self._in_flight)
        return None if self._highest is None else self._highest + 1

    async def run(self, stop: asyncio.Event) -> None:
        self._stop = stop
        delay = 1.0
        while not stop.is_set():
            try:
                await self.poll_once()
                delay = 1.0
            except Exception as exc:  # Telegram unreachable, a 5xx, a timeout: try again
                log.warning("getUpdates failed", extra={"error": type(exc).__name__, "delay": delay})
                try:
                    await asyncio.wait_for(stop.wait(), delay)
                except TimeoutError:
                    pass
                delay = min(delay * 2, 30.0)
        await self.shutdown()

    async def poll_once(self) -> int:
        """One getUpdates call; start the new updates. Returns how many were new."""
        await self._settle()
        offset = self.offset()
        wait = 0 if self._in_flight else self.long_poll
        updates = await self._fetch(offset, wait)
        if updates is None:
            return 0  # stopping: nothing was taken, shutdown() confirms what is finished
        if offset is not None:
            self._finished = {i for i in self._finished if i >= offset}
        new = [u for u in updates if isinstance(u.get("update_id"), int) and self._is_new(u["update_id"])]
        if not new and not self._in_flight and offset is not None and offset == (self._highest or 0) + 1:
            # everything taken is confirmed: ask without an offset from now on, so that updates
            # numbered from a new point (after a week without any) are not taken as confirmed
            self._highest = None
        for update in new:
            self._start(update)
        if not new and self._in_flight:
            await asyncio.wait(
                set(self._in_flight.values()), timeout=IN_FLIGHT_POLL, return_when=asyncio.FIRST_COMPLETED
            )
        return len(new)

    async def _fetch(self, offset: int | None, wait: int) -> list[dict[str, Any]] | None:
        """getUpdates, or None when a stop comes first. Abandoning the call loses nothing:
        whatever it would have returned is not confirmed and comes again after the restart.
        Without this a stopping bot sat out the rest of a 10-second long poll."""
        if self._stop is None or wait == 0:
            return await self.client.get_updates(offset, wait, self.limit)
        if self._stop.is_set():
            return None
        fetch = asyncio.ensure_future(self.client.get_updates(offset, wait, self.limit))
        stopped = asyncio.ensure_future(self._stop.wait())
        try:
            await asyncio.wait({fetch, stopped}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopped.cancel()
        if fetch.done():
            return fetch.result()
        fetch.cancel()
        await asyncio.wait({fetch})
        return None

    def _is_new(self, update_id: int) -> bool:
        return update_id not in self._in_flight and update_id not in self._finished

    def _start(self, update: dict[str, Any]) -> None:
        update_id = int(update["update_id"])
        chat = chat_of(update)
        before = self._chains.get(chat)
        task = asyncio.create_task(self._run(update_id, update, before), name=f"update-{update_id}")
        self._chains[chat] = task
        self._in_flight[update_id] = task
        self._highest = update_id if self._highest is None else max(self._highest, update_id)

        def finished(done: asyncio.Task[None]) -> None:
            if self._chains.get(chat) is done:
                del self._chains[chat]

        task.add_done_callback(finished)

    async def _run(self, update_id: int, update: dict[str, Any], before: asyncio.Task[None] | None) -> None:
        if before is not None:
            await asyncio.wait({before})  # the chat's previous update first (its outcome is its own)
            if before.cancelled():
                return  # stopping: this one is left for the restart too
        try:
            await self.handle(update)
        except Exception as exc:  # handle() keeps its own errors; should one escape, go on
            log.error("update failed", extra={"update": update_id, "error": type(exc).__name__})
        del self._in_flight[update_id]
        self._finished.add(update_id)
        self._unsettled = True

    async def _settle(self) -> None:
        """Finished updates are confirmed only once their sent marks are durable: a restart then
        neither loses nor repeats them."""
        if self._unsettled:
            self._unsettled = False
            await self.settle()

    async def shutdown(self) -> None:
        """Give updates in flight a moment, leave the rest unconfirmed (they come again after the
        restart: their turns are not run twice, their stored replies are sent), confirm the others."""
        if self._in_flight:
            await asyncio.wait(set(self._in_flight.values()), timeout=STOP_GRACE)
        for task in list(self._in_flight.values()):
            task.cancel()
        if self._in_flight:
            await asyncio.wait(set(self._in_flight.values()))
        try:
            await self._settle()
            if self._finished or self._highest is not None:
                await self.client.get_updates(self.offset(), 0, 1)
        except Exception as exc:
            log.warning("could not confirm the last updates", extra={"error": type(exc).__name__})
