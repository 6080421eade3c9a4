"""Changes -> words: PR comments, history timelines, charts."""
