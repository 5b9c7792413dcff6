"""`mutmut` with its logic operators only (scripts/mutation.py runs this instead of the plain entry point).

Issue 21 asks whether the tests notice a wrong line of logic: a flipped comparison, `and`/`or`, `in`/`not in`,
`is`/`is not`, a number off by one, a dropped `not`, True/False, `+`/`-`, `x += n` made `x = n`, a ternary forced
down one arm. mutmut 3 also rewrites every string literal and drops or nulls call arguments and assignments; on
this code those are mostly messages and keyword plumbing, would triple the run (604 mutants for the shop alone) and
say little about the rules, so they are left out here. The operators kept are mutmut's own, unchanged.
"""
from __future__ import annotations

import sys

from mutmut.mutation import mutators

LOGIC_OPERATORS = {
    mutators.operator_number, mutators.operator_name, mutators.operator_remove_unary_ops, mutators.operator_keywords,
    mutators.operator_swap_op, mutators.operator_augmented_assignment, mutators.operator_match,
    mutators.operator_if_exp,
}
# In place: mutmut's file mutation imported this very list by name.
mutators.mutation_operators[:] = [(node, op) for node, op in mutators.mutation_operators if op in LOGIC_OPERATORS]

from mutmut.__main__ import cli  # noqa: E402  (after the operators are narrowed)

if __name__ == "__main__":
    sys.exit(cli())
