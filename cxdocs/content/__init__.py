"""Content: files -> validated Repository + problems. The only way to get content."""
