"""The commands of ``run_bot.py``. Each opens what it needs, does one job and closes."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.config import ConfigError, load_settings
from app.logs import setup_logging
from app.outbox import OutboxDispatcher
from app.runtime import Runtime, keyring_for, load_checked_dialog, open_runtime, still_handled_job
from bot.console import ConsoleChannel

log = logging.getLogger("pmi.cli")


async def cmd_check(args: argparse.Namespace) -> int:
    settings = load_settings()
    dialog = load_checked_dialog(settings)
    from bot.whatsapp.config import load_whatsapp_settings

    whatsapp = load_whatsapp_settings(settings.raw)  # half a WhatsApp configuration is one line on stderr
    channels = ["console"]
    if settings.telegram.token:
        channels.append(f"telegram ({settings.telegram.framework})")
    if whatsapp is not None:
        channels.append(f"whatsapp ({len(whatsapp.phone_number_ids)} number(s))")
    print(
        f"ok: {len(dialog.flows)} flows ({', '.join(sorted(dialog.flows))}), "
        f"languages {', '.join(dialog.catalog.languages)}; channels {', '.join(channels)}"
    )
    return 0


async def cmd_console(args: argparse.Namespace) -> int:
    setup_logging(quiet=True)
    runtime = await open_runtime()
    channel = ConsoleChannel(runtime.service, str(args.chat_id), jsonl=bool(args.jsonl))
    if not args.jsonl:
        print("Konsol obrolan PMI. Ketik pesan Anda; Ctrl-D untuk keluar. 'bantuan' untuk bantuan.")
    return await run_console(runtime, channel, web=bool(args.web))


async def read_console_file(file_id: str) -> bytes:
    """The console's evidence 'file id' is a local path: console:<path>."""
    return await asyncio.to_thread(Path(file_id.removeprefix("console:")).read_bytes)


async def run_console(runtime: Runtime, channel: ConsoleChannel, web: bool = False) -> int:
    """The console chat with the outbox running beside it (relayed messages, evidence files)."""
    dispatcher = OutboxDispatcher(
        runtime.store,
        runtime.service,
        {"console": channel.send},
        fetchers={"console": read_console_file},
        file_senders={"console": channel.send_file},
        sweep=still_handled_job(runtime),
        interval=0.5,
    )
    task = asyncio.create_task(dispatcher.run(), name="outbox")
    server = None
    web_task = None
    if web:
        import uvicorn

        from web.app import create_app

        settings = runtime.settings
        config = uvicorn.Config(
            create_app(settings, runtime),
            host=settings.web_host,
            port=settings.web_port,
            log_level="warning",
            access_log=False,
        )
        server = uvicorn.Server(config)
        web_task = asyncio.create_task(server.serve(), name="web")
        if not channel.jsonl:
            print(
                f"Konsol petugas (mediator console): http://{settings.web_host}:{settings.web_port}  "
                "(buat akun: run_bot.py mediator add NAMA --role admin)"
            )
    try:
        return await channel.run()
    finally:
        if server is not None and web_task is not None:
            server.should_exit = True
            await web_task
        await dispatcher.drain_once()
        dispatcher.stop()
        await task
        await runtime.close()


async def cmd_run(args: argparse.Namespace) -> int:
    settings = load_settings()
    if settings.telegram.token:
        from bot.telegram.run import run_polling

        setup_logging()
        return await run_polling(settings)
    setup_logging(quiet=True)
    runtime = await open_runtime(settings)
    print("Tidak ada BOT_TOKEN: bot berjalan di konsol ini (Ctrl-D untuk keluar).")
    return await run_console(runtime, ConsoleChannel(runtime.service, "1"), web=True)


async def cmd_serve(args: argparse.Namespace) -> int:
    """The HTTP side (health, webhook, mediator console) under uvicorn, with N worker processes."""
    import uvicorn

    settings = load_settings()
    load_checked_dialog(settings)
    keyring_for(settings, create=True)
    from bot.whatsapp.config import load_whatsapp_settings

    load_whatsapp_settings(settings.raw)  # a half-configured WhatsApp fails here, in one line
    setup_logging()
    host = args.host or settings.web_host
    port = args.port or settings.web_port
    if args.workers > 1:
        # workers are separate processes: uvicorn imports the factory in each
        await asyncio.to_thread(
            uvicorn.run,
            "launch.server:app_factory",
            factory=True,
            host=host,
            port=port,
            workers=args.workers,
            log_level="warning",
            access_log=False,
        )
        return 0
    from launch.server import create_server

    config = uvicorn.Config(create_server(settings), host=host, port=port, log_level="warning", access_log=False)
    await uvicorn.Server(config).serve()
    return 0


