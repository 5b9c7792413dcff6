"""What changes when the process runs greenlets (gunicorn's gevent worker, deploy/gunicorn.conf.py): work that holds
the CPU without yielding goes to a real thread, so the worker's other requests go on meanwhile."""
from __future__ import annotations

import sys


def running_green() -> bool:
    """Whether gevent has patched the standard library in this process."""
    monkey = sys.modules.get("gevent.monkey")
    return bool(monkey and monkey.is_module_patched("socket"))


def on_thread(fn, *args):
    """`fn(*args)`, on a thread of gevent's pool when greenlets run here. For C code that releases the GIL (password
    hashing: scrypt takes ~100 ms), which would otherwise stop every greenlet of the worker for that long."""
    if not running_green():
        return fn(*args)
    from gevent import get_hub

    return get_hub().threadpool.apply(fn, args)
