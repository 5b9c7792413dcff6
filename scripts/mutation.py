"""Mutation testing of the modules that guard points, hours and order status (`make mutation`; TESTING.md).

Each module is mutated by mutmut against its own tests only, in a scratch directory of its own
(build/mutation/<module>/), so a module's score says what *its* tests notice and a run stays short. mutmut reads its
settings from the setup.cfg it finds in the directory it runs in: this script writes one per module there, links the
project's app/, tests/ and migrations/ beside it (mutmut copies them into mutants/ and mutates the copy), runs
`mutmut run`, and prints the per-module score: killed / (killed + survived), with the survivors by name.

Always on SQLite: TEST_DATABASE_URL is removed from the environment. Lines that only PostgreSQL runs carry
`# pragma: no mutate` with the reason (an SQLite run could never kill them).

    scripts/mutation.py                 # every module
    scripts/mutation.py ledger shop     # some of them
    scripts/mutation.py --results ledger   # the last run's survivors again, without running
    scripts/mutation.py --again ledger     # run the last run's survivors again (after new tests), keep the rest
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "mutation"

# module: (files mutated, the tests that are that module's own)
MODULES: dict[str, tuple[list[str], list[str]]] = {
    "ledger": (["app/points/ledger.py"], ["tests/points"]),
    "shop": (["app/points/shop.py"], ["tests/points"]),
    "flows": (["app/orders/flows.py"], ["tests/orders"]),
    "effects": (["app/orders/effects.py"], ["tests/orders"]),
    "attendance": (["app/attendance/rules.py", "app/attendance/minutes.py"],
                   ["tests/attendance", "tests/orders", "tests/activities"]),
    "eligibility": (["app/orders/eligibility.py"], ["tests/orders"]),
    "idempotency": (["app/idempotency.py"], ["tests/test_idempotency.py"]),
    "activities": (["app/activities/signups.py", "app/activities/attendance.py", "app/activities/codes.py"],
                   ["tests/activities"]),
}
LINKED = ("app", "tests", "migrations", "pytest.ini", "wsgi.py")


def _setup_cfg(files: list[str], tests: list[str]) -> str:
    lines = ["[mutmut]", "source_paths = app", "only_mutate ="]
    lines += [f"    {path}" for path in files]
    lines += ["pytest_add_cli_args_test_selection ="] + [f"    {path}" for path in tests]
    # The brief's pytest flags; addopts emptied so pytest.ini adds nothing (no coverage, no xdist).
    # The races through a live gunicorn are left out: the server does not start from mutmut's copy of the project.
    lines += ["pytest_add_cli_args =", "    -p", "    no:cacheprovider", "    -o", "    addopts=",
              "    --ignore=tests/activities/test_signup_races.py",
              "also_copy =", "    migrations", "    pytest.ini", "    wsgi.py",
              "use_git_change_detection = false", ""]
    return "\n".join(lines)


def _prepare(name: str) -> Path:
    files, tests = MODULES[name]
    where = BUILD / name
    if where.exists():
        shutil.rmtree(where)  # a fresh copy of the code as it is now: no stale mutants or results
    where.mkdir(parents=True)
    for entry in LINKED:
        (where / entry).symlink_to(ROOT / entry)
    (where / "setup.cfg").write_text(_setup_cfg(files, tests))
    return where


# mutmut's CLI with its logic operators only (scripts/mutmut_logic.py says which and why).
MUTMUT = [sys.executable, str(ROOT / "scripts" / "mutmut_logic.py")]


def _results(where: Path) -> dict[str, list[str]]:
    out = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=where,
                         capture_output=True, text=True, check=True).stdout
    by_status: dict[str, list[str]] = {}
    for line in out.splitlines():
        if ":" in line:
            mutant, status = line.strip().rsplit(": ", 1)
            by_status.setdefault(status, []).append(mutant)
    return by_status


def _report(name: str, by_status: dict[str, list[str]]) -> tuple[int, int]:
    # A timeout (the mutant made the tests hang) is a kill: the tests did not pass.
    killed = len(by_status.get("killed", [])) + len(by_status.get("timeout", []))
    survived = len(by_status.get("survived", []))
    others = {s: len(m) for s, m in by_status.items() if s not in ("killed", "survived", "timeout")}
    score = f"{100 * killed / (killed + survived):.0f}%" if killed + survived else "-"
    print(f"== {name}: {killed} killed, {survived} survived ({score}); other: {others or 'none'}")
    for status in sorted(by_status):
        if status != "killed":
            for mutant in by_status[status]:
                print(f"   {status}: {mutant}")
    return killed, survived


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", choices=[[], *MODULES], default=[], metavar="module")
    parser.add_argument("--results", action="store_true", help="print the last run's results, do not run")
    parser.add_argument("--again", action="store_true", help="run the last run's survivors again, keep the rest")
    parser.add_argument("--max-children", default="2", help="parallel mutants (the machine has 2 cores)")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "TEST_DATABASE_URL"}
    totals = []
    for name in args.modules or list(MODULES):
        if args.results:
            where = BUILD / name
        elif args.again:
            where = BUILD / name
            # Survivors and mutants no test reached; a timeout is a kill already (and slow to repeat).
            again = [m for status, names in _results(where).items() if status not in ("killed", "timeout")
                     for m in names]
            print(f"== {name}: running {len(again)} mutants again", flush=True)
            if again:
                subprocess.run([*MUTMUT, "run", "--max-children", args.max_children, *again],
                               cwd=where, env=env, check=False)
        else:
            where = _prepare(name)
            print(f"== {name}: mutating {' '.join(MODULES[name][0])} against {' '.join(MODULES[name][1])}",
                  flush=True)
            subprocess.run([*MUTMUT, "run", "--max-children", args.max_children],
                           cwd=where, env=env, check=False)
        totals.append((name, *_report(name, _results(where))))
    print("\nmodule        killed  survived  score")
    for name, killed, survived in totals:
        score = f"{100 * killed / (killed + survived):.0f}%" if killed + survived else "-"
        print(f"{name:<13} {killed:>6}  {survived:>8}  {score:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
