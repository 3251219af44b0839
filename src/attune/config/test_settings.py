"""Settings for the test suite: a throwaway data folder, fixed keys, tasks run inline."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("ATTUNE_ENV", "test")
if "ATTUNE_DATA_DIR" not in os.environ:
    _data_dir = tempfile.mkdtemp(prefix="attune-test-")
    os.environ["ATTUNE_DATA_DIR"] = _data_dir
    atexit.register(shutil.rmtree, _data_dir, ignore_errors=True)  # leave no litter in /tmp
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
