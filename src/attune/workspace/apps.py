from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "attune.workspace"
    label = "workspace"
