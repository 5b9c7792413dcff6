"""Points: a double-entry ledger of what volunteers earn, and the rewards shop where they spend it."""
