"""Ways a message leaves or arrives: wa.me links, later the WhatsApp Cloud API."""
