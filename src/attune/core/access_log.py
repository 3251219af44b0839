"""The web server's access log: method, path and status, with secrets and forgeries removed.

Calendar, invitation and circle-join addresses carry a secret token in the path; anyone who
reads the log could use it. And a path may hold an encoded newline ("%0A") that would write
a fake line into the log; control characters are shown escaped instead.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from gunicorn.glogging import Logger

_SECRET_PATHS = re.compile(
    r"^(?P<head>/(?:calendar|invite|circles/join))/(?P<token>[^/]+?)(?P<tail>\.ics|/|$)"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def redact_path(path: str) -> str:
    path = _SECRET_PATHS.sub(lambda m: f"{m['head']}/[token]{m['tail']}", path)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", path)


class RedactingLogger(Logger):  # type: ignore[misc]
    def atoms(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> Any:
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["U"] = redact_path(atoms.get("U") or "")
        atoms["r"] = "-"  # the raw request line holds the token and query string too
        return atoms


class RedactTokens(logging.Filter):
    """For Django's own request log ("Not Found: /calendar/<token>.ics")."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_path(arg) if isinstance(arg, str) and arg.startswith("/") else arg
                for arg in record.args
            )
        return True


class QuietForbidden(logging.Filter):
    """A refused request is expected (someone followed an old link, or probed): log the one
    line, not a traceback that buries real errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) == 403:
            record.exc_info = None
            record.exc_text = None
        return True
