#!/usr/bin/env python3
"""Convert Speakeasy-style markdown model documents into one Rust module.

The input is a folder of documents, by default the StackOne SDK's
``tests/fixtures/reference/stackone-ts-2023-11/`` (format: see
``tests/fixtures/seeds/ConnectSessionCreate.md``). Each document is one of:

* an object model::

    # Account

    Optional description paragraph.

    ## Fields

    | Field | Type | Required | Description | [Example] |
    | `id`  | *string* | :heavy_check_mark: | N/A | |

  A model with no field rows is a free-form JSON object.

* a string enum::

    # AnswerEnumValue

    ## Values

    | Name        | Value      |
    | `ShortText` | short_text |

Type mapping: ``*string*`` -> ``String``, ``*number*`` -> ``f64``,
``*boolean*`` -> ``bool``, ``*any*`` -> ``serde_json::Value``, a link to the
JavaScript ``Date`` -> ``String`` (an ISO 8601 timestamp), a link to another
document -> that type, a trailing ``[]`` -> ``Vec<_>``. A field is ``Option<_>``
unless its Required cell is ``:heavy_check_mark:``. A free-form object becomes a
struct whose single field holds a ``serde_json::Map<String, serde_json::Value>``
(``#[api(additional_properties)]`` with apimodel, ``#[serde(flatten)]`` with
serde).

Output modes (``--mode``):

* ``apimodel``  -- ``#[derive(ApiModel)]`` on every struct and enum;
* ``serde-bon`` -- ``#[derive(Serialize, Deserialize, bon::Builder)]`` with the
  ``#[serde(...)]`` attributes that give the same wire format;
* ``serde``     -- as ``serde-bon`` without the builder (a compile-time baseline);
* ``plain``     -- the bare types, no derive at all (a compile-time baseline).

The output is deterministic: items are sorted by Rust name, and nothing in it
depends on the machine, the time or the order of the directory listing.

Usage::

    python3 bench/convert.py --mode apimodel -o models.rs    # the in-repo StackOne documents
    python3 bench/convert.py --mode serde-bon DIR            # to stdout
    python3 bench/convert.py --mode apimodel --api-crate crate --open-enums DIR

Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field

MODES = ("apimodel", "serde-bon", "serde", "plain")

# The StackOne SDK's model documents, kept in the repository as test fixtures.
REFERENCE = "tests/fixtures/reference/stackone-ts-2023-11"

# serde's `rename_all` rules, in the order ties are broken.
RULES = (
    "PascalCase",
    "camelCase",
    "snake_case",
    "kebab-case",
    "SCREAMING_SNAKE_CASE",
    "SCREAMING-KEBAB-CASE",
    "lowercase",
    "UPPERCASE",
)

# Rust keywords that need `r#` as a field name (`self`, `super`, `crate`, `Self` cannot be raw).
KEYWORDS = {
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "static", "struct", "trait", "true", "type", "unsafe", "use",
    "where", "while", "abstract", "become", "box", "do", "final", "gen", "macro", "override",
    "priv", "try", "typeof", "unsized", "virtual", "yield",
}
NOT_RAW = {"self", "super", "crate", "Self"}

CHECK = ":heavy_check_mark:"
MAP_TYPE = "serde_json::Map<String, serde_json::Value>"


# --------------------------------------------------------------------------- parsing


@dataclass
class Field_:
    wire: str
    ty: str  # the Rust type without the outer Option
    required: bool
    doc: list[str]
    example: str = ""  # the Example cell, also in `doc` as an "Example: `...`" paragraph


@dataclass
class Struct:
    name: str
    doc: list[str]
    fields: list[Field_] = field(default_factory=list)

    @property
    def free_form(self) -> bool:
        return not self.fields


@dataclass
class Enum:
    name: str
    doc: list[str]
    variants: list[tuple[str, str]] = field(default_factory=list)  # (Rust name, wire value)


def split_row(line: str) -> list[str]:
    """The cells of a markdown table row (no escaped pipes occur in these documents)."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def parse_type(cell: str, names_by_file: dict[str, str], where: str, date: str = "String") -> str:
    """The Rust type of a Type cell (without the Option of an optional field)."""
    vec = cell.endswith("[]")
    base = cell[:-2] if vec else cell
    m = re.fullmatch(r"\*(\w+)\*", base)
    link = re.fullmatch(r"\[([A-Za-z0-9_]+)\]\(([^)]*)\)", base)
    if m:
        prim = {"string": "String", "number": "f64", "boolean": "bool", "any": "serde_json::Value"}
        if m.group(1) not in prim:
            raise SystemExit(f"{where}: unknown primitive type {cell!r}")
        ty = prim[m.group(1)]
    elif link and link.group(2).startswith("http") and link.group(1) == "Date":
        ty = date  # an ISO 8601 date-time, as sent
    elif link:
        target = os.path.basename(link.group(2))
        if target not in names_by_file:
            raise SystemExit(f"{where}: link to a missing document {link.group(2)!r}")
        if names_by_file[target] != link.group(1):
            raise SystemExit(f"{where}: link text {link.group(1)!r} names {target!r}")
        ty = link.group(1)
    else:
        raise SystemExit(f"{where}: cannot read type {cell!r}")
    return f"Vec<{ty}>" if vec else ty


