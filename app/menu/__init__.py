"""The service menu: communities (centre, radius, street, district), categories, and the items staff curate."""
