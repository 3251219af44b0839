from __future__ import annotations

from collections import Counter

from django.test import Client


def test_every_api_schema_name_is_used_once(db: None) -> None:
    """OpenAPI keys components by class name: two classes with one name would make the
    documented shape of one of them wrong."""
    import importlib
    import pkgutil

    from ninja import Schema

    import attune

    for module in pkgutil.walk_packages(attune.__path__, "attune."):
        if module.name.endswith((".api", ".schemas")) and ".tests" not in module.name:
            importlib.import_module(module.name)
    names = Counter(
        cls.__name__ for cls in _subclasses(Schema) if cls.__module__.startswith("attune.")
    )
    assert [name for name, count in names.items() if count > 1] == []
    assert Client().get("/api/v1/openapi.json").status_code == 200


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_subclasses(sub))
    return found
