import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "attune.config.settings")
application = get_wsgi_application()

if os.environ.get("ATTUNE_WARM_SCREENING", "1") != "0":
    # Load the risk-screening model while the worker starts, not on the first person who
    # writes something heavy (about a second and a half of CPU per process).
    from attune.clinical.safety import screen_text

    screen_text("warming up")
