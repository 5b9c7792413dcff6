"""Teams (志愿队伍): a community's standing groups of volunteers, with leaders (队长) who approve who joins, assign
orders handed to the team and organise the team's own activities. A volunteer may belong to several teams."""