def doc_lines(text: str) -> list[str]:
    text = text.strip()
    return [] if text in ("", "N/A") else [text]


def read_documents(folder: str, date: str = "String") -> tuple[list[Struct], list[Enum]]:
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md") and f != "README.md")
    titles = {}
    texts = {}
    for f in files:
        with open(os.path.join(folder, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
        m = re.match(r"# (\w+)\s*\n", texts[f])
        if not m:
            raise SystemExit(f"{f}: no `# Title` line")
        titles[f] = m.group(1)

    structs, enums = [], []
    for f in files:
        lines = texts[f].splitlines()
        name = titles[f]
        # The description: the lines between the title and the first `##` heading.
        desc, i = [], 1
        while i < len(lines) and not lines[i].startswith("## "):
            if lines[i].strip():
                desc.append(lines[i].strip())
            i += 1
        if i == len(lines):
            raise SystemExit(f"{f}: no `## Fields` or `## Values` section")
        section = lines[i][3:].strip()
        rows = [split_row(l) for l in lines[i + 1 :] if l.startswith("| `")]
        doc = [" ".join(desc)] if desc else []
        if section == "Fields":
            s = Struct(name, doc)
            for r in rows:
                where = f"{f}: field {r[0]}"
                s.fields.append(
                    Field_(
                        wire=r[0].strip("`"),
                        ty=parse_type(r[1], titles, where, date),
                        required=r[2] == CHECK,
                        doc=doc_lines(r[3])
                        + ([f"Example: `{r[4]}`"] if len(r) > 4 and r[4] else []),
                        example=r[4] if len(r) > 4 else "",
                    )
                )
            structs.append(s)
        elif section == "Values":
            e = Enum(name, doc)
            e.variants = [(r[0].strip("`"), r[1]) for r in rows]
            enums.append(e)
        else:
            raise SystemExit(f"{f}: unknown section `## {section}`")
    structs.sort(key=lambda s: s.name)
    enums.sort(key=lambda e: e.name)
    return structs, enums


# --------------------------------------------------------------------------- naming


def snake(variant: str) -> str:
    """serde's snake_case of a PascalCase variant name."""
    out = []
    for i, ch in enumerate(variant):
        if ch.isupper() and i > 0:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def apply_variant_rule(rule: str, v: str) -> str:
    """serde_derive's `RenameRule::apply_to_variant`."""
    return {
        "PascalCase": lambda: v,
        "camelCase": lambda: v[:1].lower() + v[1:],
        "snake_case": lambda: snake(v),
        "kebab-case": lambda: snake(v).replace("_", "-"),
        "SCREAMING_SNAKE_CASE": lambda: snake(v).upper(),
        "SCREAMING-KEBAB-CASE": lambda: snake(v).upper().replace("_", "-"),
        "lowercase": lambda: v.lower(),
        "UPPERCASE": lambda: v.upper(),
    }[rule]()


def camel_of_field(name: str) -> str:
    """serde_derive's camelCase of a snake_case field name."""
    out, cap = [], False
    for ch in name:
        if ch == "_":
            cap = True
        elif cap:
            out.append(ch.upper())
            cap = False
        else:
            out.append(ch)
    s = "".join(out)
    return s[:1].lower() + s[1:]


def field_ident(wire: str) -> tuple[str, str]:
    """(the Rust field name, its plain form) of a camelCase wire key."""
    plain = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire)
    plain = re.sub(r"[^A-Za-z0-9_]", "_", plain).lower()
    if plain[:1].isdigit():
        plain = "_" + plain
    if plain in NOT_RAW:
        plain += "_"
    ident = f"r#{plain}" if plain in KEYWORDS else plain
    return ident, plain


def best_rule(variants: list[tuple[str, str]]) -> str:
    """The rename_all rule that gives the most variants their wire value."""
    scores = [(sum(apply_variant_rule(r, n) == w for n, w in variants), -i, r) for i, r in enumerate(RULES)]
    return max(scores)[2]


# --------------------------------------------------------------------------- output


def docs(lines: list[str], indent: str) -> str:
    out = []
    for i, line in enumerate(lines):
        if i > 0:
            out.append(f"{indent}///")  # paragraphs stay paragraphs in rustdoc
        for part in line.splitlines():
            out.append(f"{indent}/// {part}".rstrip())
    return "".join(l + "\n" for l in out)


def quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Writer:
    def __init__(self, mode: str, api_crate: str | None, open_enums: bool, derives: list[str],
                 reference_docs: bool = False):
        self.mode = mode
        self.reference_docs = reference_docs
        self.api_crate = api_crate
        self.open_enums = open_enums
        self.derives = derives
        self.attr = "api" if mode == "apimodel" else "serde"

    def derive_line(self, builder: bool) -> str:
        ds = list(self.derives)
        if self.mode == "apimodel":
            ds.append("ApiModel")
        elif self.mode in ("serde", "serde-bon"):
            ds += ["Serialize", "Deserialize"]
            if builder and self.mode == "serde-bon":
                ds.append("bon::Builder")
        return f"#[derive({', '.join(ds)})]\n" if ds else ""

    def container_attrs(self, rename_all: str | None, is_struct: bool) -> str:
        parts = []
        if self.mode == "apimodel":
            if self.api_crate:
                parts.append(f"crate = {quote(self.api_crate)}")
            # apimodel's default is camelCase for fields and for variants.
            if rename_all and rename_all != "camelCase":
                parts.append(f"rename_all = {quote(rename_all)}")
            return f"#[api({', '.join(parts)})]\n" if parts else ""
        if self.mode == "plain":
            return ""
        # serde's default is the Rust name as written.
        if is_struct:
            return '#[serde(rename_all = "camelCase")]\n'
        if rename_all and rename_all != "PascalCase":
            return f"#[serde(rename_all = {quote(rename_all)})]\n"
        return ""

    def header(self, source: str) -> str:
        out = [
            f"//! Generated by `bench/convert.py --mode {self.mode}"
            + (" --reference-docs" if self.reference_docs else "")
            + "` from the model documents in",
            f"//! `{source}`. Do not edit: regenerate.",
            "",
            "#![allow(dead_code, clippy::all, clippy::pedantic, missing_docs)]",
            "",
        ]
        if self.mode == "apimodel":
            path = self.api_crate or "apimodel"
            out.append(f"use {path}::ApiModel;" if path != "crate" else "use crate::ApiModel;")
        elif self.mode in ("serde", "serde-bon"):
            out.append("use serde::{Deserialize, Serialize};")
        return "\n".join(out) + "\n"

    def struct(self, s: Struct) -> str:
        out = docs(s.doc if self.reference_docs else s.doc or [f"The `{s.name}` model."], "")
        out += self.derive_line(builder=True)
        if self.mode == "serde-bon" and not s.free_form:
            # Setters of `String` fields take `impl Into<String>`, as apimodel's do.
            out += "#[builder(on(String, into))]\n"
        out += self.container_attrs(None, is_struct=True)
        out += f"pub struct {s.name} {{\n"
        if s.free_form:
            out += "    /// Every key and value, as sent.\n"
            if self.mode == "apimodel":
                out += "    #[api(additional_properties)]\n"
            elif self.mode in ("serde", "serde-bon"):
                out += "    #[serde(flatten)]\n"
            out += f"    pub values: {MAP_TYPE},\n"
        for f in s.fields:
            ident, plain = field_ident(f.wire)
            if self.reference_docs:
                # apimodel::docs reads the description before the first heading, so the
                # example goes in a section of its own and an undocumented field stays `N/A`.
                desc = [d for d in f.doc if d != f"Example: `{f.example}`"]
                out += docs(desc + ([f"# Examples\n\n`{f.example}`"] if f.example else []), "    ")
            else:
                out += docs(f.doc, "    ")
            attrs = []
            if camel_of_field(plain) != f.wire:
                attrs.append(f"rename = {quote(f.wire)}")
            if self.mode in ("serde", "serde-bon") and not f.required:
                attrs.append('default, skip_serializing_if = "Option::is_none"')
            if attrs and self.mode != "plain":
                out += f"    #[{self.attr}({', '.join(attrs)})]\n"
            ty = f.ty if f.required else f"Option<{f.ty}>"
            out += f"    pub {ident}: {ty},\n"
        out += "}\n"
        return out

    def enum(self, e: Enum) -> str:
        rule = best_rule(e.variants)
        out = docs(e.doc if self.reference_docs else e.doc or [f"The `{e.name}` values."], "")
        out += self.derive_line(builder=False)
        out += self.container_attrs(rule, is_struct=False)
        out += f"pub enum {e.name} {{\n"
        for name, wire in e.variants:
            out += f"    /// `{wire}`\n"
            if apply_variant_rule(rule, name) != wire and self.mode != "plain":
                out += f"    #[{self.attr}(rename = {quote(wire)})]\n"
            out += f"    {name},\n"
        if self.open_enums:
            names = {n for n, _ in e.variants}
            other = next(c for c in ("Unrecognized", "UnrecognizedValue", "Other_") if c not in names)
            out += "    /// A value this version does not know yet, kept as sent.\n"
            if self.mode == "apimodel":
                out += "    #[api(other)]\n"
            elif self.mode in ("serde", "serde-bon"):
                out += "    #[serde(untagged)]\n"
            out += f"    {other}(String),\n"
        out += "}\n"
        return out


def convert(folder: str, mode: str, api_crate: str | None = None, open_enums: bool = False,
            derives: list[str] | None = None, source: str | None = None,
            reference_docs: bool = False) -> str:
    """The whole Rust module, as text."""
    # With --reference-docs a date is `DateTime`, an alias of `String` that apimodel's derive
    # reads as a date-time (documented as the `Date` link, JSON Schema `format: date-time`).
    structs, enums = read_documents(folder, "DateTime" if reference_docs else "String")
    w = Writer(mode, api_crate, open_enums, derives or [], reference_docs)
    items = [(s.name, w.struct(s)) for s in structs] + [(e.name, w.enum(e)) for e in enums]
    items.sort()
    body = "\n".join(text for _, text in items)
    if reference_docs:
        body = "/// An ISO 8601 date-time, as sent.\npub type DateTime = String;\n\n" + body
    if reference_docs and mode == "apimodel":
        # Every model's table, so that a test can regenerate every document.
        path = api_crate or "apimodel"
        body += (
            f"\n/// Every model of this module, by name.\npub const MODELS: &[&{path}::meta::Model] = &[\n"
            + "".join(f"    <{name} as ApiModel>::MODEL,\n" for name, _ in items)
            + "];\n"
        )
    return w.header(source or os.path.basename(os.path.normpath(folder))) + "\n" + body


def stats(folder: str) -> dict[str, int]:
    structs, enums = read_documents(folder)
    return {
        "structs": len(structs),
        "free_form": sum(s.free_form for s in structs),
        "fields": sum(len(s.fields) for s in structs),
        "required": sum(f.required for s in structs for f in s.fields),
        "max_fields": max(len(s.fields) for s in structs),
        "enums": len(enums),
        "variants": sum(len(e.variants) for e in enums),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?",
                    help=f"folder of markdown model documents (default: {REFERENCE})")
    ap.add_argument("--mode", choices=MODES, default="apimodel")
    ap.add_argument("-o", "--output", help="write here instead of stdout")
    ap.add_argument("--api-crate", help='emit #[api(crate = "...")] (e.g. `crate` inside apimodel)')
    ap.add_argument("--open-enums", action="store_true",
                    help="give every enum a String catch-all variant (apimodel: #[api(other)], "
                         "serde: #[serde(untagged)])")
    ap.add_argument("--derive", default="",
                    help='extra derives on every item, e.g. "Debug, Clone, PartialEq"')
    ap.add_argument("--reference-docs", action="store_true",
                    help="doc comments from which apimodel::docs::markdown regenerates each "
                         "document: no placeholder docs on undocumented items, examples in an "
                         "`# Examples` section after the description")
    ap.add_argument("--source", help="the folder as named in the generated header")
    ap.add_argument("--stats", action="store_true", help="print counts of what was read and exit")
    args = ap.parse_args()
    if args.folder is None:
        # Relative to the repository, wherever the script is run from; named as in the repo.
        args.folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                   REFERENCE)
        args.source = args.source or REFERENCE
    if args.stats:
        for k, v in stats(args.folder).items():
            print(f"{k}: {v}")
        return
    derives = [d.strip() for d in args.derive.split(",") if d.strip()]
    text = convert(args.folder, args.mode, args.api_crate, args.open_enums, derives,
                   source=args.source, reference_docs=args.reference_docs)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
