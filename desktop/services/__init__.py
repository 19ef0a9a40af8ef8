"""What the client does: talk to the portal, keep the cache, sync, sign, print.

Plain Python, no widgets, usable from the command line and testable without a display.
"""
