"""Source documents in and translated documents out: `add`, export, languages, alignment."""
