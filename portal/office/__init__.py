"""The back office: agency staff and the supervising legal office."""
