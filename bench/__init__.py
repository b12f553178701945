"""Benchmarks that print figures and write them to docs/PERFORMANCE.md (`make bench`).

Each benchmark is a module with ``run() -> list[Result]``; REGISTRY lists them in order. They run
in their own subprocess so that memory figures are honest (importing aiogram alone costs ~150 MB).
"""

REGISTRY = [
    "bench.engine",
    "bench.danger",
    "bench.understand",
    "bench.durable",
    "bench.workers",
    "bench.memory",
    "bench.baselines",
    "bench.queue",
    "bench.e2e",
    "bench.webhook",
    "bench.whatsapp",
    "bench.sign_in",
]
