#!/usr/bin/env python3
"""Run the serde-compatibility tests with serde_derive in place of ApiModel.

The expectations of ``tests/tests/test_serde_{annotations,flatten,one_way,tagging}.rs`` (serde's
own attribute cases, ported) are serde_derive's; ``test_serde_attrs.rs`` compares ApiModel with
serde_derive and refuses a table that reaches only one of the read and write paths. This script
checks both claims against serde_derive itself: it writes a copy of each file with every
``#[derive(ApiModel, …)] #[api(serde_defaults)]`` replaced by serde's derives (under
``#[api(serde_defaults, serialize_only)]`` / ``deserialize_only``, by that one derive), runs
the copies with cargo, and removes them. Every test must pass: a failure is a wrong expectation in the ported test, not a bug of
ApiModel.

    python3 tests/serde_oracle.py            # all five files
    python3 tests/serde_oracle.py attrs      # some of: annotations flatten one_way tagging attrs
"""

import pathlib
import re
import subprocess
import sys

TESTS = pathlib.Path(__file__).resolve().parent / "tests"
NAMES = ["annotations", "flatten", "one_way", "tagging", "attrs"]
SERDE_BOTH = "serde::Serialize, serde::Deserialize"


def one_way(source: str) -> str:
    """Each derive gets the one direction its `#[api(serialize_only)]` / `deserialize_only` says."""
    lines = source.split("\n")
    for i, line in enumerate(lines):
        if "derive(ApiModel" in line:
            api = lines[i + 1]
            if "serialize_only" in api and "deserialize_only" not in api:
                side = "serde::Serialize"
            elif "deserialize_only" in api:
                side = "serde::Deserialize"
            else:
                side = SERDE_BOTH
            lines[i] = line.replace("ApiModel", side)
    return "\n".join(lines)


def attrs(source: str) -> str:
    """`case!`'s `ours` arms derive what `theirs` does; the hand-written pairs likewise."""
    arm = "#[derive(apimodel::ApiModel, Debug)]\n                    #[api(serde_defaults)]"
    first, second = "#[derive(serde::Serialize, serde::Deserialize, Debug)]", "#[derive(serde::Deserialize, Debug)]"
    assert source.count(arm) == 2, "case! has two arms"
    source = source.replace(arm, first, 1).replace(arm, second, 1)
    return source.replace("derive(ApiModel", "derive(" + SERDE_BOTH)


def oracle(name: str) -> str:
    source = (TESTS / f"test_serde_{name}.rs").read_text()
    if name == "one_way":
        source = one_way(source)
    elif name == "attrs":
        source = attrs(source)
    else:
        source = source.replace("derive(ApiModel", "derive(" + SERDE_BOTH)
    source = re.sub(r"\n\s*#\[api\(serde_defaults(, (de)?serialize_only)?\)\]", "", source)
    return source.replace("use apimodel::ApiModel;", "")


def main() -> int:
    names = sys.argv[1:] or NAMES
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        sys.exit(f"unknown file {unknown}, expected some of {NAMES}")
    written = []
    try:
        for name in names:
            path = TESTS / f"zz_oracle_{name}.rs"
            path.write_text(oracle(name))
            written.append(path)
        command = ["nice", "-n", "10", "cargo", "test", "--no-fail-fast", "-p", "apimodel-tests"]
        for name in names:
            command += ["--test", f"zz_oracle_{name}"]
        return subprocess.call(command)
    finally:
        for path in written:
            path.unlink()


if __name__ == "__main__":
    sys.exit(main())
