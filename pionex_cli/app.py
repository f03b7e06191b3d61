"""The root command ``pionex`` (SEAM: the command-line core builds the command tree here)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    """Run ``pionex`` with ``argv`` (the process's arguments by default); the exit code."""
    raise NotImplementedError("the command tree is being built")
