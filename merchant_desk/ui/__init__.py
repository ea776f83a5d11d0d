"""Everything PySide6: the window, its tabs, dialogs, models and the task runner."""
