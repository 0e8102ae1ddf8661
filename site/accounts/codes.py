import secrets

# No 0/O or 1/I: these codes are read aloud, written on paper and typed on phones.
READABLE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def readable_code(length=8):
    return "".join(secrets.choice(READABLE_ALPHABET) for _ in range(length))
