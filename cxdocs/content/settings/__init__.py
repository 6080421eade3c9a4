"""The cxdocs settings, read from mkdocs.yml (and its INHERIT chain) with positions."""
