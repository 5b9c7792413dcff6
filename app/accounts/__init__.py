"""Accounts: people, their roles, the communities staff serve, and the tokens they sign in with."""
