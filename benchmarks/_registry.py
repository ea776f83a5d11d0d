"""The benchmark registry: modules named bench_*.py register functions that return figures."""

from __future__ import annotations

import importlib
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass
class Figure:
    """One measured figure beside its baseline from the same run."""

    name: str
    value: float | None  # None when the measurement failed (say why in extra["error"])
    unit: str
    baseline: float | None
    target: str
    ok: bool
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.baseline in (None, 0):
            return None
        return round(self.value / self.baseline, 3)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": None if self.value is None else round(self.value, 4),
            "unit": self.unit,
            "baseline": None if self.baseline is None else round(self.baseline, 4),
            "ratio": self.ratio,
            "target": self.target,
            "ok": self.ok,
            **self.extra,
        }


class Context:
    """What benchmarks share in one run: the size, a scratch folder and demo shops generated once."""

    def __init__(self, size: str) -> None:
        self.size = size
        self.python = sys.executable
        self.tmp = Path(tempfile.mkdtemp(prefix="md-bench-"))
        self._shops: dict[str, Path] = {}

    def scratch(self, name: str) -> Path:
        path = self.tmp / name
        if path.exists():
            shutil.rmtree(path)
        return path

    def remember_shop(self, size: str, folder: Path) -> None:
        """Lets a benchmark that generated a demo shop share it with the ones after it."""
        self._shops.setdefault(size, folder)

    def demo_shop(self, size: str | None = None) -> Path:
        """A data folder holding the demo shop of ``size`` (the run's size by default), made once per run."""
        size = size or self.size
        if size not in self._shops:
            from merchant_desk.config import Paths
            from merchant_desk.services.demo import generate_demo

            folder = self.scratch(f"shop-{size}")
            generate_demo(Paths(folder), size=size)
            self._shops[size] = folder
        return self._shops[size]

    def close(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


Benchmark = Callable[[Context], Iterable[Figure]]
REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str) -> Callable[[Benchmark], Benchmark]:
    """Registers ``fn(ctx) -> figures`` under ``name`` (the name given on the command line)."""

    def register(fn: Benchmark) -> Benchmark:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} registered twice")
        REGISTRY[name] = fn
        return fn

    return register


def discover() -> dict[str, Benchmark]:
    """Imports every benchmarks/bench_*.py so its decorated functions register themselves."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    for module in sorted(HERE.glob("bench_*.py")):
        importlib.import_module(module.stem)
    return REGISTRY
