"""The Telegram channel: the same dialog through python-telegram-bot or aiogram.

The frameworks do what they are good at (the Bot API client, long polling, typed updates);
routing stays in our engine, so both run the very same dialog. Only the framework named in
config.yaml is imported: aiogram costs ~60 MB of resident memory as the adapter imports it
(bot/telegram/aiogram_types.py), ~165 MB imported plainly.
"""
