"""Notifications: the in-app inbox and the outbox the scheduler delivers as WeChat subscription messages."""
