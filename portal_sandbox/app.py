"""The FastAPI application: routes, problem documents, idempotency."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

from portal_sandbox.bodylimit import BodyLimitMiddleware
from portal_sandbox.errors import Problem, negotiate_language
from portal_sandbox.idempotency import IdempotencyMiddleware
from portal_sandbox.portal import Portal

log = logging.getLogger(__name__)

API_VERSION = "1.0.0"


class ProblemResponse(JSONResponse):
    media_type = "application/problem+json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


def problem_response(request: Request, problem: Problem,
                     headers: dict[str, str] | None = None) -> ProblemResponse:
    language = negotiate_language(request.headers.get("accept-language"))
    return ProblemResponse(problem.document(language, request.url.path), problem.status,
                           headers=headers)


_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized",
               403: "forbidden", 413: "file_too_large", 415: "unsupported_media_type"}


def create_app(portal: Portal) -> FastAPI:
    from portal_sandbox.api import auth, controls, parents, staff

    app = FastAPI(
        title="BALABAQSHA portal (sandbox)",
        version=API_VERSION,
        description="The voucher portal's API as the Balabaqsha Desk client and the "
        "portal sandbox speak it. Errors are RFC 9457 problem documents with a stable "
        "`code` and a `title` in the language of `Accept-Language` (kk, ru, en).",
    )
    app.state.portal = portal

    @app.exception_handler(Problem)
    async def on_problem(request: Request, exc: Problem) -> ProblemResponse:
        headers = None
        if exc.status in (429, 503):
            headers = {"Retry-After": str(exc.extra.get("retry_after", 5))}
        return problem_response(request, exc, headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> ProblemResponse:
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")),
             "type": str(e.get("type", ""))}
            for e in exc.errors()
        ]
        return problem_response(request, Problem("validation_error", errors=errors))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> ProblemResponse:
        code = _HTTP_CODES.get(exc.status_code, "validation_error")
        return problem_response(request, Problem(code), getattr(exc, "headers", None))

    @app.exception_handler(DataError)
    async def on_bad_data(request: Request, exc: DataError) -> ProblemResponse:
        # What the database itself refuses (a NUL character PostgreSQL cannot store, a
        # number out of its range) is bad input, not a fault of the portal.
        return problem_response(request, Problem("validation_error",
                                                 "a value cannot be stored as given"))

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> ProblemResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(request, Problem("internal_error"))

    app.include_router(auth.router)
    app.include_router(parents.router)
    app.include_router(staff.router)
    app.include_router(controls.router)
    app.add_middleware(IdempotencyMiddleware, db=portal.db, tokens=portal.tokens,
                       max_body=portal.settings.max_upload_bytes)
    # Snapshots are large and kindergartens' links are slow: compress the JSON. Files are
    # served as they are: PDFs and scans are compressed already, and a byte range must
    # address the file itself for a resumed download to fit together.
    app.add_middleware(GZipMiddleware, minimum_size=1024, exclude_content_types=(
        *DEFAULT_EXCLUDED_CONTENT_TYPES, "application/pdf", "image/*",
        "application/octet-stream", "application/pkix-crl", "application/x-pem-file"))
    # Outermost: a body is bounded before anything else reads it.
    app.add_middleware(BodyLimitMiddleware, upload_max=portal.settings.max_upload_bytes)
    return app
