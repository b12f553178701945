"""Password hashing off the event loop, and the password rules.

argon2 costs ~50-150 ms of CPU per hash by design; on the event loop a few sign-in attempts a
second would stall the bot that shares the process. Hashes run in a small thread pool (argon2's C
code releases the GIL), and at most ``MAX_WAITING`` may wait: beyond that a sign-in is told to try
again rather than queue without end.

The rules are NIST 800-63B's: long enough, not the username, and not a password that people
commonly choose. zxcvbn (a well-kept estimator) ships the 30,000 most common passwords and
English words, names and keyboard patterns, offline; a password it can guess in under 10^8
tries (score below 3 of 4, with the username, the name and the service's words as known words)
is refused: `password1234`, `bismillah12345`, `sayangkamu123`.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

HASHER = PasswordHasher()
MIN_PASSWORD = 12
HASH_THREADS = 2
MAX_WAITING = 8
_POOL = ThreadPoolExecutor(max_workers=HASH_THREADS, thread_name_prefix="argon2")
_waiting = 0


class PasswordError(ValueError):
    """A password the rules refuse. ``code`` names the rule (the console words it in the reader's
    language); the message says it in English for the command line."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class HashingBusy(RuntimeError):
    """Too many sign-ins are already waiting for the hasher."""


async def _in_pool(function: object, *args: str) -> object:
    global _waiting
    if _waiting >= MAX_WAITING:
        raise HashingBusy("too many sign-ins at once")
    _waiting += 1
    try:
        return await asyncio.get_running_loop().run_in_executor(_POOL, function, *args)  # type: ignore[arg-type]
    finally:
        _waiting -= 1


async def hash_password(password: str) -> str:
    return str(await _in_pool(HASHER.hash, password))


def _verify(stored: str, password: str) -> bool:
    try:
        return bool(HASHER.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(stored: str | None, password: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from; with no stored hash (an unknown
    user) a dummy hash is checked, so both cost the same time."""
    return bool(await _in_pool(_verify, stored or _DUMMY, password)) and stored is not None


def check_password_policy(password: str, username: str, *known: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise PasswordError("short", f"the password needs at least {MIN_PASSWORD} characters")
    if username and username.lower() in password.lower():
        raise PasswordError("username", "the password must not contain the username")
    if len(set(password)) < 5:
        raise PasswordError("repetitive", "the password is too repetitive")
    from zxcvbn import zxcvbn

    words = [w for w in (username, *known, "lapor", "pmi", "kbri", "bp2mi", "indonesia") if w]
    if zxcvbn(password[:100], user_inputs=words)["score"] < 3:
        raise PasswordError("common", "the password is too common or too easy to guess: use a few unrelated words")


_DUMMY = HASHER.hash("not-a-real-password-for-timing")
