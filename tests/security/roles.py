"""The people every role-boundary test walks through, in the order of their reach."""

ROLES = [
    "anonymous",
    "volunteer",
    "leader",
    "commune_officer",
    "province_coordinator",
    "department_editor",
    "moderator",
    "superuser",
]
