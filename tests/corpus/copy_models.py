#!/usr/bin/env python3
"""Copy async-openai's serde models into this repository with only the derive swapped.

The corpus oracle of `tests/tests/test_corpus.rs`: every model of `async_openai::types` that
the crate compiles with its `response-types` feature (the Responses API, its MCP tools and the
shared types they use) is written again under `tests/corpus/openai/`, byte for byte the
crate's source except for

- `#[derive(.., Serialize, Deserialize, ..)]` → `#[derive(.., apimodel::ApiModel, ..)]` followed
  by `#[api(serde_defaults)]` (every other derive, every `#[serde(...)]` and `#[builder(...)]`
  line and every doc comment kept as written);
- `crate::` → `crate::openai::`: the copies name each other, and `openai` stands for the
  crate's root (`openai::types` is the copy of `async_openai::types`, `openai::error` is the
  crate's own error type, which the derive_builder builders return);
- items the feature set leaves out (`#[cfg(...)]` false, `#[cfg_attr(...)]` false) are removed;
- an `impl` for a type of another crate (an orphan in the copy) is left out; the hand-written
  conveniences of `impls.rs` / `sdk.rs` (`From` conversions, `Default`s, helper methods) are
  kept, as a user's crate would keep them;
- a type named in `EXCLUDE` is not copied but re-exported from the crate, with the reason in a
  comment (and in the generated list, so the report can count them).

It also writes `tests/corpus/openai_types.rs`: one line per copied model, the oracle's public
path and the copy's, which the differential test compares.

Usage (from the repository root; needs the crate in the cargo registry, which any build of
apimodel-tests downloads):

    python3 tests/corpus/copy_models.py            # regenerate tests/corpus/openai*
    python3 tests/corpus/copy_models.py --check    # exit 1 if the committed copy is stale

The output is committed: a fresh clone builds without running this.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

CRATE = "async-openai"
VERSION = "0.43.0"
FEATURES = {"response-types"}
ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "tests" / "corpus" / "openai"
LIST = ROOT / "tests" / "corpus" / "openai_types.rs"

# Types not copied: re-exported from the crate instead. Name → why (what the swapped derive
# does not compile). Hand-written impls of an excluded type are left out with it: they would be
# impls of another crate's type. Empty: every model compiles.
EXCLUDE: dict[str, str] = {}

# Files of hand-written conveniences: set to keep only their `impl Default for ..` blocks.
CONVENIENCE_FILES: set[str] = set()


def crate_dir() -> Path:
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--manifest-path", str(ROOT / "Cargo.toml")],
        check=True,
        capture_output=True,
        text=True,
    )
    for pkg in json.loads(meta.stdout)["packages"]:
        if pkg["name"] == CRATE and pkg["version"] == VERSION:
            return Path(pkg["manifest_path"]).parent
    sys.exit(f"{CRATE} {VERSION} is not in `cargo metadata`: is it a dev-dependency of apimodel-tests?")


# ---------------------------------------------------------------------------------------------
# A scanner of Rust source: top-level items with their attributes, skipping strings/comments.


def skip_string(s: str, i: int) -> int:
    """`s[i]` is `"` (or the `r` of a raw string): the index after the literal."""
    if s[i] == "r":
        j = i + 1
        hashes = 0
        while s[j] == "#":
            hashes += 1
            j += 1
        assert s[j] == '"'
        end = s.index('"' + "#" * hashes, j + 1)
        return end + 1 + hashes
    j = i + 1
    while s[j] != '"':
        j += 2 if s[j] == "\\" else 1
    return j + 1


def skip_trivia(s: str, i: int) -> int:
    """Past whitespace and comments, not doc comments."""
    while i < len(s):
        if s[i].isspace():
            i += 1
        elif s.startswith("//", i) and not s.startswith("///", i) and not s.startswith("//!", i):
            i = s.find("\n", i)
            i = len(s) if i < 0 else i
        elif s.startswith("//!", i):
            i = s.find("\n", i)
            i = len(s) if i < 0 else i
        elif s.startswith("/*", i):
            i = s.index("*/", i) + 2
        else:
            break
    return i


def match_close(s: str, i: int) -> int:
    """`s[i]` opens a `(`, `[` or `{`: the index after its closing partner."""
    depth = 0
    while True:
        c = s[i]
        if c == '"' or (c == "r" and re.match(r'r#*"', s[i:]) and not (s[i - 1].isalnum() or s[i - 1] == "_")):
            i = skip_string(s, i)
            continue
        if s.startswith("//", i):
            i = s.index("\n", i)
            continue
        if s.startswith("/*", i):
            i = s.index("*/", i) + 2
            continue
        if c == "'" and re.match(r"'(\\.|[^\\'])'", s[i:]):
            i += len(re.match(r"'(\\.|[^\\'])'", s[i:]).group(0))
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


@dataclass
class Item:
    start: int  # of its first doc comment or attribute
    body: int  # of the item itself, after its attributes
    end: int
    attrs: list[tuple[int, int]]  # spans of `#[...]`


def items(s: str) -> list[Item]:
    out = []
    i = skip_trivia(s, 0)
    while i < len(s):
        start = i
        attrs = []
        while True:
            if s.startswith("///", i):
                i = s.find("\n", i) + 1
            elif s.startswith("#[", i):
                j = match_close(s, i + 1)
                attrs.append((i, j))
                i = j
            elif s.startswith("//", i) or s[i].isspace():
                i = skip_trivia(s, i)
                continue
            else:
                break
            i = skip_trivia(s, i)
        body = i
        while True:
            c = s[i]
            if c == '"':
                i = skip_string(s, i)
            elif s.startswith("//", i):
                i = s.index("\n", i)
            elif c in "([":
                i = match_close(s, i)
            elif c == "{":
                i = match_close(s, i)
                k = skip_trivia(s, i)
                if k < len(s) and s[k] == ";":
                    i = k + 1
                break
            elif c == ";":
                i += 1
                break
            else:
                i += 1
        out.append(Item(start, body, i, attrs))
        i = skip_trivia(s, i)
    return out


# ---------------------------------------------------------------------------------------------
# `#[cfg(...)]` predicates over the feature set.


def eval_cfg(pred: str) -> bool:
    pred = pred.strip()
    m = re.fullmatch(r'feature\s*=\s*"([^"]*)"', pred)
    if m:
        return m.group(1) in FEATURES
    m = re.fullmatch(r"(any|all|not)\s*\((.*)\)", pred, re.S)
    if m:
        args = [a for a in split_top(m.group(2)) if a.strip()]
        vals = [eval_cfg(a) for a in args]
        return {"any": any(vals), "all": all(vals), "not": not vals[0] if vals else True}[m.group(1)]
    if re.fullmatch(r"[A-Za-z_]+", pred):
        return False  # docsrs, test, ...
    raise ValueError(f"cfg predicate not understood: {pred}")


def split_top(s: str) -> list[str]:
    """Split on commas outside parentheses and strings."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(s):
        c = s[i]
        if c == '"':
            j = skip_string(s, i)
            cur += s[i:j]
            i = j
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    out.append(cur)
    return out


