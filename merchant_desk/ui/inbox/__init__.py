"""The Inbox tab: conversation list, chat thread, customer panel, reply composer and their dialogs."""
