"""One sync cycle in a process of its own, for the kill tests:
`python -m tests.desktop.sync_child`.

The environment says everything, so the test can kill it anywhere:
BALABAQSHA_PORTAL, BALABAQSHA_CACHE (the file) and BALABAQSHA_CACHE_KEY, then either
BALABAQSHA_REFRESH_TOKEN or BALABAQSHA_LOGIN with BALABAQSHA_PASSWORD. With
BALABAQSHA_DOCUMENT ("id:sha256") and BALABAQSHA_DOCUMENTS (a folder) it then downloads
that document into the store. BALABAQSHA_FAILPOINT names where it dies.

Prints the cycle's summary as JSON; exits 0, or 3 when the portal could not be reached.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from desktop.services.cache import open_cache
from desktop.services.documents import DocumentStore
from desktop.services.portal_api import PortalClient, PortalUnreachable
from desktop.services.sync import SyncEngine


def _signed_in(env: dict[str, str]) -> PortalClient:
    client = PortalClient(env["BALABAQSHA_PORTAL"])
    token = env.get("BALABAQSHA_REFRESH_TOKEN")
    if token:
        client.resume(token)
    else:
        client.login(env["BALABAQSHA_LOGIN"], env["BALABAQSHA_PASSWORD"])
    return client


def main() -> int:
    env = dict(os.environ)
    cache = open_cache(Path(env["BALABAQSHA_CACHE"]), env["BALABAQSHA_CACHE_KEY"])
    client = _signed_in(env)
    try:
        summary = SyncEngine(cache, client).run_cycle()
        document = env.get("BALABAQSHA_DOCUMENT")
        if document:
            document_id, digest = document.split(":")
            store = DocumentStore(cache, Path(env["BALABAQSHA_DOCUMENTS"]))
            store.download(client, int(document_id), digest)
    except PortalUnreachable as exc:
        print(f"the portal could not be reached: {exc}", file=sys.stderr)
        return 3
    finally:
        client.close()
        cache.close()
    print(json.dumps(asdict(summary)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
