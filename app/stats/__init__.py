"""Community statistics: the three lists side by side, and where demand goes unmet."""
