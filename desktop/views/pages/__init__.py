"""The main window's pages: Today, Requests, Groups, Contracts, Needs attention, Outbox and
Settings, and `table_page`, the list page most of them are built on."""
