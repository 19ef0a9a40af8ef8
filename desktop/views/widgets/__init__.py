"""The parts pages and dialogs are built of: a request's detail and documents, the document
viewer, the roster, the occupancy chart, the print preview, the sync status, menus and
labels."""
