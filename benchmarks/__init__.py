"""Benchmarks for cxdocs: `./dev bench` (or `python -m benchmarks --help`)."""
