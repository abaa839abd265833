"""JSON API v1 (/api/v1): the same public data as the pages, for programs."""
