from django.db import migrations


class Migration(migrations.Migration):
    """FormSubmission belongs to core now (core.form_tokens). The table keeps its rows and takes core's name; core's
    first migration adds the model to core's state without touching the database."""

    dependencies = [("content", "0008_fixed_date_bounds")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable("formsubmission", "core_formsubmission")],
            state_operations=[migrations.DeleteModel("FormSubmission")],
        )
    ]
