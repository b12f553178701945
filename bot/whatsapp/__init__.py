"""The WhatsApp channel (WhatsApp Business Cloud API): webhook in, the same dialog turn, replies out."""
