"""Attendance: what an order's service visit and an activity's sign-in share. Check-in and check-out are judged by
the same rules (`rules`: the place, the time, the length) and their minutes move through one status machine
(`minutes`: verified, pending review, approved, rejected, voided), whose totals are the volunteer's 志愿时长."""
