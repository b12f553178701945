"""Stopping a process a test started: SIGTERM, a while to finish, then SIGKILL, always reaped."""

from __future__ import annotations

import subprocess


def stop(proc: subprocess.Popen, patience: float = 15) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=patience)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
