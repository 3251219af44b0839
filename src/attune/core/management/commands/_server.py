"""Serve attune with gunicorn (a real multi-process WSGI server) from inside the CLI."""

from __future__ import annotations

import atexit
import errno
import os
import signal
import socket
import subprocess
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from gunicorn.app.base import BaseApplication
from gunicorn.http import wsgi as gunicorn_wsgi

# gunicorn writes "Server: gunicorn" on every response and has no setting for it (its
# maintainers prefer applications to decide, benoitc/gunicorn#825). The Response class reads
# this module global when it is made, so a neutral word replaces the server's name; the
# forked workers inherit it. Nothing else in gunicorn uses it.
NEUTRAL_SERVER_HEADER = "web"
gunicorn_wsgi.SERVER = NEUTRAL_SERVER_HEADER


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


def ensure_port_free(host: str, port: int) -> None:
    """Say so plainly before printing an address that will not answer."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise CommandError(
                    f"Port {port} is busy (another program is using it). "
                    f"Try another one, e.g. --port {port + 1}."
                ) from exc
            raise CommandError(f"Cannot listen on {host}:{port}: {exc.strerror}.") from exc


def use_base_url(url: str) -> None:
    """Links in emails and calendars point at this server, unless ATTUNE_BASE_URL says where
    the public address is. The task worker (a child process) reads it from the environment."""
    if not os.environ.get("ATTUNE_BASE_URL"):
        os.environ["ATTUNE_BASE_URL"] = url
        settings.BASE_URL = url


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


def _worker_exit(server: Any, worker: Any) -> None:
    from attune.clinical.safety.semantic.encoder import release

    release()


def serve(*, host: str, port: int, workers: int, threads: int) -> None:
    # The tokenizer's own thread pool does not survive fork; each worker tokenizes on its
    # request threads instead.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
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
            "worker_exit": _worker_exit,
            # Method, path and status only: no query strings, bodies or cookies in logs.
            "access_log_format": '%(h)s "%(m)s %(U)s" %(s)s %(M)sms',
            # Secret tokens in paths and control characters never reach the log.
            "logger_class": "attune.core.access_log.RedactingLogger",
        }
    ).run()
