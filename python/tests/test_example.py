from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TRICKY

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "folder_to_csv.py"


def test_folder_to_csv(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(TRICKY, encoding="utf-8")
    (articles / "b.txt").write_text("“Fine,” said Ana Lopez. It cost $5 million.", encoding="utf-8")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(EXAMPLE), str(articles), str(out), "--published", "2026-02-14"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "empty.txt: empty_input" in result.stderr
    assert "2 articles parsed, 1 failed" in result.stdout
    for name in ("quotes", "figures"):
        with open(out / f"{name}.csv", encoding="utf-8") as f:
            header = next(csv.reader(f))
        assert header[:3] == ["article", "id", "kind"]
