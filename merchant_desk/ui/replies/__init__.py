"""Quick replies, automation, broadcasts and reminders (issue 5): the tab, the composer's picker and dialogs."""
