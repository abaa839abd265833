"""Gongshi publisher: turns agencies' raw enforcement records into public records.

It never imports Flask: it runs from cron or the command line on its own.
"""
