"""`cxdocs diff`: what changed for customers between two git revisions.

git (revision -> temporary tree) -> checks.run (tree -> Repository) ->
compare (two Repositories -> change model) -> render (Markdown or JSON).
"""
