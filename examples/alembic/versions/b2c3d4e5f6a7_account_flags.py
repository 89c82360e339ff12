"""account flags

Revision ID: b2c3d4e5f6a7
Revises: a1b2c3d4e5f6
"""
from alembic import op
import sqlalchemy as sa

revision = "b2c3d4e5f6a7"
down_revision = "a1b2c3d4e5f6"


def upgrade():
    # Unsafe: NOT NULL without a server default on an existing table.
    op.add_column("accounts", sa.Column("is_admin", sa.Boolean(), nullable=False))
    # Unsafe: builds the index under a SHARE lock.
    op.create_index("ix_accounts_email", "accounts", ["email"])
    # Safe: concurrently, outside the migration's transaction.
    with op.get_context().autocommit_block():
        op.create_index("ix_accounts_nickname", "accounts", ["nickname"], postgresql_concurrently=True)


def downgrade():
    op.drop_index("ix_accounts_email", table_name="accounts")
    op.drop_column("accounts", "is_admin")
