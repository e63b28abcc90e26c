"""monitor: documents read and the review queue

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 15:40:46.458230
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "extractions",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("linked_case", sa.String(length=120), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_by", sa.String(length=120), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("extractions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_extractions_digest"), ["digest"], unique=False)
        batch_op.create_index(batch_op.f("ix_extractions_status"), ["status"], unique=False)

    op.create_table(
        "monitor_documents",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("digest"),
    )
    with op.batch_alter_table("monitor_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_monitor_documents_url"), ["url"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("monitor_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monitor_documents_url"))

    op.drop_table("monitor_documents")
    with op.batch_alter_table("extractions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_extractions_status"))
        batch_op.drop_index(batch_op.f("ix_extractions_digest"))

    op.drop_table("extractions")
