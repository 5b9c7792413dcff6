"""`flask wechat ...`: the local fake of the WeChat server API."""
import click
from flask import current_app
from flask.cli import AppGroup

from app.wechat.fake import FakeWeChat, FakeWeChatServer

wechat_cli = AppGroup("wechat", help="WeChat tools for local development.")


def build_fake_server(*, host: str = "127.0.0.1", port: int = 0, quiet: bool = True) -> FakeWeChatServer:
    """A fake that knows this app's appid and secret (the tests build theirs here too)."""
    fake = FakeWeChat(appid=current_app.config["WECHAT_APPID"], secret=current_app.config["WECHAT_SECRET"])
    return FakeWeChatServer(fake, host=host, port=port, quiet=quiet)


@wechat_cli.command("fake-server")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5100, show_default=True, type=int)
def fake_server_command(host: str, port: int):
    """Serve a fake WeChat API until interrupted. Point the app at it with WECHAT_API_BASE."""
    server = build_fake_server(host=host, port=port, quiet=False)
    server.start()
    click.echo(f"fake WeChat API on {server.url}; run the app with WECHAT_API_BASE={server.url}")
    click.echo(f"state: curl {server.url}/__fake__/state   (Ctrl-C stops it)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("fake WeChat API stopped")  # Ctrl-C is how it ends
