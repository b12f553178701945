"""Global commands: words and slash commands that work at every step of every flow.

A command is recognised only when it is the whole message (``batal``, ``/batal``,
``/batal@NamaBot``), so a story that happens to contain "batal" is never mistaken for one.
"""

from __future__ import annotations

import re

COMMANDS: dict[str, frozenset[str]] = {
    "help": frozenset({"bantuan", "help", "panduan", "cara pakai"}),
    "back": frozenset({"kembali", "back", "balik", "sebelumnya"}),
    "restart": frozenset({"ulang", "restart", "mulai ulang", "mulai lagi", "ulangi"}),
    "cancel": frozenset({"batal", "cancel", "batalkan", "berhenti", "stop", "gak jadi", "ga jadi", "nggak jadi"}),
    "messages": frozenset({"pesan", "lihat pesan", "pesan petugas", "tampilkan pesan", "messages", "show messages"}),
    "resume": frozenset({"lanjut", "lanjutkan", "teruskan", "resume", "continue"}),
    "hotlines": frozenset(
        {"nomor penting", "nomor darurat", "no penting", "no darurat", "hotline", "hotlines", "important numbers"}
    ),
    "language": frozenset({"bahasa", "language", "ganti bahasa", "lang"}),
    "status": frozenset({"status", "cek status", "cek", "check status"}),
    "erase": frozenset(
        {
            "hapus",
            "delete",
            "hapus data",
            "hapus data saya",
            "delete my data",
            "hapus chat",
            "hapus laporan",
            "hapus laporan saya",
            "hapus laporan sy",
            "hapus laporan aku",
            "tarik laporan",
            "tarik laporan saya",
            "delete my report",
            "withdraw my report",
            "withdraw report",
        }
    ),
    "agent": frozenset(
        {
            "orang",
            "agent",
            "petugas",
            "admin",
            "cs",
            "bicara dengan orang",
            "bicara dengan petugas",
            "mau bicara dengan petugas",
            "minta petugas",
            "hubungi petugas",
            "human",
            "operator",
            "talk to someone",
            "talk to a person",
            "talk to a human",
        }
    ),
    "discreet": frozenset({"rahasia", "discreet", "mode rahasia", "private"}),
    "start": frozenset({"start", "mulai", "menu", "halo", "hai", "hi", "hello", "assalamualaikum"}),
}

_LOOKUP = {word: name for name, words in COMMANDS.items() for word in words}
_SLASH = re.compile(r"^/([a-z_]+)(?:@\w+)?(?:\s.*)?$", re.IGNORECASE | re.DOTALL)
_NOISE = re.compile(r"[\s.!?,;:~\-_*\"'()]+")


def command_of(text: str) -> str | None:
    """The command a whole message names, or None. Slash commands may carry ``@botname``."""
    raw = text.strip()
    if not raw or len(raw) > 40:
        return None
    slash = _SLASH.match(raw)
    if slash:
        word = slash.group(1).lower().replace("_", " ")
        return _LOOKUP.get(word, "unknown_slash")
    words = _NOISE.sub(" ", raw.casefold()).strip()
    return _LOOKUP.get(words)
