"""`python -m tests.bench`: every benchmark, one JSON report (see run_all.py)."""

from tests.bench.run_all import main

raise SystemExit(main())
