"""WeChat: the server-API client (login, phone, access token, subscription messages) and a local fake of it."""
