"""Settings for the test suite: a throwaway data folder, fixed keys, tasks run inline."""

import os
import tempfile

os.environ.setdefault("ATTUNE_ENV", "test")
os.environ.setdefault("ATTUNE_DATA_DIR", tempfile.mkdtemp(prefix="attune-test-"))
os.environ.setdefault(
    "ATTUNE_ENCRYPTION_KEYS",
    "qRpjeLFK4gGj3Ny2KyAhZRhbqBMBr2TNxv1QmYDOTPI=,X8g3k9mF6jZ3x1aFv2oQ4wqvRr0b7pWQn0Cw4bJ8l2M=",
)

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast; Argon2 tested apart
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if not REDIS_URL:  # noqa: F405 - each test process keeps its own counts
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The suite makes thousands of API calls a minute from one address; limit tests lower these.
ATTUNE_API_RATE_PER_CALLER = 1_000_000
ATTUNE_API_RATE_PER_IP = 1_000_000
