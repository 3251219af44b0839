from django.db import migrations

import attune.core.crypto


def forget_stored_answers(apps, schema_editor):  # type: ignore[no-untyped-def]
    # Retry keys live for minutes; older rows held answers in plaintext and are dropped.
    apps.get_model("core", "IdempotencyKey").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [
        migrations.RunPython(forget_stored_answers, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="idempotencykey",
            name="response",
            field=attune.core.crypto.EncryptedTextField(),
        ),
    ]
