"""Channels (console, Telegram), the turn service, the outbox, configuration and the CLI."""
