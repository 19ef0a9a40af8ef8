"""What routes need from a request: the portal, the caller, their language."""

from __future__ import annotations

import ipaddress
from typing import Annotated

from fastapi import Depends, Header, Path, Request

from portal_sandbox.errors import Problem, negotiate_language
from portal_sandbox.portal import Portal
from portal_sandbox.security import Principal

STAFF_ROLES = ("director", "methodologist", "administrator")


def get_portal(request: Request) -> Portal:
    portal: Portal = request.app.state.portal
    return portal


def get_language(accept_language: Annotated[str | None, Header()] = None) -> str:
    return negotiate_language(accept_language)


def get_principal(
    portal: Annotated[Portal, Depends(get_portal)],
    authorization: Annotated[str | None, Header()] = None,
) -> Principal:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise Problem("unauthorized")
    return portal.tokens.verify(authorization[7:].strip())


def get_parent(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
    if "parent" not in principal.roles:
        raise Problem("forbidden", "this part of the portal is for parents")
    return principal


def get_staff(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
    if principal.kindergarten_id is None or not set(principal.roles) & set(STAFF_ROLES):
        raise Problem("forbidden", "this part of the portal is for kindergarten staff")
    return principal


def is_loopback(host: str | None) -> bool:
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def get_sandbox(portal: Annotated[Portal, Depends(get_portal)], request: Request) -> Portal:
    if not portal.settings.sandbox:
        raise Problem("sandbox_only")
    if not portal.settings.remote_controls \
            and not is_loopback(request.client.host if request.client else None):
        raise Problem("controls_local_only")
    return portal


PortalDep = Annotated[Portal, Depends(get_portal)]
SandboxDep = Annotated[Portal, Depends(get_sandbox)]
LanguageDep = Annotated[str, Depends(get_language)]
ParentDep = Annotated[Principal, Depends(get_parent)]
StaffDep = Annotated[Principal, Depends(get_staff)]
PrincipalDep = Annotated[Principal, Depends(get_principal)]

# Row ids in paths: bounded, so an absurd number is a 422 and never reaches the database.
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]
