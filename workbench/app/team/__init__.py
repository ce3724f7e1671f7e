"""Working as a team through git: sync, encrypted remotes, keys, clone, who you are, checks before sharing."""
