"""Back-office domains: accounts, tokens, complaints, supervision, attachments."""
