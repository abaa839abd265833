"""What the publisher writes for the public: feeds, packages, rows, statistics."""
