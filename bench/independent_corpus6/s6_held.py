"""Held-back structures of the sixth independent corpus (B01-B13)."""