def attr_inner(text: str) -> str:
    """`#[cfg(x)]` → `cfg(x)`."""
    assert text.startswith("#[") and text.endswith("]")
    return text[2:-1].strip()


# ---------------------------------------------------------------------------------------------
# Modules: the tree under `types/` the feature set compiles, and what each one exports.


@dataclass
class Module:
    path: tuple[str, ...]  # e.g. ("types", "responses")
    file: Path
    public: bool  # reachable through `pub mod` from the crate root
    children: dict[str, "Module"] = field(default_factory=dict)
    defined: dict[str, str] = field(default_factory=dict)  # name → kind, `pub` types only
    globs: list[tuple[str, ...]] = field(default_factory=list)  # `pub use x::*`
    named: list[str] = field(default_factory=list)  # `pub use a::b::{C, D}`


NAME_RE = re.compile(
    r"(pub(?:\s*\([^)]*\))?\s+)?(struct|enum|type|mod|use|impl|fn|const|static|macro_rules!|trait)\b\s*([A-Za-z_][A-Za-z0-9_]*)?"
)


def item_head(s: str, it: Item) -> tuple[str | None, str, str | None]:
    """(visibility, kind, name) of an item; kind `macro` for a macro call."""
    m = NAME_RE.match(s, it.body)
    if not m:
        return (None, "macro", None)
    return (m.group(1), m.group(2), m.group(3))


