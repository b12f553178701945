"""The channels: the console chat, Telegram (python-telegram-bot or aiogram) and WhatsApp. Each is
thin: a message in, one committed turn of the dialog service (app/), the replies out."""
