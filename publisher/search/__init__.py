"""The search index and its query service (Whoosh underneath)."""
