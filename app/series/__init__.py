"""Recurring services (每周探访): a resident's weekly (or every n weeks) visit, each occurrence an ordinary order."""
