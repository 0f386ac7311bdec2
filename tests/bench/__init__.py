"""Benchmarks (not collected by pytest): `python -m tests.bench` runs them all, see run_all.py and README.md."""
