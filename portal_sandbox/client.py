"""A small HTTP client for the sandbox: its controls and the parents' API.

The parent simulator drives the portal with it, as real parents' browsers would, and the
test suite builds its scenarios with it. Staff work goes through the desktop client.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import httpx


class PortalError(Exception):
    """A problem document from the portal."""

    def __init__(self, response: httpx.Response) -> None:
        self.status = response.status_code
        try:
            self.body: dict[str, Any] = response.json()
        except ValueError:
            self.body = {"code": "not_json", "title": response.text[:200]}
        self.code = str(self.body.get("code", ""))
        super().__init__(f"{self.status} {self.code}: {self.body.get('title', '')}")


@dataclass
class Session:
    access_token: str
    refresh_token: str
    roles: list[str]
    kindergarten_id: int | None

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


class SandboxClient:
    def __init__(self, base_url: str, *, language: str = "en", timeout: float = 30.0) -> None:
        self.http = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout,
                                 headers={"Accept-Language": language})

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> SandboxClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, method: str, path: str, *, session: Session | None = None,
             json: Any = None, content: bytes | None = None,
             headers: dict[str, str] | None = None, params: dict[str, Any] | None = None
             ) -> httpx.Response:
        all_headers = dict(headers or {})
        if session is not None:
            all_headers.update(session.headers)
        response = self.http.request(method, path, json=json, content=content,
                                     headers=all_headers, params=params)
        if response.status_code >= 400:
            raise PortalError(response)
        return response

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.call(method, path, **kwargs).json()

    # the clock

    def now(self) -> datetime:
        return datetime.fromisoformat(self.json("GET", "/sandbox/clock")["now"])

    def set_clock(self, moment: datetime) -> dict[str, Any]:
        result: dict[str, Any] = self.json("POST", "/sandbox/clock",
                                           json={"now": moment.isoformat()})
        return result

    def advance(self, *, days: int = 0, hours: int = 0, working_days: int = 0) -> dict[str, Any]:
        result: dict[str, Any] = self.json(
            "POST", "/sandbox/clock/advance",
            json={"days": days, "hours": hours, "working_days": working_days})
        return result

    # the world

    def add_person(self, iin: str, last_name: str, first_name: str, patronymic: str,
                   sex: str, birth_date: date, parents: list[str] | None = None) -> None:
        self.call("POST", "/sandbox/registry", json={
            "iin": iin, "last_name": last_name, "first_name": first_name,
            "patronymic": patronymic, "sex": sex, "birth_date": birth_date.isoformat(),
            "parents": parents or []})

    def add_kindergarten(self, bin_: str, name: str, locality: str, languages: list[str],
                         groups: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.json("POST", "/sandbox/kindergartens", json={
            "bin": bin_, "name": name, "locality": locality, "languages": languages,
            "groups": groups, **extra})
        return result

    def add_staff(self, bin_: str, iin: str, roles: list[str], password: str,
                  **extra: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.json("POST", "/sandbox/staff", json={
            "bin": bin_, "iin": iin, "roles": roles, "password": password, **extra})
        return result

    def issue_key(self, iin: str, usage: str, password: str, *, bin_: str | None = None,
                  role: str | None = None, **extra: Any) -> tuple[bytes, dict[str, Any]]:
        body = {"iin": iin, "usage": usage, "password": password, "bin": bin_, "role": role,
                **{k: (v.isoformat() if isinstance(v, datetime) else v)
                   for k, v in extra.items()}}
        data = self.json("POST", "/sandbox/pki/issue", json=body)
        return base64.b64decode(data["p12"]), data

    def issue_vouchers(self, locality: str, count: int) -> list[dict[str, Any]]:
        issued: list[dict[str, Any]] = self.json(
            "POST", "/sandbox/vouchers/issue", json={"locality": locality, "count": count}
        )["issued"]
        return issued

    def last_sms_code(self, phone: str) -> str:
        return str(self.json("GET", "/sandbox/sms", params={"phone": phone})[0]["code"])

    # identity

    def register(self, phone: str, iin: str, password: str) -> dict[str, Any]:
        self.call("POST", "/api/v1/auth/sms-code",
                  json={"phone": phone, "iin": iin, "purpose": "register"})
        person: dict[str, Any] = self.json("POST", "/api/v1/auth/register", json={
            "phone": phone, "iin": iin, "code": self.last_sms_code(phone),
            "password": password})
        return person

    def login(self, login: str, password: str, role: str | None = None) -> Session:
        data = self.json("POST", "/api/v1/auth/token",
                         json={"login": login, "password": password, "role": role})
        return Session(data["access_token"], data["refresh_token"], data["roles"],
                       data.get("kindergarten_id"))

    # the parent's side

    def add_child(self, session: Session, iin: str) -> dict[str, Any]:
        result: dict[str, Any] = self.json("POST", "/api/v1/me/children", session=session,
                                           json={"iin": iin})
        return result

    def apply(self, session: Session, child_iin: str, locality: str, languages: list[str],
              **extra: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.json("POST", "/api/v1/me/applications", session=session,
                                           json={"child_iin": child_iin, "locality": locality,
                                                 "languages": languages, **extra})
        return result

    def application(self, session: Session, application_id: int) -> dict[str, Any]:
        result: dict[str, Any] = self.json("GET", f"/api/v1/me/applications/{application_id}",
                                           session=session)
        return result

    def act(self, session: Session, application_id: int, action: str,
            json: Any = None) -> dict[str, Any]:
        result: dict[str, Any] = self.json(
            "POST", f"/api/v1/me/applications/{application_id}/{action}", session=session,
            json=json)
        return result

    def upload_document(self, session: Session, application_id: int, kind: str, data: bytes,
                        content_type: str) -> dict[str, Any]:
        result: dict[str, Any] = self.json(
            "PUT", f"/api/v1/me/applications/{application_id}/documents/{kind}",
            session=session, content=data, headers={"Content-Type": content_type})
        return result

    def contract_pdf(self, session: Session, application_id: int) -> bytes:
        return self.call("GET", f"/api/v1/me/applications/{application_id}/contract/pdf",
                         session=session).content

    def sign_contract(self, session: Session, application_id: int,
                      signed_pdf: bytes) -> dict[str, Any]:
        result: dict[str, Any] = self.json(
            "POST", f"/api/v1/me/applications/{application_id}/contract/signature",
            session=session, content=signed_pdf, headers={"Content-Type": "application/pdf"})
        return result

    # what the simulator needs to find its way around

    def parents(self, status: list[str] | None = None, *, limit: int = 100,
                offset: int = 0) -> dict[str, Any]:
        """One page of the sandbox's parent accounts with their applications."""
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        if status:
            params["status"] = status
        result: dict[str, Any] = self.json("GET", "/sandbox/parents", params=params)
        return result

    def each_parent(self, status: list[str] | None = None,
                    page: int = 200) -> Iterator[dict[str, Any]]:
        """Every parent account (with an application in one of `status`), page by page."""
        offset = 0
        while True:
            batch = self.parents(status, limit=page, offset=offset)
            yield from batch["parents"]
            offset += len(batch["parents"])
            if not batch["parents"] or offset >= batch["total"]:
                return

    def person(self, iin: str) -> dict[str, Any]:
        """Who the register says an IIN is (`person_not_found` when nobody)."""
        result: dict[str, Any] = self.json("GET", f"/sandbox/registry/{iin}")
        return result

    def kindergartens(self, locality: str | None = None) -> list[dict[str, Any]]:
        params = {"locality": locality} if locality else None
        result: list[dict[str, Any]] = self.json("GET", "/api/v1/kindergartens", params=params)
        return result

    def enroll(self, session: Session, application_id: int, kindergarten_id: int,
               group_id: int) -> dict[str, Any]:
        return self.act(session, application_id, "enrollment",
                        json={"kindergarten_id": kindergarten_id, "group_id": group_id})
