"""b1"""
revision = 'b1'
down_revision = None


def upgrade():
    pass


def downgrade():
    pass
