"""Errors govkit raises. Every error names the file (when there is one) and the problem."""

from __future__ import annotations

from pathlib import Path


class GovkitError(Exception):
    """Base class: a one-line, user-facing message."""


class ReadError(GovkitError):
    """A raw file could not be read: unsupported, empty, binary or undecodable."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ParameterError(GovkitError):
    """A user-supplied parameter (region, indicator, year, notebook) is invalid."""
