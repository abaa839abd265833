"""Whoosh's private names are used in one module, which refuses a Whoosh it was not written for."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import whoosh

from publisher.search import whoosh_private

ROOT = Path(__file__).resolve().parents[2]
ADAPTER = ROOT / "publisher" / "search" / "whoosh_private.py"
OURS = {"_SWAP", "_mini_ids", "_mini_weights", "_mini_values", "_read_ids", "_read_weights", "_read_values"}


def _private_names(path: Path) -> set[str]:
    """Attributes and imported names of another object that start with one underscore."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and re.fullmatch(r"_[a-z]\w*", node.attr):
            names.add(node.attr)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whoosh"):
            names |= {a.name for a in node.names if a.name.startswith("_")}
    return names


def test_only_the_adapter_reaches_into_whoosh() -> None:
    for path in (ROOT / "publisher").rglob("*.py"):
        if path == ADAPTER:
            continue
        text = path.read_text(encoding="utf-8")
        if "whoosh" not in text:
            continue
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whoosh"):
                assert not [a.name for a in node.names if a.name.startswith("_")], path
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                base = node.value
                # our own objects' private names are ours: self._x, and a searcher's _gongshi_view
                assert (isinstance(base, ast.Name) and base.id in {"self", "cls", "os"}) or (
                    node.attr == "_gongshi_view"
                ), f"{path.relative_to(ROOT)}:{node.lineno} uses {node.attr}"


def test_every_private_name_the_adapter_uses_exists_in_the_installed_whoosh() -> None:
    """A renamed or removed internal fails here, naming it, instead of in a search."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(whoosh.__file__).parent.rglob("*.py"))
    used = _private_names(ADAPTER) - OURS
    assert {"_read_data", "_terms", "_perdoc", "_commit_toc", "_finalize_segment"} <= used
    missing = sorted(
        name
        for name in used
        if not re.search(rf"(def {name}\b|\.{name}\s*=|\b{name}\s*=|def {name}\()", source)
    )
    assert not missing, f"whoosh {whoosh.versionstring()} lacks {missing}: review whoosh_private.py"


def test_another_whoosh_version_is_refused_with_a_message_that_says_where_to_look() -> None:
    whoosh_private.check()  # the installed one
    for version in [(2, 8, 0), (3, 0, 0), (2, 6, 9)]:
        with pytest.raises(whoosh_private.UnsupportedWhoosh, match="whoosh_private.py"):
            whoosh_private.check(version)
