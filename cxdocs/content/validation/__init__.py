"""One document's raw data -> its model, every schema mistake a Problem.

Pydantic errors in words, a best-effort repair so one broken part never hides
another, the number rules and did-you-mean. Settings and the cross-file checks
both validate through here.
"""
