"""``govkit accel`` and ``govkit synth``: developer tools (the synthetic-corpus generator is loaded by
``synth`` alone)."""

from __future__ import annotations

import argparse
import sys

from govkit import accel


def accel_cmd(a: argparse.Namespace) -> int:
    if a.action == "status":
        st = accel.status()
        print(st.reason)
        return 0 if st.usable else 1
    accel.byte_compile()  # the plain modules (all of them, where the compiled build fails) as bytecode
    if a.if_stale and accel.status(honour_env=False).usable:
        print("govkit accel: up to date (nothing built)")
        return 0
    try:
        st = accel.build(verbose=a.verbose, if_stale=a.if_stale)
    except RuntimeError as exc:
        print(f"govkit accel: {exc}", file=sys.stderr)
        return 1
    print(f"govkit accel: built, {st.reason}")
    return 0 if st.usable else 1


def synth(a: argparse.Namespace) -> int:
    from govkit.devtools.synth import write_synthetic_corpus  # a developer tool: not loaded by the others

    summary = write_synthetic_corpus(a.out, n_docs=a.docs, seed=a.seed, noisy_share=a.noisy, jobs=a.jobs)
    print(summary)
    return 0
