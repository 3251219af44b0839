"""RiskFlag moves from questionnaires to safety. Its table stays ``questionnaires_riskflag``:
only Django's idea of which app owns the model changes, no rows move (reversible)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import attune.core.crypto


class Migration(migrations.Migration):
    dependencies = [
        ("safety", "0001_initial"),
        ("questionnaires", "0002_riskflag_follow_up"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="RiskFlag",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                        ("reason", models.CharField(max_length=48)),
                        ("item_answer", models.PositiveSmallIntegerField(blank=True, null=True)),
                        ("acknowledged_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "acknowledged_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "administration",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="questionnaires.administration",
                            ),
                        ),
                        (
                            "client",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        ("acknowledgement_note", attune.core.crypto.EncryptedTextField(blank=True)),
                        ("escalated_at", models.DateTimeField(blank=True, null=True)),
                    ],
                    options={
                        "ordering": ["-created_at"],
                        "db_table": "questionnaires_riskflag",
                        "indexes": [
                            models.Index(
                                fields=["client", "acknowledged_at"],
                                name="questionnai_client__b30563_idx",
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
