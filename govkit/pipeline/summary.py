"""What a stage did, in a user's terms: the one-line summary each ``govkit`` command prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from govkit.core.document import printable_name


@dataclass
class Failure:
    """A raw file that was skipped, and why."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        self.path = printable_name(self.path)  # a name that is not UTF-8 is printed and written as text

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Summary:
    """Counts, outputs written, and every failure with its reason.

    :meth:`describe` starts with one line such as
    ``extract: 412 documents (380 from cache), 5,210 facts, 0 failed in 3.1 s``.
    """

    stage: str
    n_ok: int = 0
    failures: list[Failure] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    #: what was counted (``documents``, ``rows``), and what the count is made of, e.g. ``380 from cache``
    unit: str = "documents"
    detail: str = ""
    #: further counts after the main one, e.g. ``5,210 facts``
    extra: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def headline(self) -> str:
        parts = [f"{self.n_ok:,} {self.unit}" + (f" ({self.detail})" if self.detail else ""), *self.extra]
        return f"{self.stage}: {', '.join(parts)}, {len(self.failures)} failed in {self.seconds:.1f} s"

    def describe(self) -> str:
        lines = [self.headline()]
        lines += [f"  wrote {p}" for p in self.outputs]
        lines += [f"  {n}" for n in self.notes]
        lines += [f"  FAILED {f}" for f in self.failures]
        return "\n".join(lines)
