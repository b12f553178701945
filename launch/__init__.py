"""Where the parts are put together: the command line (run_bot.py) and the served app (the web
console with the channels' webhooks beside it). The only package that imports both bot/ and web/."""
