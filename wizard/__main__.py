"""`python -m wizard` entry point."""

import sys

from wizard.cli import main

sys.exit(main())
