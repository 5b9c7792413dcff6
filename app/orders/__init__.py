"""Orders: the loop of 点单 · 派单 · 接单 · 评单, owned by one state machine."""
