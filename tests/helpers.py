"""Helpers for driving the portal like a browser would."""

from __future__ import annotations

from typing import Any


def csrf_token(client: Any, path: str = "/") -> str:
    """Fetch a page and return the CSRF token of its first form."""
    page = client.get(path).get_data(as_text=True)
    return page.split('name="csrf_token" value="')[1].split('"')[0]
