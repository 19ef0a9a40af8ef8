"""Acting on the signed-in session: which role to sign in with again, and switching role.

Switching talks to the portal, so it runs through Tasks.
"""

from __future__ import annotations

from desktop.services.workspace import Workspace

WRONG_PASSWORD_CODES = frozenset({"invalid_credentials", "wrong_password"})


def acting_role(workspace: Workspace) -> str | None:
    """The role to sign in with again: the one in use, when the account has several."""
    if len(workspace.roles) == 1 and len(workspace.available_roles) > 1:
        return workspace.roles[0]
    return None


def switch_role(workspace: Workspace, password: str, role: str) -> Workspace:
    """Sign in again in one role on the same client (the cache stays open)."""
    tokens = workspace.client.login(workspace.login, password, role)
    workspace.roles = list(tokens.roles)
    workspace.available_roles = list(tokens.available_roles)
    return workspace
