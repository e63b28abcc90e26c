"""REST API under /api/v1 (DESIGN §5), a thin layer over the register."""

from legation.api.app import create_app

__all__ = ["create_app"]
