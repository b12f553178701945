"""`make bench`: run every registered benchmark, print the figures, write docs/PERFORMANCE.md; then
the understanding evaluation (`make eval` alone), which writes docs/UNDERSTANDING.md."""

from __future__ import annotations

from bench import REGISTRY, understanding
from bench.harness import REPORT, run_module, write_report


def main() -> None:
    results = []
    for module in REGISTRY:
        print(f"running {module} ...", flush=True)
        for result in run_module(module):
            results.append(result)
            print(f"  {result.name}:")
            for key, value in result.figures.items():
                print(f"    {key}: {value}")
    write_report(results)
    print(f"written to {REPORT}")
    print("running bench.understanding ...", flush=True)
    understanding.main()


if __name__ == "__main__":
    main()
