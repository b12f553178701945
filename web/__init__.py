"""The mediators' web console: sign-in, the inbox and queue, cases, offices, statistics, exports.
It depends on the application core (app/) and storage, never on a channel (ADR 0013)."""
