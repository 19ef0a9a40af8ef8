"""What a service raises when it will not take a step a person asked for."""

from __future__ import annotations


class Refusal(Exception):
    """The message says why and what to do, for a person (in their language where the
    service knows it); `code` says which case, for programs and tests."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
