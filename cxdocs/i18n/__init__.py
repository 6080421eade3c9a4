"""Words and numbers cxdocs puts on diagrams, pages and reports, per locale."""
