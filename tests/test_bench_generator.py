"""The benchmark generator makes valid, clean, deterministic specs of the size asked."""

from __future__ import annotations

import importlib.util
import sys

import raci
from tests.conftest import ROOT


def generator():
    spec = importlib.util.spec_from_file_location("raci_bench_generate", ROOT / "bench" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_generated_spec_is_clean_and_sized() -> None:
    text = generator().generate_spec(500, seed=3)
    spec = raci.loads(text, "gen.raci.yaml")
    assert sum(1 for _ in spec.activities()) == 500
    assert raci.validate(spec) == []


def test_generation_is_deterministic() -> None:
    gen = generator()
    assert gen.generate_spec(200, seed=1) == gen.generate_spec(200, seed=1)
    assert gen.generate_spec(200, seed=1) != gen.generate_spec(200, seed=2)
