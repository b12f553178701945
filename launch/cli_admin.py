"""The operator's commands of ``run_bot.py``: mediator accounts, master keys (rotate, retire),
retention and the breach report. Each opens what it needs, does one job and closes."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.config import ConfigError, load_settings
from app.logs import setup_logging
from app.runtime import open_runtime


async def cmd_mediator(args: argparse.Namespace) -> int:
    from storage.accounts import AccountError, create_mediator, reset_by_operator

    if args.mediator_command not in ("add", "reset"):
        raise ConfigError("usage: run_bot.py mediator add USERNAME --role ROLE --office CODE | reset USERNAME")
    password = read_password(bool(args.password_stdin))
    if args.mediator_command == "reset":
        setup_logging(quiet=True)
        runtime = await open_runtime()
        try:
            await reset_by_operator(runtime.store.engine, args.username, password, datetime.now(UTC))
        except AccountError as exc:
            raise ConfigError(str(exc)) from None
        finally:
            await runtime.close()
        print(f"ok: {args.username} signs in with the new password (and sets up a second factor again if an admin)")
        return 0
    setup_logging(quiet=True)
    runtime = await open_runtime()
    try:
        await create_mediator(
            runtime.store.engine,
            args.username,
            password,
            args.role,
            args.office,
            datetime.now(UTC),
            display_name=args.name,
            office_name=args.office_name,
            telegram_user_id=args.telegram_id,
        )
    except AccountError as exc:
        raise ConfigError(str(exc)) from None
    finally:
        await runtime.close()
    print(f"ok: {args.username} ({args.role}, office {args.office}) can sign in to the mediator console")
    return 0


async def cmd_keys(args: argparse.Namespace) -> int:
    """Master keys (docs/SECURITY.md): ``rotate`` puts a new key first and rewraps everything
    with it; ``retire`` drops the older keys once nothing needs them; ``index-key`` prints the
    index key older releases derived from PMI_MASTER_KEYS, to set PMI_INDEX_KEY to it once."""
    from storage.key_file import derived_index_key, rotate_key_file
    from storage.rekey import KeysStillNeeded, retire, rewrap_all, still_needing_old_keys

    command = args.keys_command
    if command == "index-key":
        keys = [k.strip() for k in os.environ.get("PMI_MASTER_KEYS", "").split(",") if k.strip()]
        if not keys or os.environ.get("PMI_INDEX_KEY"):
            raise ConfigError("keys index-key is for PMI_MASTER_KEYS set without PMI_INDEX_KEY")
        print(derived_index_key(keys))
        return 0
    if command not in ("rotate", "retire"):
        raise ConfigError("usage: run_bot.py keys rotate|retire|index-key")
    settings = load_settings()
    setup_logging(quiet=True)
    runtime = await open_runtime(settings, create_keys=False)
    from_env = bool(os.environ.get("PMI_MASTER_KEYS"))
    path = Path(os.environ.get("PMI_KEY_FILE") or settings.key_file)
    try:
        if command == "rotate":
            if from_env:
                ring = runtime.keyring  # the operator put the new key first and restarted
                print("PMI_MASTER_KEYS: rewrapping with its first key")
            else:
                ring = rotate_key_file(path)
                print(f"a new master key is first in {path}")
            done = await rewrap_all(runtime.store, ring)
            print(
                f"ok: {done.data_keys} data keys and {done.outbox_rows} queued messages rewrapped with the newest "
                "master key; when every backup made before now has aged out, run: run_bot.py keys retire"
            )
            return 0
        if from_env:
            needed = await still_needing_old_keys(runtime.store, runtime.keyring)
            if needed:
                raise ConfigError(f"{needed} stored keys or messages still need an older key: run keys rotate first")
            print("ok: nothing needs the older keys; remove them from PMI_MASTER_KEYS (keep the first) and restart")
            return 0
        try:
            dropped = await retire(runtime.store, runtime.keyring, path)
        except KeysStillNeeded as exc:
            raise ConfigError(f"{exc}: run keys rotate first; {path} is unchanged") from None
        print(f"ok: {dropped} older master keys removed from {path}; destroy every copy of them you keep")
        return 0
    finally:
        await runtime.close()


async def cmd_retention(args: argparse.Namespace) -> int:
    from storage.maintenance import anonymise_closed

    if args.retention_command != "run":
        raise ConfigError("usage: run_bot.py retention run")
    settings = load_settings()
    setup_logging(quiet=True)
    runtime = await open_runtime(settings, create_keys=False)
    try:
        count = await anonymise_closed(runtime.store, datetime.now(UTC), settings.anonymise_closed_after_days)
    finally:
        await runtime.close()
    print(f"ok: {count} closed cases anonymised (older than {settings.anonymise_closed_after_days} days)")
    return 0


async def cmd_breach_report(args: argparse.Namespace) -> int:
    from storage.maintenance import breach_report

    try:
        since = datetime.fromisoformat(args.since)
    except ValueError:
        raise ConfigError("--since takes an ISO date, e.g. 2026-11-01") from None
    since = since if since.tzinfo else since.replace(tzinfo=UTC)
    setup_logging(quiet=True)
    runtime = await open_runtime(create_keys=False)
    try:
        report = await breach_report(runtime.store, since)
    finally:
        await runtime.close()
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise ConfigError("the two passwords differ")
    return first
