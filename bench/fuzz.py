"""The long fuzzing run: schemathesis against the served OpenAPI document as every role, many examples per
operation. `python -m bench.fuzz --examples 200` (the suite runs the same test with 3).

Prints the pytest summary; exits non-zero when any operation answered 5xx or broke its documented schema.
"""
import argparse
import os
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=200, help="examples per operation (each sent as 6 roles)")
    parser.add_argument("--database-url", help="TEST_DATABASE_URL to fuzz against PostgreSQL")
    args = parser.parse_args()
    env = {**os.environ, "FUZZ_EXAMPLES": str(args.examples)}
    if args.database_url:
        env["TEST_DATABASE_URL"] = args.database_url
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "pytest", "tests/test_fuzz.py", "-p", "no:warnings", "-q"],
                            env=env)
    print(f"fuzz: {args.examples} examples per operation x 6 roles, {time.monotonic() - started:.0f} s, "
          f"exit {result.returncode}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
