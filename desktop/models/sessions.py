"""The cache as the reads of the models see it: what lends them a session or a connection.

The views never open a cache session: they call a model's read with the cache, and get
plain records back. The cache itself (`desktop.services.cache.Cache`) lives in the services,
which the models may not import; it has these methods, so it is one of these.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Sessions(Protocol):
    def read(self) -> AbstractContextManager[Session]:
        """A session for reads (SQLAlchemy is loaded with the first)."""
        ...

    def write(self) -> AbstractContextManager[Session]:
        """A session in a transaction, committed when the block ends."""
        ...

    def connection(self) -> AbstractContextManager[Any]:
        """A DB-API connection for a short read, without loading SQLAlchemy."""
        ...
