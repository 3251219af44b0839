"""attune settings: 12-factor, every value from the environment with a safe default.

Operators: each setting below has a sentence saying what it does. Production
(ATTUNE_ENV=production) is strict and refuses to start on missing secrets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dj_database_url

from .env import (
    ConfigError,
    default_data_dir,
    env_bool,
    env_int,
    env_list,
    env_str,
    private_dir,
    private_file,
)
from .secrets import encryption_keys, secret_key, vapid_keys

BASE_DIR = Path(__file__).resolve().parent.parent

# ATTUNE_ENV: "development" (default), "production" (strict) or "test".
ATTUNE_ENV = env_str("ATTUNE_ENV", "development")
if ATTUNE_ENV not in {"development", "production", "test"}:
    raise ConfigError(f"ATTUNE_ENV must be development, production or test, not {ATTUNE_ENV!r}.")
PRODUCTION = ATTUNE_ENV == "production"

# ATTUNE_DATA_DIR: where the embedded database, task queue and generated dev secrets live.
DATA_DIR = private_dir(default_data_dir())

SECRET_KEY = secret_key(production=PRODUCTION, data_dir=DATA_DIR)
# ATTUNE_ENCRYPTION_KEYS: comma-separated Fernet keys, newest first (rotation: prepend a key).
ATTUNE_ENCRYPTION_KEYS = encryption_keys(production=PRODUCTION, data_dir=DATA_DIR)
# ATTUNE_VAPID_PRIVATE_KEY / _PUBLIC_KEY / _SUBJECT: the Web Push identity for push reminders
# (`attune keys vapid` prints a pair). Unset in production: push reminders are off.
ATTUNE_VAPID = vapid_keys(production=PRODUCTION, data_dir=DATA_DIR)

DEBUG = env_bool("ATTUNE_DEBUG", False) and not PRODUCTION
# ATTUNE_ALLOWED_HOSTS: host names this deployment answers to (required in production).
ALLOWED_HOSTS = env_list("ATTUNE_ALLOWED_HOSTS", [] if PRODUCTION else ["*"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ConfigError("ATTUNE_ALLOWED_HOSTS must name this deployment's host names in production.")
# ATTUNE_BASE_URL: public address used in emails and calendar links.
BASE_URL = env_str("ATTUNE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("ATTUNE_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "attune.core",  # before allauth, so attune's templates override allauth's
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_htmx",
    "rules.apps.AutodiscoverRulesConfig",
    "huey.contrib.djhuey",
    "ninja",
    "attune.audit",
    "attune.accounts",
    "attune.checkins",
    "attune.questionnaires",
    "attune.journal",
    "attune.valuework",
    "attune.exercises",
    "attune.practice",
    "attune.plans",
    "attune.workspace",
    "attune.safety",
    "attune.partners",
    "attune.privacy",
    "attune.circles",
    "attune.medications",
    "attune.support",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "attune.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "attune.audit.middleware.AuditContextMiddleware",
    "attune.api.ratelimit.ApiRateLimitMiddleware",
    "attune.api.bodies.JsonObjectBodyMiddleware",
    "attune.accounts.middleware.RequireStaffMFAMiddleware",
]

ROOT_URLCONF = "attune.config.urls"
WSGI_APPLICATION = "attune.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "attune.accounts.context_processors.role",
                "attune.core.branding.brand",
            ],
        },
    }
]

# DATABASE_URL: PostgreSQL (postgres://user@host/db) instead of the embedded SQLite file.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES: dict[str, Any] = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": private_file(DATA_DIR / "attune.sqlite3"),
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL: shared cache, sessions and task queue for several app processes.
REDIS_URL = env_str("REDIS_URL")
CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # An unreachable Redis fails a request (and /healthz) in seconds, not minutes.
            "OPTIONS": {"socket_connect_timeout": 5, "socket_timeout": 5},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Without Redis the cache lives in files, so the workers of one machine (attune serve
    # starts several) share login and API rate-limit counts; counts are exact only on Redis.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(DATA_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Background tasks: Huey, on an SQLite file by default and on Redis when REDIS_URL is set.
HUEY: dict[str, Any] = {
    "name": "attune",
    "immediate": env_bool("ATTUNE_TASKS_IMMEDIATE", ATTUNE_ENV == "test"),
    "utc": True,
    "consumer": {"workers": env_int("ATTUNE_TASK_WORKERS", 2, minimum=1), "worker_type": "thread"},
}
if REDIS_URL:
    HUEY.update({"huey_class": "huey.RedisHuey", "url": REDIS_URL})
else:
    TASKS_FILE = private_file(DATA_DIR / "tasks.sqlite3")
    HUEY.update({"huey_class": "huey.SqliteHuey", "filename": str(TASKS_FILE)})

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# allauth: email login, invitation or self sign-up, mandatory verification, TOTP MFA.
ACCOUNT_ADAPTER = "attune.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "attune.accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_SESSION_REMEMBER = False
USERSESSIONS_TRACK_ACTIVITY = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[attune] "
ACCOUNT_RATE_LIMITS = {
    # Failed logins: 10 a minute per IP, and 5 per 5 minutes per (account, IP) pair; the
    # adapter keys the second on both so nobody can lock a person out by knowing their email.
    "login_failed": "10/m/ip,5/300s/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "confirm_email": "1/3m/key",
    "reauthenticate": "10/m/user",
}
# ATTUNE_TRUSTED_PROXY_COUNT: how many proxies you run in front of attune that append to
# X-Forwarded-For (0: callers connect directly). Rate limits and the audit log then use the
# address the outermost of them saw, never an address a caller wrote into the header.
ATTUNE_TRUSTED_PROXY_COUNT = env_int("ATTUNE_TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = ATTUNE_TRUSTED_PROXY_COUNT
# API requests per minute, per caller (token or session) and per IP; 429 beyond.
ATTUNE_API_RATE_PER_CALLER = env_int("ATTUNE_API_RATE_PER_CALLER", 120, minimum=1)
ATTUNE_API_RATE_PER_IP = env_int("ATTUNE_API_RATE_PER_IP", 600, minimum=1)
# ATTUNE_DISENGAGED_DAYS: days with no check-in or questionnaire before the caseload flags.
ATTUNE_DISENGAGED_DAYS = env_int("ATTUNE_DISENGAGED_DAYS", 14, minimum=1)
# A risk flag nobody has followed up after this many hours goes to the organisation's admins
# ("admin") or its other clinicians ("clinicians").
ATTUNE_FLAG_ESCALATE_HOURS = env_int("ATTUNE_FLAG_ESCALATE_HOURS", 24, minimum=1)
ATTUNE_FLAG_ESCALATE_TO = env_str("ATTUNE_FLAG_ESCALATE_TO", "admin")
if ATTUNE_FLAG_ESCALATE_TO not in {"admin", "clinicians"}:
    raise ConfigError("ATTUNE_FLAG_ESCALATE_TO must be 'admin' or 'clinicians'.")
# Years clinical records must be kept (legal hold); above 0, clients ask the clinic to delete.
ATTUNE_CLINICAL_NOTE_RETENTION_YEARS = env_int("ATTUNE_CLINICAL_NOTE_RETENTION_YEARS", 0)
# Invitations one person may send per hour.
ATTUNE_INVITATIONS_PER_HOUR = env_int("ATTUNE_INVITATIONS_PER_HOUR", 20, minimum=1)
MFA_ADAPTER = "attune.accounts.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "attune"
# ATTUNE_SELF_SIGNUP: let people start self-guided without an invitation.
ATTUNE_SELF_SIGNUP = env_bool("ATTUNE_SELF_SIGNUP", True)
# ATTUNE_INVITATION_DAYS: how long an invitation link stays valid.
ATTUNE_INVITATION_DAYS = env_int("ATTUNE_INVITATION_DAYS", 14, minimum=1)
# ATTUNE_QUICK_EXIT_URL: where "Quick exit" sends someone who must leave attune at once; a
# neutral, everyday page (weather) that looks unremarkable on a screen or in a history list.
ATTUNE_QUICK_EXIT_URL = env_str("ATTUNE_QUICK_EXIT_URL", "https://www.bbc.com/weather")
# Push reminders go only to https:// addresses on public hosts (a push service's); tests turn
# this on to receive them on a local test server. Never in production.
ATTUNE_PUSH_LOCAL_ENDPOINTS = env_bool("ATTUNE_PUSH_LOCAL_ENDPOINTS", False) and not PRODUCTION

# Email: console by default; SMTP when ATTUNE_EMAIL_HOST is set; ATTUNE_EMAIL_DIR writes each
# email to a file in that folder instead (staging, and the multi-process deployment test).
EMAIL_HOST = env_str("ATTUNE_EMAIL_HOST")
EMAIL_DIR = env_str("ATTUNE_EMAIL_DIR")
if EMAIL_DIR and not EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = EMAIL_DIR
elif EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("ATTUNE_EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("ATTUNE_EMAIL_USER")
    EMAIL_HOST_PASSWORD = env_str("ATTUNE_EMAIL_PASSWORD")
    EMAIL_USE_TLS = env_bool("ATTUNE_EMAIL_TLS", True)
elif PRODUCTION:
    # Never print reset and invitation links into a production log (core/mail.py).
    EMAIL_BACKEND = "attune.core.mail.NoDeliveryBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("ATTUNE_FROM_EMAIL", "attune <no-reply@attune.invalid>")

# Sessions: idle timeout (sliding expiry renewed on every request).
SESSION_COOKIE_AGE = env_int("ATTUNE_IDLE_TIMEOUT_MINUTES", 30, minimum=1) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# Security headers; production adds HTTPS-only cookies, redirects and HSTS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("ATTUNE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^livez$"]
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = not PRODUCTION

NINJA_PAGINATION_PER_PAGE = 50

# Logs carry no request bodies, free text or health data: only method, path and status.
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {
        "redact_tokens": {"()": "attune.core.access_log.RedactTokens"},
        "quiet_forbidden": {"()": "attune.core.access_log.QuietForbidden"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["redact_tokens", "quiet_forbidden"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("ATTUNE_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "huey": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
