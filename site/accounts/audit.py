from accounts.models import PersonalDataAccess


def log_personal_data_access(request, action, subject):
    """Record that the signed-in person viewed or exported a list of people (what, not the data)."""
    PersonalDataAccess.objects.create(
        user=request.user if request.user.is_authenticated else None, action=action, subject=str(subject)[:200]
    )
