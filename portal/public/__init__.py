"""Public pages: everything citizens and researchers see."""
