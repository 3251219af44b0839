"""The OpenAPI document as another program reads it: Redocly CLI (tools/openapi) lints it
with tools/openapi/redocly.yaml and must find no error.

Redocly is installed by ./scripts/test from the npm registry (tools/openapi/package.json). It
is required in CI; on a machine without Node.js this test skips and says why.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

TOOL = Path(__file__).resolve().parents[4] / "tools" / "openapi"
NODE = shutil.which("node")


def _redocly_ready() -> str:
    if NODE is None:
        return "Node.js is not installed"
    if not (TOOL / "node_modules" / "@redocly" / "cli").is_dir():
        return "Redocly CLI is not installed (./scripts/test runs npm ci in tools/openapi)"
    return ""


def _lint(document: dict[str, object], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    reason = _redocly_ready()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs Redocly CLI: {reason}")
        pytest.skip(reason)
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(document))
    cli = TOOL / "node_modules" / "@redocly" / "cli" / "bin" / "cli.js"
    return subprocess.run(
        [str(NODE), str(cli), "lint", "--config", "redocly.yaml", "--format=summary", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=TOOL,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )


def _errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    return re.findall(r"^error\s+\S+: \d+$", result.stdout + result.stderr, flags=re.M)


def test_the_openapi_document_passes_redocly_lint_without_errors(db: None, tmp_path: Path) -> None:
    document = Client().get("/api/v1/openapi.json").json()
    result = _lint(document, tmp_path)
    assert _errors(result) == [], result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_linter_catches_an_operation_that_hides_its_refusals(db: None, tmp_path: Path) -> None:
    document = Client().get("/api/v1/openapi.json").json()
    operation = document["paths"]["/api/v1/me"]["get"]
    del operation["responses"]["401"]
    del operation["description"]
    result = _lint(document, tmp_path)
    assert result.returncode != 0
    assert sorted(_errors(result)) == [
        "error   rule/operation-has-description: 1",
        "error   rule/secured-operation-documents-refusals: 1",
    ]
