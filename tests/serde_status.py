#!/usr/bin/env python3
"""Which of the serde-compatibility tests pass, while some of their models do not compile yet.

One model the derive refuses makes the whole ``tests/tests/test_serde_NAME.rs`` fail to build.
This script copies the file to ``tests/tests/zz_status_NAME.rs``, puts ``#[cfg(any())]`` on
every item a compile error points into (and on the tests that name a type so removed), until
the copy builds; then runs it and prints each test as ``gated`` (with the first error that
removed it), ``ok`` or ``FAILED`` (with its panic message). The copy is removed afterwards.

    python3 tests/serde_status.py                   # annotations flatten one_way tagging attrs
    python3 tests/serde_status.py attrs tagging
"""

import pathlib
import re
import subprocess
import sys

TESTS = pathlib.Path(__file__).resolve().parent / "tests"
NAMES = ["annotations", "flatten", "tagging", "attrs"]
ITEM = re.compile(
    r"^(?P<i1>\s*)(?:pub(?:\(\w+\))? )?(?:fn|struct|enum|trait|type|const) (?P<n1>\w+)"
    r"|^(?P<i2>\s*)case! \{ (?:read_only )?(?P<n2>\w+):"
    r"|^(?P<i3>\s*)impl\b"
)
GENERICS = re.compile(r"<[^<>]*(<[^<>]*>[^<>]*)*>")


def items(lines):
    """(first line incl. attributes, indent, name) of each item at the file's top level or
    directly inside a top-level `mod`; an `impl` is named by its self type."""
    found, in_mod = [], False
    for i, line in enumerate(lines):
        if re.match(r"^mod \w+ \{", line):
            in_mod = True
            continue
        if line == "}":
            in_mod = False
        m = ITEM.match(line)
        if not m:
            continue
        indent = m.group("i1") or m.group("i2") or m.group("i3") or ""
        if len(indent) != (4 if in_mod else 0):
            continue
        name = m.group("n1") or m.group("n2")
        if name is None:
            head = GENERICS.sub("", line.split("{")[0].split(" where")[0]).strip()
            name = re.findall(r"(\w+)$", head)[0]
        start = i
        while start > 0 and lines[start - 1].startswith((indent + "#[", indent + "///")):
            start -= 1
        found.append((start, indent, name))
    return found


def gated_copy(lines, gates):
    """`lines` with `#[cfg(any())]` before each item named in `gates`."""
    starts = {start: indent for start, indent, name in items(lines) if name in gates}
    out = []
    for i, line in enumerate(lines):
        if i in starts:
            out.append(starts[i] + "#[cfg(any())]")
        out.append(line)
    return out


def tests_naming(source, name):
    """The `#[test]` functions whose body names `name`."""
    body = re.compile(r"#\[test\]\n(?:\s*#\[[^\n]*\n)*\s*fn (\w+)\(\) \{\n(.*?)\n\s*\}\n", re.S)
    return {m.group(1) for m in body.finditer(source) if re.search(rf"\b{re.escape(name)}\b", m.group(2))}


def cargo(*args):
    command = ["nice", "-n", "10", "cargo", "test", "-p", "apimodel-tests", *args]
    return subprocess.run(command, capture_output=True, text=True)


def status(name):
    source = (TESTS / f"test_serde_{name}.rs").read_text()
    lines = source.split("\n")
    copy_path = TESTS / f"zz_status_{name}.rs"
    gates, why = set(), {}
    try:
        while True:
            copy = gated_copy(lines, gates)
            copy_path.write_text("\n".join(copy))
            built = cargo("--no-run", "--test", copy_path.stem)
            errors = re.findall(
                rf"^(error[^\n]*)\n\s*--> tests/tests/{copy_path.name}:(\d+)", built.stderr, re.M
            )
            if not errors:
                if built.returncode != 0:
                    sys.exit(built.stderr[-4000:])
                break
            known = items(copy)
            new = set()
            for message, line in errors:
                enclosing = [item for item in known if item[0] <= int(line) - 1]
                if enclosing:
                    new.add(enclosing[-1][2])
                    why.setdefault(enclosing[-1][2], message)
            for item in list(new):
                for test in tests_naming(source, item) - gates:
                    new.add(test)
                    why.setdefault(test, f"names {item}")
            if new <= gates:
                sys.exit(f"{name}: cannot gate {errors[:3]}")
            gates |= new
        run = cargo("--no-fail-fast", "--test", copy_path.stem)
    finally:
        copy_path.unlink(missing_ok=True)

    print(f"## test_serde_{name}")
    for gate in sorted(gates):
        print(f"gated   {gate}: {why[gate]}")
    panics = dict(
        re.findall(r"thread '([^']+)' \(\d+\) panicked at [^\n]*\n(.*?)\n(?:stack backtrace|note:)", run.stdout, re.S)
    )
    for test, result in re.findall(r"^test (\S+) \.\.\. (\w+)", run.stdout, re.M):
        detail = f": {panics[test]}" if test in panics else ""
        print(f"{result:<7} {test}{detail}")
    print(*re.findall(r"^test result: .*", run.stdout, re.M))


def main():
    names = sys.argv[1:] or NAMES
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        sys.exit(f"unknown file {unknown}, expected some of {NAMES}")
    for name in names:
        status(name)


if __name__ == "__main__":
    main()
