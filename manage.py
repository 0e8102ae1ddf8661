#!/usr/bin/env python
"""Django's command-line utility, with `site/` put on the import path."""

import os
import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent / "site"


def main():
    sys.path.insert(0, str(SOURCE_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line  # noqa: PLC0415  (Django's own layout)

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
