#!/usr/bin/env python3
"""Lists the functions of a Rust source tree longer than a limit, longest first.

    python3 .ci/long_fns.py [DIR ...] [--max 80] [--top N]      (DIR: core/src unless given)

A function's length is counted from the line of its `fn` to the line of its closing brace,
both included (a nested function counts inside its parent too). Braces inside comments,
string, byte-string and char literals are passed over; a declaration without a body (`fn f();`)
is not a function here. Exits 1 when a function is longer than `--max`, so CI can run it.
"""

import argparse
import pathlib
import re
import sys

FN = re.compile(r"\bfn\s+\$?[A-Za-z_][A-Za-z0-9_]*")
# A char literal ('{', '\'', '\u{7b}'), not a lifetime ('a).
CHAR = re.compile(r"'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'")


def code_only(text):
    """`text` with comments and literals blanked out, line breaks kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif (m := re.compile(r'b?r(#*)"').match(text, i)) and (i == 0 or not text[i - 1].isalnum()):
            end = text.find('"' + m.group(1), m.end())
            j = n if end < 0 else end + 1 + len(m.group(1))
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(re.sub(r"[^\n]", " ", text[i : j + 1]))
            i = j + 1
        elif c == "'" and (m := CHAR.match(text, i)):
            out.append(" " * (m.end() - i))
            i = m.end()
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(path):
    """(first line, last line, name) of every function with a body in `path`."""
    code = code_only(path.read_text())
    line_at = [0] * (len(code) + 1)
    line = 1
    for i, c in enumerate(code):
        line_at[i] = line
        line += c == "\n"
    line_at[len(code)] = line
    found = []
    for m in FN.finditer(code):
        j = m.end()
        # The body's brace, or `;` for a declaration; skip generics and where clauses.
        while j < len(code) and code[j] not in "{;":
            j += 1
        if j == len(code) or code[j] == ";":
            continue
        depth, k = 0, j
        while k < len(code):
            depth += {"{": 1, "}": -1}.get(code[k], 0)
            if depth == 0:
                break
            k += 1
        found.append((line_at[m.start()], line_at[k], m.group(0).split()[-1]))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", default=["core/src"])
    parser.add_argument("--max", type=int, default=80)
    parser.add_argument("--top", type=int, default=5, help="also list the N longest")
    args = parser.parse_args()
    rows = []
    for d in args.dirs:
        for path in sorted(pathlib.Path(d).rglob("*.rs")):
            rows += [(last - first + 1, f"{path}:{first}", name) for first, last, name in functions(path)]
    rows.sort(reverse=True)
    over = [r for r in rows if r[0] > args.max]
    for length, place, name in over or rows[: args.top]:
        print(f"{length:5}  {place}  {name}")
    if over:
        print(f"{len(over)} function(s) over {args.max} lines", file=sys.stderr)
        return 1
    print(f"none over {args.max} lines (the {min(args.top, len(rows))} longest above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