async def cmd_set_webhook(args: argparse.Namespace) -> int:
    from bot.telegram.client import make_client

    settings = load_settings()
    tg = settings.telegram
    if not tg.token or not tg.webhook_url or not tg.webhook_secret:
        raise ConfigError("set-webhook needs BOT_TOKEN, WEBHOOK_URL (https://.../telegram/webhook) and WEBHOOK_SECRET")
    client = make_client(tg)
    await client.start()
    try:
        await client.set_webhook(tg.webhook_url, tg.webhook_secret)
    finally:
        await client.close()
    print(f"webhook set: {tg.webhook_url}")
    return 0


EXPORT_COLUMNS = (
    "number",
    "status",
    "category",
    "country",
    "city",
    "urgent",
    "reporter_kind",
    "sex",
    "language",
    "indicators",
    "created_at",
)


async def cmd_cases(args: argparse.Namespace) -> int:
    if args.cases_command == "export":
        return await export_cases(args)
    if args.cases_command == "send-file":
        return await send_file(args)
    if args.cases_command in ("status", "message"):
        from storage.casework import CaseNotFound, ReporterUnreachable, change_status, message_reporter

        setup_logging(quiet=True)
        runtime = await open_runtime(create_keys=False)
        try:
            now = datetime.now(UTC)
            if args.cases_command == "status":
                await change_status(runtime.store, args.number, args.status, args.reason, now)
            else:
                await message_reporter(runtime.store, args.number, args.text, now)
        except ReporterUnreachable as exc:
            raise ConfigError(f"not sent: {exc}") from None
        except CaseNotFound as exc:
            raise ConfigError(f"no case {exc}") from None
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        finally:
            await runtime.close()
        print("ok: the reporter will be told (if they agreed to notices)")
        return 0
    raise ConfigError("usage: run_bot.py cases export|status|message|send-file (see --help)")


#: a file is read up to this size at most, whatever the configured limit
MAX_FILE_READ = 200 * 1024 * 1024


def _read_head(path: Path, size: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


async def send_file(args: argparse.Namespace) -> int:
    from storage.casework import CaseNotFound, ReporterUnreachable
    from storage.reporter_files import FileRefused, OutgoingFile, checked, send_file_to_reporter

    setup_logging(quiet=True)
    path = Path(args.path)
    try:
        data = await asyncio.to_thread(_read_head, path, MAX_FILE_READ)
    except OSError:
        raise ConfigError(f"no file to read at {path}") from None

    def check(cap: int) -> OutgoingFile:
        try:
            return checked(path.name, data, cap)
        except FileRefused as refused:
            raise ConfigError(
                f"the file cannot be sent ({refused.reason}): PDF, PNG, JPG, DOCX, XLSX or ODT, within the size limit"
            ) from None

    check(MAX_FILE_READ)  # its type, before anything is opened
    runtime = await open_runtime(create_keys=False)
    try:
        file = check(runtime.dialog.settings.max_attachment_bytes)
        held = await send_file_to_reporter(runtime.store, args.number, file, args.text, datetime.now(UTC))
    except ReporterUnreachable as exc:
        raise ConfigError(f"not sent: {exc}") from None
    except CaseNotFound as exc:
        raise ConfigError(f"no case {exc}") from None
    finally:
        await runtime.close()
    print("ok: held until the reporter next writes" if held else "ok: the bot sends it to the reporter")
    return 0


async def export_cases(args: argparse.Namespace) -> int:
    from storage.export import iter_cases_for_export

    setup_logging(quiet=True)
    runtime = await open_runtime(create_keys=False)
    try:
        rows = [row async for row in iter_cases_for_export(runtime.store)]
    finally:
        await runtime.close()
    if args.format == "json":
        body = json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n"
    else:
        body = rows_to_csv(rows)
    if args.output == "-":
        sys.stdout.write(body)
    else:
        await asyncio.to_thread(write_private, args.output, body)
    return 0


def write_private(path: str, body: str) -> None:
    """An export holds personal data: readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(body)


def rows_to_csv(rows: list[dict[str, Any]]) -> str:
    """Fixed columns first, then every other field seen; lists joined with ';', formulas neutralised."""
    from storage.export import csv_text

    extra = sorted({k for row in rows for k in row} - set(EXPORT_COLUMNS))
    return csv_text(rows, [*EXPORT_COLUMNS, *extra])


__all__ = [
    "cmd_cases",
    "cmd_check",
    "cmd_console",
    "cmd_run",
    "cmd_serve",
    "cmd_set_webhook",
    "keyring_for",
]
