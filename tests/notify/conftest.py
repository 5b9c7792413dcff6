"""The notify tests deliver through the same fake WeChat server as the wechat tests."""
from tests.wechat.conftest import fake, wechat_server  # noqa: F401
