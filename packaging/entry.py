"""PyInstaller entry script for the csp-wizard bundle (see build.spec)."""

from wizard.cli import main

raise SystemExit(main())
