"""Orders: the order dialog and view, the Orders tab, and the Inbox customer panel's orders."""
