"""The staff console (社区工作台): a single-page app served at /console, a client of /api/v1 like any other."""
