"""Disclosure rules: the working-day calendar, deadlines, publication periods and scope."""
