"""The Catalog tab: products list and grid, and its dialogs (editor, import, export, share)."""
