"""Dialogs: log-in, decisions on requests (one and many), groups, the move-up, the forecast,
figures, the enrollment order, errors, help and a document's problem."""
