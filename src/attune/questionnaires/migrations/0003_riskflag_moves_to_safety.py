"""RiskFlag now belongs to the safety app (safety 0002); its table and rows stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("questionnaires", "0002_riskflag_follow_up"),
        ("safety", "0002_riskflag_moves_here"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[migrations.DeleteModel(name="RiskFlag")],
        ),
    ]