def is_live(s: str, it: Item) -> bool:
    """The item's `#[cfg(...)]` holds (or it has none)."""
    for a, b in it.attrs:
        inner = attr_inner(s[a:b])
        if re.match(r"cfg\s*\(", inner) and not eval_cfg(inner[inner.index("(") + 1 : -1]):
            return False
    return True


def live_items(s: str) -> list[Item]:
    """The items whose `#[cfg(...)]` holds."""
    return [it for it in items(s) if is_live(s, it)]


def use_names(text: str) -> tuple[list[str], list[str]]:
    """`pub use a::b::{C, d::E};` → (prefix paths of globs, imported names)."""
    body = re.sub(r"^\s*pub(\s*\([^)]*\))?\s+use\s+", "", text).rstrip().rstrip(";").strip()
    body = re.sub(r"\s+", "", body)
    globs, names = [], []

    def walk(prefix: str, tree: str) -> None:
        if tree.endswith("}") and "{" in tree:
            k = tree.index("{")
            for part in split_top(tree[k + 1 : -1]):
                if part:
                    walk(prefix + tree[:k], part)
        elif tree.endswith("*"):
            globs.append(prefix + tree[:-1])
        else:
            name = tree.split(" as ")[-1].split("::")[-1]
            names.append(name)

    walk("", body)
    return globs, names


def load_module(path: tuple[str, ...], file: Path, public: bool, modules: dict) -> Module:
    s = file.read_text()
    mod = Module(path, file, public)
    modules[path] = mod
    for it in live_items(s):
        vis, kind, name = item_head(s, it)
        if kind == "mod" and name and s[it.end - 1] == ";":
            child_file = file.parent / f"{name}.rs"
            if file.name != "mod.rs" and file.name != "lib.rs":
                child_file = file.parent / file.stem / f"{name}.rs"
            if not child_file.exists():
                child_file = child_file.parent / name / "mod.rs"
            is_pub = public and vis is not None and "(" not in vis
            mod.children[name] = load_module(path + (name,), child_file, is_pub, modules)
        elif kind in ("struct", "enum", "type") and vis is not None and name:
            mod.defined[name] = kind
        elif kind == "use" and vis is not None:
            globs, names = use_names(s[it.body : it.end])
            mod.globs += [tuple(g.rstrip(":").split("::")) for g in globs]
            mod.named += names
    return mod


def resolve(mod: Module, rel: tuple[str, ...], modules: dict) -> Module | None:
    if rel and rel[0] == "crate":
        return modules.get(rel[1:])
    if rel and rel[0] == "self":
        rel = rel[1:]
    target = mod
    for seg in rel:
        if seg == "super":
            target = modules[target.path[:-1]]
        elif seg in target.children:
            target = target.children[seg]
        else:
            return None
    return target


def exports(mod: Module, modules: dict, seen: set | None = None) -> set[str]:
    seen = set() if seen is None else seen
    if mod.path in seen:
        return set()
    seen.add(mod.path)
    names = set(mod.defined) | set(mod.named)
    for g in mod.globs:
        sub = resolve(mod, g, modules)
        if sub is not None:
            names |= exports(sub, modules, seen)
    return names


# ---------------------------------------------------------------------------------------------
# The rewrite.

DERIVE_RE = re.compile(r"#\[\s*derive\s*\((.*)\)\s*\]", re.S)
SERDE_DERIVES = {"Serialize", "Deserialize", "serde::Serialize", "serde::Deserialize"}


@dataclass
class Model:
    name: str
    kind: str
    module: tuple[str, ...]
    serde: set[str]  # which of Serialize / Deserialize the crate derives
    excluded: str | None = None


# `--keep-serde`: the copies keep serde's derive (a check of the copying alone: paths, cfgs).
KEEP_SERDE = False


def swap_derive(attr: str, indent: str) -> tuple[str, set[str]]:
    m = DERIVE_RE.fullmatch(attr)
    assert m, attr
    parts = [p.strip() for p in split_top(m.group(1)) if p.strip()]
    serde = {p.split("::")[-1] for p in parts if p in SERDE_DERIVES}
    if serde != {"Serialize", "Deserialize"} or KEEP_SERDE:
        return attr, serde
    out, placed = [], False
    for p in parts:
        if p in SERDE_DERIVES:
            if not placed:
                out.append("apimodel::ApiModel")
                placed = True
        else:
            out.append(p)
    return f"#[derive({', '.join(out)})]\n{indent}#[api(serde_defaults)]", serde


