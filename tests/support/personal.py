"""What of a kindergarten's world on the live sandbox is personal: every IIN, BIN, phone
and name its staff can learn from the portal, for the tests that look for them in logs and
reports."""

from __future__ import annotations

from typing import Any

from desktop.services.privacy import names_in
from tests.support.sites import Site


def world_secrets(site: Site) -> set[str]:
    """Every IIN, BIN, phone and name of the kindergarten's world, as the portal tells its
    staff (the feed), with the staff's own and the families'."""
    client = site.world.client
    staff = client.login(site.director_login, site.password)
    found: set[str] = {site.director_login, site.methodologist_login,
                       str(site.kindergarten["bin"])}
    cursor: str | None = None
    while True:
        page = site.world.changes(staff, cursor)
        for change in page["changes"]:
            found |= _personal(change.get("data"))
        if not page["has_more"]:
            break
        cursor = page["cursor"]
    for account in (site.director_login, site.methodologist_login):
        me = client.json("GET", "/api/v1/me", session=client.login(account, site.password))
        found |= _personal(me)
    # Whole names, and each word of them: a log could carry either.
    words = {word for value in found for word in value.split() if len(word) > 1}
    return {value for value in found | words if value and not value.isspace()}


def _personal(data: Any) -> set[str]:
    """IINs, BINs and phones by their keys, names as the portal's fields hold them."""
    found = set(names_in(data))
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("iin", "bin", "phone", "email", "login") and isinstance(value, str):
                found.add(value)
            else:
                found |= _personal(value)
    elif isinstance(data, list):
        for item in data:
            found |= _personal(item)
    return found
