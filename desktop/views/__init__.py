"""What staff see: the main window, its pages and dialogs, the Qt item models, and the
workers that carry service calls off the GUI thread (all through `tasks.Tasks`)."""
