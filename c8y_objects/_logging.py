"""The SDK's loggers and the environment variable that turns request logging on.

Loggers (standard `logging`, silent unless configured):

- ``c8y_objects``: the parent of every SDK logger; configure it to see everything.
- ``c8y_objects.http``: one DEBUG line per request (method, URL, status, milliseconds) and
  one per retry or failed attempt.

``C8Y_OBJECTS_LOG=debug`` (or ``info``, ``warning``, ``error``) sets the level of
``c8y_objects`` and adds one handler writing to stderr, when a connection is created. A log
line never holds a secret: no header (``Authorization``, cookies) and no body is logged, and
URLs pass through `c8y_objects.errors.redact_url` (user info and secret-looking query values
such as ``token`` or ``password`` are masked).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from c8y_objects.errors import ConfigurationError

__all__ = ["HTTP_LOGGER", "LOG_ENV", "ROOT_LOGGER", "configure_from_env", "level_from_env"]

ROOT_LOGGER = "c8y_objects"
HTTP_LOGGER = "c8y_objects.http"
LOG_ENV = "C8Y_OBJECTS_LOG"

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}
_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler `configure_from_env` adds (marked, so it is added once)."""


def level_from_env(environ: Mapping[str, str]) -> int | None:
    """The log level ``C8Y_OBJECTS_LOG`` asks for, or None when it is unset or empty (pure).

    Raises:
        ConfigurationError: The value is not one of debug, info, warning, error.
    """
    value = environ.get(LOG_ENV, "").strip().lower()
    if not value:
        return None
    level = _LEVELS.get(value)
    if level is None:
        raise ConfigurationError(
            f"environment variable {LOG_ENV}={environ[LOG_ENV]!r}: "
            f"expected one of {', '.join(_LEVELS)}"
        )
    return level


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Apply ``C8Y_OBJECTS_LOG``: set the ``c8y_objects`` level and add a stderr handler once.

    Does nothing when the variable is unset, so an application's own logging set-up is left
    alone.

    Raises:
        ConfigurationError: The variable holds an unknown level.
    """
    level = level_from_env(os.environ if environ is None else environ)
    if level is None:
        return
    logger = logging.getLogger(ROOT_LOGGER)
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
