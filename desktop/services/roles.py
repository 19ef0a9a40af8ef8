"""What each staff role may do: one table, read by the screens to disable what a role may
not do and to say why.

The portal enforces the same rules on every mutation (a refused one comes back `invalid`,
`forbidden_role`); the client's copy only spares staff a decision that would bounce. A
person may hold several roles and act in one or all of them (`Workspace.roles`); they may
do what any role they act in may.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.models.domain import Role

DIRECTOR, METHODOLOGIST, ADMINISTRATOR = (Role.DIRECTOR.value, Role.METHODOLOGIST.value,
                                          Role.ADMINISTRATOR.value)

# Actions: the portal's mutation names where the action is one, and the desk's own set-up.
ACCEPT_REQUEST = "accept_request"
DECLINE_REQUEST = "decline_request"
RETURN_DOCUMENTS = "return_documents"
ACCEPT_DOCUMENTS = "accept_documents"
SEND_CONTRACT = "send_contract"
COUNTERSIGN_CONTRACT = "countersign_contract"
CREATE_GROUP = "create_group"
UPDATE_GROUP = "update_group"
SET_CAPACITY = "set_capacity"
PUBLISH_FORECAST = "publish_forecast"
TRANSFER_CHILD = "transfer_child"
SETTINGS = "settings"
PRINTERS = "printers"
TEMPLATES = "templates"

# The director may do everything; the methodologist reviews documents (accepts them or
# returns them with a comment) and never decides on a request or signs; the administrator
# sets the site up.
MAY: dict[str, frozenset[str]] = {
    ACCEPT_REQUEST: frozenset({DIRECTOR}),
    DECLINE_REQUEST: frozenset({DIRECTOR}),
    RETURN_DOCUMENTS: frozenset({DIRECTOR, METHODOLOGIST}),
    ACCEPT_DOCUMENTS: frozenset({DIRECTOR, METHODOLOGIST}),
    SEND_CONTRACT: frozenset({DIRECTOR}),
    COUNTERSIGN_CONTRACT: frozenset({DIRECTOR}),
    CREATE_GROUP: frozenset({DIRECTOR}),
    UPDATE_GROUP: frozenset({DIRECTOR}),
    SET_CAPACITY: frozenset({DIRECTOR}),
    PUBLISH_FORECAST: frozenset({DIRECTOR}),
    TRANSFER_CHILD: frozenset({DIRECTOR}),
    SETTINGS: frozenset({DIRECTOR, ADMINISTRATOR}),
    PRINTERS: frozenset({DIRECTOR, ADMINISTRATOR}),
    TEMPLATES: frozenset({DIRECTOR, ADMINISTRATOR}),
}

# The order roles are named in, most powerful first.
ROLE_ORDER = (DIRECTOR, METHODOLOGIST, ADMINISTRATOR)


@dataclass(frozen=True)
class RoleRefusal:
    """Why the roles someone acts in may not do an action (for a tooltip).

    `acting`: the roles they act in now (empty when none is known, e.g. offline before a
    role was ever chosen); `needed`: the roles that may; `switch_to`: roles they hold that
    may, to switch to (Session > Act as)."""

    action: str
    acting: tuple[str, ...]
    needed: tuple[str, ...]
    switch_to: tuple[str, ...]


def _ordered(roles: Iterable[str]) -> tuple[str, ...]:
    given = set(roles)
    return tuple(r for r in ROLE_ORDER if r in given) + tuple(sorted(given - set(ROLE_ORDER)))


def needed(action: str) -> tuple[str, ...]:
    """The roles that may do `action` (KeyError for an action nobody declared)."""
    return _ordered(MAY[action])


def may(roles: Iterable[str], action: str) -> bool:
    return not MAY[action].isdisjoint(roles)


def allowed(roles: Iterable[str]) -> frozenset[str]:
    """Every action the roles may do."""
    acting = set(roles)
    return frozenset(action for action, who in MAY.items() if who & acting)


def refusal(action: str, roles: Iterable[str],
            available: Iterable[str] = ()) -> RoleRefusal | None:
    """None when the roles may do `action`; otherwise what to tell the person."""
    acting = _ordered(roles)
    if may(acting, action):
        return None
    return RoleRefusal(action, acting, needed(action),
                       _ordered(r for r in available if r in MAY[action]))
