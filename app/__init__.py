"""The application core: configuration, the runtime (store, keys, dialog), the dialog service
that runs one committed turn, the outbox, logs and metrics. Every channel (bot/) and the web
console (web/) depend on it; it depends on neither (tests/unit/test_architecture.py)."""
