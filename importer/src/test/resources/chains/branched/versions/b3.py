"""b3"""
revision = 'b3'
down_revision = 'b1'


def upgrade():
    pass


def downgrade():
    pass
