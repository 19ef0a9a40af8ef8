"""What the client knows: the cache's tables and the domain's vocabulary (no Qt, no HTTP)."""
