"""Checks: raw documents -> validated model + problems.

`run.run_checks` is the entry point; `content.validation` validates one file, `references`
resolves ids across files, `advice` adds warnings.
"""
