"""The GUI's plumbing, below every screen: background tasks (`tasks`), the sync worker
(`sync_worker`), the signed-in session (`desk_session`), languages (`i18n`), fonts and
resources, logging, failures in the window's words, the idle lock, the tray, the first
paint, and the training portal's start."""
