"""Qt item models over the records `desktop.models` reads: the lists' rows, columns, roles
and words, and nothing else (no SQL, no widgets)."""
