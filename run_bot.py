#!/usr/bin/env python3
"""The entry point and CLI of the complaint-intake bot.

    python run_bot.py run                     # make run: Telegram if BOT_TOKEN, else the console chat
    python run_bot.py console [--chat-id N] [--jsonl]
    python run_bot.py serve [--workers N]     # the web console and the Telegram and WhatsApp webhooks
    python run_bot.py set-webhook
    python run_bot.py cases export --format json|csv [--output FILE]
    python run_bot.py mediator add USERNAME --role mediator|supervisor|admin --office CODE
    python run_bot.py mediator reset USERNAME      # lost password or phone (the last admin too)
    python run_bot.py keys rotate|retire|index-key | retention run | breach-report --since DATE
    python run_bot.py check                   # validate config.yaml, flows and locales

Bad configuration is one line on stderr that says what to fix, and exit status 2.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from app.config import ConfigError
from launch import cli, cli_admin


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_bot.py", description="Complaint intake bot for Indonesian migrant workers"
    )
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("run", help="Telegram polling if BOT_TOKEN is set, else the console chat; plus the web console")
    console = sub.add_parser("console", help="chat with the bot in the terminal")
    console.add_argument("--chat-id", default="1", help="the conversation to use (a second run resumes it)")
    console.add_argument("--jsonl", action="store_true", help="JSON lines in and out, for tests and tools")
    console.add_argument("--web", action="store_true", help="also serve the mediator console (web.port)")

    serve = sub.add_parser("serve", help="the mediator web console and the Telegram and WhatsApp webhooks")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--workers", type=int, default=1)
    sub.add_parser("set-webhook", help="register WEBHOOK_URL with Telegram")
    sub.add_parser("check", help="validate config.yaml, the flows and the locales")

    cases = sub.add_parser("cases", help="cases").add_subparsers(dest="cases_command")
    export = cases.add_parser("export", help="every case, with decrypted personal fields")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--output", default="-", help="a file, or - for stdout")
    status = cases.add_parser("status", help="move a case to another stage (the reporter is told)")
    status.add_argument("number")
    status.add_argument("status", choices=("baru", "diproses", "menunggu_info", "dirujuk", "selesai", "ditutup"))
    status.add_argument("--reason", required=True, help="why (kept on the case's timeline)")
    message = cases.add_parser("message", help="send the reporter a message through the bot")
    message.add_argument("number")
    message.add_argument("text")
    send_file = cases.add_parser("send-file", help="send the reporter a file (PDF, picture, Office) through the bot")
    send_file.add_argument("number")
    send_file.add_argument("path")
    send_file.add_argument("--text", default="", help="a short message sent before the file")

    mediator = sub.add_parser("mediator", help="mediator accounts").add_subparsers(dest="mediator_command")
    add = mediator.add_parser("add", help="create a mediator account (asks for the password)")
    add.add_argument("username")
    add.add_argument("--role", choices=("mediator", "supervisor", "admin"), default="mediator")
    add.add_argument("--office", default="pusat", help="office code (created if missing)")
    add.add_argument("--office-name", default=None)
    add.add_argument("--name", default=None, help="display name")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.add_argument("--telegram-id", type=int, default=None, help="their Telegram user id, for the mediators' group")
    reset = mediator.add_parser(
        "reset", help="lost access: a new password, no second factor (set up again at sign-in), sessions ended"
    )
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    keys = sub.add_parser("keys", help="encryption keys").add_subparsers(dest="keys_command")
    keys.add_parser("rotate", help="add a new master key and rewrap every data key and queued message")
    keys.add_parser("retire", help="remove the older master keys once nothing needs them")
    keys.add_parser("index-key", help="print the index key derived from PMI_MASTER_KEYS (older releases)")
    retention = sub.add_parser("retention", help="retention").add_subparsers(dest="retention_command")
    retention.add_parser("run", help="anonymise closed cases past the retention period")
    breach = sub.add_parser("breach-report", help="whose data a breach could have touched")
    breach.add_argument("--since", required=True, help="ISO date")
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace], Coroutine[Any, Any, int]]] = {
    "run": cli.cmd_run,
    "console": cli.cmd_console,
    "serve": cli.cmd_serve,
    "set-webhook": cli.cmd_set_webhook,
    "check": cli.cmd_check,
    "cases": cli.cmd_cases,
    "mediator": cli_admin.cmd_mediator,
    "keys": cli_admin.cmd_keys,
    "retention": cli_admin.cmd_retention,
    "breach-report": cli_admin.cmd_breach_report,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    try:
        return asyncio.run(COMMANDS[command](args))
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
