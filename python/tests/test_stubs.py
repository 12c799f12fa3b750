"""The .pyi stubs match the compiled module (mypy.stubtest) and type-check the package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import dateline

PACKAGE = Path(dateline.__file__).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    return subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_stubtest() -> None:
    pytest.importorskip("mypy", reason="mypy is needed for mypy.stubtest")
    result = run("mypy.stubtest", "dateline._dateline")
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_type_checks() -> None:
    pytest.importorskip("mypy")
    result = run("mypy", "--strict", "--ignore-missing-imports", str(PACKAGE))
    assert result.returncode == 0, result.stdout + result.stderr
