"""Case files: reading and validating them, and the bundled library of real cases."""

from __future__ import annotations

from legation.cases.library import library, library_dir
from legation.cases.reader import parse_case, read_case

__all__ = ["library", "library_dir", "parse_case", "read_case"]
