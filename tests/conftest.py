import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
CORPUS = ROOT / "corpus"


def shared_or_skip() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/eval is absent on this clone: the dev-set tests need it")
    return SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_or_skip()


@pytest.fixture(scope="session")
def pipeline():
    from extractor.pipeline import Pipeline
    return Pipeline.from_patterns()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (CORPUS / "seed.txt").read_text()


def load_json(path: Path):
    return json.loads(path.read_text())
