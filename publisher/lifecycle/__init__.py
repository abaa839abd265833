"""A decision's life: actors, transitions, endings, review and the periodic tick."""
