"""Serve attune with gunicorn (a real multi-process WSGI server) from inside the CLI."""

from __future__ import annotations

import atexit
import signal
import subprocess
import sys
from typing import Any

from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from attune.config.wsgi import application

        return application


def start_worker() -> subprocess.Popen[bytes]:
    """Run the task worker beside the web server, and stop it when the server stops."""
    worker = subprocess.Popen([sys.executable, "-m", "attune.cli", "worker"])

    def stop() -> None:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()

    atexit.register(stop)
    return worker


def serve(*, host: str, port: int, workers: int, threads: int) -> None:
    _Gunicorn(
        {
            "bind": f"{host}:{port}",
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread",
            "timeout": 60,
            "graceful_timeout": 10,
            "accesslog": "-",
            "control_socket_disable": True,
            # Method, path and status only: no query strings, bodies or cookies in logs.
            "access_log_format": '%(h)s "%(m)s %(U)s" %(s)s %(M)sms',
            # Secret tokens in paths and control characters never reach the log.
            "logger_class": "attune.core.access_log.RedactingLogger",
        }
    ).run()