def rewrite_paths(text: str) -> str:
    return re.sub(r"(?<![A-Za-z0-9_$])crate::", "crate::openai::", text)


def line_indent(s: str, i: int) -> str:
    line_start = s.rfind("\n", 0, i) + 1
    return s[line_start:i]


def strip_attr(s: str, a: int, b: int) -> tuple[int, int]:
    """The span of an attribute with its line, when it stands alone on it."""
    line_start = s.rfind("\n", 0, a) + 1
    if s[line_start:a].strip() == "" and s[b : b + 1] == "\n":
        return line_start, b + 1
    return a, b


def oracle_path(name: str, modules: dict) -> str | None:
    """The shortest public path of a type of the crate."""
    best = None
    for path, mod in modules.items():
        if mod.public and name in exports(mod, modules):
            cand = "::".join(path + (name,))
            if best is None or len(cand) < len(best):
                best = cand
    return best


def copy_file(src: Path, mod: Module, modules: dict, models: list[Model], stats: dict) -> str:
    s = src.read_text()
    convenience = src.name in CONVENIENCE_FILES
    out = []
    pos = 0
    for it in items(s):
        out.append(s[pos : it.start])
        pos = it.end
        if not is_live(s, it):
            stats["cfg_removed"] += 1
            continue
        vis, kind, name = item_head(s, it)
        text = s[it.start : it.end]
        if convenience:
            if kind == "use" or re.match(r"impl\s+Default\s+for\b", s[it.body : it.end]):
                out.append(text)
            else:
                stats["convenience_removed"] += 1
            continue
        if kind == "impl":
            head = s[it.body : it.end].split("{")[0]
            target = re.search(r"\bfor\s+([A-Za-z_:][A-Za-z0-9_:]*)", head) or re.match(
                r"impl\s*(?:<[^>]*>)?\s*([A-Za-z_:][A-Za-z0-9_:]*)", head
            )
            mentions_excluded = any(re.search(rf"\b{name}\b", head) for name in EXCLUDE)
            if target and (
                target.group(1).startswith("crate::error")
                or target.group(1).split("::")[-1] in EXCLUDE
                # `impl From<Excluded> for Vec<Local>`: an orphan once `Excluded` is foreign.
                or (mentions_excluded and target.group(1).split("::")[-1] in ("Vec", "Option", "Box"))
            ):
                stats["orphan_impls_removed"] += 1
                continue
        if kind in ("struct", "enum") and name in EXCLUDE:
            path = oracle_path(name, modules)
            models.append(Model(name, kind, mod.path, set(), EXCLUDE[name]))
            out.append(f"// Not copied ({EXCLUDE[name]}): the crate's own type.\npub use ::async_openai::{path};")
            continue
        # Rebuild the item: attributes in place, cfg_attr resolved, the derive swapped.
        pieces, cur = [], it.start
        serde: set[str] = set()
        for a, b in it.attrs:
            inner = attr_inner(s[a:b])
            pieces.append(s[cur:a])
            cur = b
            if re.match(r"cfg\s*\(", inner):
                # It holds (the item is live): under the feature set it is always on.
                la, lb = strip_attr(s, a, b)
                pieces[-1] = pieces[-1][: len(pieces[-1]) - (a - la)]
                cur = lb
                continue
            if inner.startswith("cfg_attr"):
                args = split_top(inner[inner.index("(") + 1 : -1])
                if eval_cfg(args[0]):
                    pieces.append("".join(f"#[{x.strip()}]" for x in args[1:]))
                else:
                    la, lb = strip_attr(s, a, b)
                    pieces[-1] = pieces[-1][: len(pieces[-1]) - (a - la)]
                    cur = lb
                continue
            if inner.startswith("derive"):
                new, serde = swap_derive(s[a:b], line_indent(s, a))
                pieces.append(new)
                continue
            pieces.append(s[a:b])
        pieces.append(s[cur : it.end])
        text = "".join(pieces)
        if "#[cfg" in text:
            sys.exit(f"{src}: a #[cfg] inside an item is not handled: {name}")
        if kind in ("struct", "enum") and name:
            models.append(Model(name, kind, mod.path, serde))
        out.append(text)
    out.append(s[pos:])
    return rewrite_paths("".join(out))


