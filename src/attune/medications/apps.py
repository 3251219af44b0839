from django.apps import AppConfig


class MedicationsConfig(AppConfig):
    name = "attune.medications"
    label = "medications"
