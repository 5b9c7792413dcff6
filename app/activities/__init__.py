"""Activities (招募): a community or one of its teams recruits many volunteers for one event (a clean-up, a health
day). Sign-up with a quota and a waitlist, a rotating sign-in code at the venue, check-in and check-out through the
shared attendance rules, and at the close minutes made final, points paid per participant and no-shows recorded."""