HEADER = """\
// Generated by tests/corpus/copy_models.py from {crate} {version} (`{features}`): the crate's source
// with only the serde derive swapped for `apimodel::ApiModel` + `#[api(serde_defaults)]`.
// Do not edit; change the script and run it again.
//
// {crate} is licensed under the MIT license:
//
// Copyright (c) {authors}
//
// Permission is hereby granted, free of charge, to any person obtaining a copy of this software
// and associated documentation files (the "Software"), to deal in the Software without
// restriction, including without limitation the rights to use, copy, modify, merge, publish,
// distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
// Software is furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all copies or
// substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
// BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
// NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
// DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def generate(dest: Path, list_file: Path) -> dict:
    src_root = crate_dir()
    authors = re.search(r'^authors\s*=\s*\[(.*)\]', (src_root / "Cargo.toml").read_text(), re.M)
    authors = ", ".join(a.strip().strip('"') for a in authors.group(1).split(",")) if authors else CRATE
    modules: dict = {}
    types_mod = load_module(("types",), src_root / "src" / "types" / "mod.rs", True, modules)
    models: list[Model] = []
    stats = {"cfg_removed": 0, "convenience_removed": 0, "orphan_impls_removed": 0}
    if dest.exists():
        shutil.rmtree(dest)
    files = []
    for path, mod in sorted(modules.items()):
        rel = mod.file.relative_to(src_root / "src")
        text = copy_file(mod.file, mod, modules, models, stats)
        out = dest / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
        files.append(out)
    header = HEADER.format(crate=CRATE, version=VERSION, features=", ".join(sorted(FEATURES)), authors=authors)
    root = dest / "mod.rs"
    root.write_text(
        header
        + "\n//! The copy of `async_openai`'s root: `types` is copied, `error` is the crate's own.\n\n"
        + "pub use ::async_openai::error;\npub mod types;\n"
    )
    files.append(root)

    # The list of models the differential test compares.
    lines = [
        "// Generated by tests/corpus/copy_models.py: every model copied from",
        f"// {CRATE} {VERSION}, as `oracle path => copy path`, both under `types`.",
        "// Do not edit.",
        "",
        "corpus! {",
    ]
    skipped = []
    seen = set()
    for m in models:
        if m.name in seen:
            sys.exit(f"two models named {m.name}: the list needs module-qualified names")
        seen.add(m.name)
        path = oracle_path(m.name, modules)
        if m.excluded:
            skipped.append(f"//   {m.name}: not copied ({m.excluded})")
        elif path is None:
            skipped.append(f"//   {m.name}: not public in the crate, no oracle to compare with")
        elif m.serde != {"Serialize", "Deserialize"}:
            only = ", ".join(sorted(m.serde)) or "no serde derive"
            skipped.append(f"//   {m.name}: the crate derives {only} only")
        else:
            rel = path.removeprefix("types::")
            lines.append(f"    {rel},")
    lines.append("}")
    if skipped:
        lines += ["", "// Copied (or re-exported) but not compared:"] + skipped
    list_file.write_text("\n".join(lines) + "\n")
    files.append(list_file)
    subprocess.run(["rustfmt", "--edition", "2024", *map(str, files)], check=True)
    return {
        "models": len(models),
        "compared": sum(1 for line in lines if line.startswith("    ")),
        "not_compared": len(skipped),
        **stats,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed output is stale")
    ap.add_argument("--keep-serde", metavar="DIR", help="write copies that keep serde's derive to DIR")
    args = ap.parse_args()
    if args.keep_serde:
        global KEEP_SERDE
        KEEP_SERDE = True
        print(generate(Path(args.keep_serde) / "openai", Path(args.keep_serde) / "openai_types.rs"))
        return
    if not args.check:
        print(generate(OUT, LIST))
        return
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp) / "openai", Path(tmp) / "openai_types.rs")
        diff = subprocess.run(["diff", "-r", str(Path(tmp) / "openai"), str(OUT)], capture_output=True, text=True)
        diff2 = subprocess.run(["diff", str(Path(tmp) / "openai_types.rs"), str(LIST)], capture_output=True, text=True)
        if diff.returncode or diff2.returncode:
            print(diff.stdout + diff2.stdout)
            sys.exit("tests/corpus is stale: run python3 tests/corpus/copy_models.py")
        print("tests/corpus is up to date")


if __name__ == "__main__":
    main()
