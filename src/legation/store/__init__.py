"""Persistence: the case register in SQLAlchemy 2, SQLite by default, PostgreSQL by URL.

The register keeps cases (library cases and those entered later), their events as
an append-only log with provenance, stored analyses, declared positions, API tokens
and an audit trail. Migrations are Alembic's, shipped in `migrations/`.
"""

from legation.store.register import Register, default_url

__all__ = ["Register", "default_url"]
