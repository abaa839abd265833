"""Reading, validating and storing what agencies send."""
