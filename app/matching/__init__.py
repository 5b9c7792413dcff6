"""Matching volunteers to orders: geometry, the skill-by-cell search index, eligibility, ranking and dispatch."""
