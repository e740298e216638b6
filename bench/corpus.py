#!/usr/bin/env python3
"""A synthetic corpus shaped like a large real SDK, for the compile-time benchmark.

``generate(variant, n)`` returns one Rust module of ``n`` types (default 1,500), deterministic
(a fixed seed, nothing read from the machine), in one of the spellings of ``bench/compile.py``:

  plain      the bare types (no serde, no ApiModel; only the extra derives, if any)
  serde      serde_derive with the ``#[serde(...)]`` lines that give ApiModel's wire format
             (``rename_all = "camelCase"`` on structs, ``default, skip_serializing_if =
             "Option::is_none"`` on optional fields, ``flatten``, ``tag``/``content``/``untagged``,
             ``rename_all_fields``, ``#[serde(other)]`` / ``#[serde(untagged)] Unknown(String)``)
  serde-bon  as serde, plus ``bon::Builder`` on structs
  apimodel   ``#[derive(ApiModel)]`` with the ``#[api(...)]`` spelling (its defaults need no line)

The mix, by count (shuffled, so that every type may only name types generated before it and the
corpus has no cycles):

* ~70 % structs of 1 to 30 fields (median 6): required and optional fields (about 60 %
  ``Option``), scalars, ``String``, ``Vec``, ``BTreeMap``/``HashMap``, ``serde_json::Value``,
  references to earlier structs, enums and newtypes, doc comments on most fields; some fields
  renamed (``@odata.id``-style keys), some ``#[api(skip_none = false)]`` (serde: a plain
  ``Option`` without its two attributes), some flattened (``#[api(flatten)]`` / ``#[serde(flatten)]``:
  an earlier struct, an ``Option`` of one, or a ``BTreeMap<String, serde_json::Value>``);
* ~25 % enums: 60 % string enums of 2 to 30 values (a third of them open: ``#[api(other)]
  Unknown(String)`` / ``#[serde(untagged)] Unknown(String)``), 40 % data enums, a quarter in each
  tagging (external, ``tag``, ``tag`` + ``content``, ``untagged``) with unit, newtype, tuple and
  struct variants as each tagging allows;
* ~5 % newtypes (``pub struct AccountId(pub String);``).

Usage::

    python3 bench/corpus.py --variant apimodel > lib.rs
    python3 bench/corpus.py --variant serde --types 1500 --derive "Debug, Clone, PartialEq"
    python3 bench/corpus.py --stats            # the counts of what it generates

``bench/compile.py --suite corpus`` builds it. Standard library only.
"""

from __future__ import annotations

import argparse
import random

SEED = 20  # issue 20
VARIANTS = ["plain", "serde", "serde-bon", "apimodel"]

NOUNS = [
    "Account", "Invoice", "Customer", "Payment", "Subscription", "Order", "Product", "Price",
    "Shipment", "Address", "Contact", "Employee", "Department", "Ticket", "Comment", "Attachment",
    "Webhook", "Event", "Session", "Token", "Project", "Task", "Milestone", "Report", "Dataset",
    "Cluster", "Instance", "Volume", "Snapshot", "Network", "Firewall", "Certificate", "Domain",
    "Record", "Message", "Channel", "Thread", "Campaign", "Audience", "Segment", "Coupon",
    "Refund", "Dispute", "Transfer", "Balance", "Ledger", "Vendor", "Bill", "Quote", "Lead",
]
SUFFIXES = ["", "Create", "Update", "Response", "Request", "Summary", "Detail", "List", "Item",
            "Settings", "Options", "Result", "Filter", "Metadata", "Spec", "Status"]
WORDS = [
    "id", "name", "description", "created", "updated", "at", "by", "status", "type", "kind",
    "amount", "currency", "email", "phone", "url", "count", "total", "limit", "offset", "page",
    "token", "owner", "parent", "region", "zone", "label", "tag", "value", "key", "source",
    "target", "start", "end", "date", "time", "expires", "enabled", "visible", "default", "primary",
    "country", "city", "street", "postal", "code", "reason", "note", "title", "version", "size",
]
ENUM_VALUES = [
    "active", "inactive", "pending", "failed", "succeeded", "canceled", "draft", "open", "closed",
    "archived", "deleted", "processing", "requires_action", "unknown_value", "low", "medium",
    "high", "critical", "daily", "weekly", "monthly", "yearly", "email", "sms", "push", "web",
    "ios", "android", "public", "private", "internal", "external", "read", "write", "admin",
]
RULES = {  # wire rule -> how a variant name's words are joined
    "snake_case": lambda ws: "_".join(ws),
    "kebab-case": lambda ws: "-".join(ws),
    "SCREAMING_SNAKE_CASE": lambda ws: "_".join(w.upper() for w in ws),
}
SCALARS = ["String", "String", "String", "i64", "i32", "bool", "f64", "u32", "u64"]
MAP = "std::collections::BTreeMap<String, serde_json::Value>"


def pascal(words: list[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


class Corpus:
    def __init__(self, n: int, seed: int = SEED):
        self.rng = random.Random(seed)
        self.n = n
        n_new = round(n * 0.05)
        n_enum = round(n * 0.25)
        n_struct = n - n_new - n_enum
        n_data = round(n_enum * 0.40)
        kinds = (["struct"] * n_struct + ["newtype"] * n_new + ["string"] * (n_enum - n_data)
                 + [("external", "internal", "adjacent", "untagged")[i % 4] for i in range(n_data)])
        # The first types are structs and newtypes, so that the first enums have something to hold.
        head = ["struct"] * 20 + ["newtype"] * 3
        for k in head:
            kinds.remove(k)
        self.rng.shuffle(kinds)
        self.kinds = head + kinds
        self.items: list[dict] = []
        used = set()
        for i, kind in enumerate(self.kinds):
            self.items.append(self.make(i, kind, used))

    # ------------------------------------------------------------------ the abstract corpus

    def name(self, used: set, kind: str) -> str:
        rng = self.rng
        while True:
            if kind == "newtype":
                base = rng.choice(NOUNS) + rng.choice(["Id", "Key", "Ref", "Handle", "Code"])
            elif kind == "struct":
                base = rng.choice(NOUNS) + rng.choice(SUFFIXES)
            else:
                base = rng.choice(NOUNS) + rng.choice(["Status", "Kind", "Type", "Mode", "Reason",
                                                        "Payload", "Source", "Target", "Value"])
            name = base if base not in used else f"{base}{len(used)}"
            if name not in used:
                used.add(name)
                return name

    def earlier(self, i: int, kinds: tuple[str, ...]) -> str | None:
        """A type generated before item i whose kind is one of kinds (None if there is none)."""
        cands = [it["name"] for it in self.items[max(0, i - 400):i] if it["kind"] in kinds]
        return self.rng.choice(cands) if cands else None

    def field_type(self, i: int) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.42:
            return rng.choice(SCALARS)
        if r < 0.52:
            return f"Vec<{rng.choice(['String', 'String', 'i64'])}>"
        ref_kinds = [("string",), ("struct",), ("newtype",),
                     ("external", "internal", "adjacent", "untagged")][
            min(3, int(rng.random() ** 1.3 * 4))]
        ref = self.earlier(i, ref_kinds) or "String"
        if r < 0.62:
            return f"Vec<{ref}>"
        if r < 0.67:
            return rng.choice(["std::collections::BTreeMap<String, String>",
                               "std::collections::HashMap<String, serde_json::Value>",
                               "serde_json::Value"])
        return ref

    def fields(self, i: int, count: int, allow_special: bool) -> list[dict]:
        rng = self.rng
        out, names = [], set()
        while len(out) < count:
            ws = [rng.choice(WORDS) for _ in range(rng.choice([1, 1, 2, 2, 2, 3]))]
            fname = "_".join(ws)
            # In a data enum, a field named as the tag is serde's compile error.
            if fname in names or (not allow_special and fname == "type"):
                continue
            names.add(fname)
            f = {"name": "r#type" if fname == "type" else fname, "ty": self.field_type(i),
                 "optional": rng.random() < 0.6, "doc": rng.random() < 0.8, "rename": None,
                 "flatten": False, "keep_none": False}
            if rng.random() < 0.03:
                f["rename"] = "@odata." + fname.replace("_", ".")
            if f["optional"] and allow_special and rng.random() < 0.06:
                f["keep_none"] = True
            out.append(f)
        return out

    def make(self, i: int, kind: str, used: set) -> dict:
        rng = self.rng
        item = {"kind": kind, "name": self.name(used, kind), "doc": rng.choice([1, 1, 2])}
        if kind == "newtype":
            item["inner"] = rng.choice(["String", "String", "String", "i64", "u64"])
        elif kind == "struct":
            count = min(30, max(1, int(rng.lognormvariate(1.8, 0.6))))
            item["fields"] = self.fields(i, count, allow_special=True)
            if rng.random() < 0.08 and i > 0:
                # A flattened base model (allOf), sometimes an Option of one, or a map.
                r = rng.random()
                base = self.earlier(i, ("struct",))
                if r < 0.15 or base is None:
                    ty = MAP
                elif r < 0.35:
                    ty = f"Option<{base}>"
                else:
                    ty = base
                item["fields"].insert(rng.randrange(len(item["fields"]) + 1), {
                    "name": "base" if "base" not in [f["name"] for f in item["fields"]] else "base_keys",
                    "ty": ty, "optional": False, "doc": True, "rename": None, "flatten": True,
                    "keep_none": False})
        elif kind == "string":
            count = min(30, max(2, int(rng.lognormvariate(1.5, 0.7))))
            vals = []
            while len(vals) < count:
                v = rng.choice(ENUM_VALUES)
                if rng.random() < 0.5:
                    v += "_" + rng.choice(ENUM_VALUES).split("_")[0]
                if v not in vals:
                    vals.append(v)
            item["values"] = vals
            item["rule"] = rng.choice(list(RULES))
            item["open"] = rng.random() < 0.33
        else:
            item["variants"] = self.data_variants(i, kind)
            item["other"] = kind in ("internal", "adjacent", "external") and rng.random() < 0.3
        return item

    def data_variants(self, i: int, kind: str) -> list[dict]:
        rng = self.rng
        forms = {"external": ["unit", "newtype", "tuple", "struct"],
                 "internal": ["unit", "newtype", "struct"],
                 "adjacent": ["unit", "newtype", "tuple", "struct"],
                 "untagged": ["newtype", "struct"]}[kind]
        count = min(12, max(2, int(rng.lognormvariate(1.2, 0.5))))
        out, names = [], set()
        while len(out) < count:
            vname = pascal([rng.choice(WORDS), rng.choice(WORDS)])
            if vname in names:
                continue
            names.add(vname)
            form = rng.choice(forms)
            v = {"name": vname, "form": form}
            if form == "newtype":
                # Internally tagged newtypes hold a struct (what has keys); the others anything.
                v["ty"] = (self.earlier(i, ("struct",)) or "std::collections::BTreeMap<String, String>") \
                    if kind == "internal" or rng.random() < 0.6 else rng.choice(["String", "f64", "Vec<String>"])
            elif form == "tuple":
                v["tys"] = [rng.choice(SCALARS) for _ in range(rng.choice([2, 2, 3]))]
            elif form == "struct":
                v["fields"] = self.fields(i, rng.choice([1, 2, 3, 4, 5]), allow_special=False)
            out.append(v)
        if kind == "untagged" and out[0]["form"] == "newtype" and out[0]["ty"] == "String":
            out.append(out.pop(0))  # a String first would take every string input
        return out

    def stats(self) -> dict:
        from collections import Counter
        c = Counter(it["kind"] for it in self.items)
        fields = [f for it in self.items if it["kind"] == "struct" for f in it["fields"]]
        c["fields"] = len(fields)
        c["optional fields"] = sum(f["optional"] for f in fields)
        c["flatten fields"] = sum(f["flatten"] for f in fields)
        c["skip_none = false fields"] = sum(f["keep_none"] for f in fields)
        c["renamed fields"] = sum(bool(f["rename"]) for f in fields)
        c["open string enums"] = sum(1 for it in self.items if it["kind"] == "string" and it["open"])
        return dict(c)


# ---------------------------------------------------------------------- spelling


class Writer:
    def __init__(self, variant: str, derives: list[str]):
        if variant not in VARIANTS:
            raise SystemExit(f"corpus: no `{variant}` variant ({', '.join(VARIANTS)})")
        self.v = variant
        self.derives = derives
        self.serde = variant in ("serde", "serde-bon")
        self.api = variant == "apimodel"

    def derive(self, builder: bool) -> list[str]:
        ds = list(self.derives)
        if self.api:
            ds.append("apimodel::ApiModel")
        elif self.serde:
            ds += ["serde::Serialize", "serde::Deserialize"]
            if builder and self.v == "serde-bon":
                ds.append("bon::Builder")
        return [f"#[derive({', '.join(ds)})]"] if ds else []

    def attr(self, parts: list[str]) -> list[str]:
        if not parts or not (self.serde or self.api):
            return []
        return [f"#[{'api' if self.api else 'serde'}({', '.join(parts)})]"]

    def field(self, f: dict, indent: str, public: bool = True) -> list[str]:
        out = []
        if f["doc"]:
            out.append(f"{indent}/// The {f['name'].replace('r#', '').replace('_', ' ')} of it.")
        parts = []
        if f["rename"]:
            parts.append(f'rename = "{f["rename"]}"')
        if f["flatten"]:
            parts.append("flatten")
        elif f["optional"]:
            if f["keep_none"]:
                if self.api:
                    parts.append("skip_none = false")
            elif self.serde:
                parts.append('default, skip_serializing_if = "Option::is_none"')
        out += [indent + a for a in self.attr(parts)]
        ty = f"Option<{f['ty']}>" if f["optional"] else f["ty"]
        out.append(f"{indent}{'pub ' if public else ''}{f['name']}: {ty},")
        return out

    def item(self, it: dict) -> str:
        lines = [f"/// The `{it['name']}` {'model' if it['kind'] == 'struct' else 'type'} of the API."]
        if it["doc"] > 1:
            lines.append("///\n/// Returned by the list and retrieve endpoints.")
        k = it["kind"]
        if k == "newtype":
            lines += self.derive(False) + [f"pub struct {it['name']}(pub {it['inner']});"]
        elif k == "struct":
            lines += self.derive(True)
            if self.v == "serde-bon":
                lines.append("#[builder(on(String, into))]")
            lines += self.attr(['rename_all = "camelCase"'] if self.serde else [])
            lines.append(f"pub struct {it['name']} {{")
            for f in it["fields"]:
                lines += self.field(f, "    ")
            lines.append("}")
        elif k == "string":
            lines += self.derive(False) + self.attr([f'rename_all = "{it["rule"]}"'])
            lines.append(f"pub enum {it['name']} {{")
            for v in it["values"]:
                lines.append(f"    /// `{RULES[it['rule']](v.split('_'))}`")
                lines.append(f"    {pascal(v.split('_'))},")
            if it["open"]:
                lines.append("    /// A value this version does not know yet, kept as sent.")
                lines += ["    " + a for a in self.attr(["other" if self.api else "untagged"])]
                lines.append("    Unknown(String),")
            lines.append("}")
        else:
            container = {"external": [], "internal": ['tag = "type"'],
                         "adjacent": ['tag = "type"', 'content = "value"'], "untagged": ["untagged"]}[k]
            if self.serde:
                if k != "untagged":
                    container.append('rename_all = "camelCase"')
                container.append('rename_all_fields = "camelCase"')
            lines += self.derive(False) + self.attr(container)
            lines.append(f"pub enum {it['name']} {{")
            for v in it["variants"]:
                lines.append(f"    /// The `{v['name']}` case.")
                if v["form"] == "unit":
                    lines.append(f"    {v['name']},")
                elif v["form"] == "newtype":
                    lines.append(f"    {v['name']}({v['ty']}),")
                elif v["form"] == "tuple":
                    lines.append(f"    {v['name']}({', '.join(v['tys'])}),")
                else:
                    lines.append(f"    {v['name']} {{")
                    for f in v["fields"]:
                        lines += self.field(f, "        ", public=False)
                    lines.append("    },")
            if it["other"]:
                lines.append("    /// A kind this version does not know yet.")
                lines += ["    " + a for a in self.attr(["other"])]
                lines.append("    Unknown,")
            lines.append("}")
        return "\n".join(lines) + "\n"


def generate(variant: str, n: int = 1500, derives: list[str] | None = None, seed: int = SEED) -> str:
    corpus = Corpus(n, seed)
    w = Writer(variant, derives or [])
    head = [f"//! {n} types shaped like a large SDK ({variant}). Generated by bench/corpus.py (seed {seed}).",
            "#![allow(dead_code, clippy::all, clippy::pedantic, missing_docs)]", ""]
    return "\n".join(head) + "\n" + "\n".join(w.item(it) for it in corpus.items)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variant", default="apimodel", choices=VARIANTS)
    ap.add_argument("--types", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--derive", default="", help='extra derives on every type, e.g. "Debug, Clone, PartialEq"')
    ap.add_argument("--stats", action="store_true", help="print the counts instead of the code")
    args = ap.parse_args()
    if args.stats:
        for k, v in Corpus(args.types, args.seed).stats().items():
            print(f"{k:28} {v}")
        return
    derives = [d.strip() for d in args.derive.split(",") if d.strip()]
    print(generate(args.variant, args.types, derives, args.seed), end="")


if __name__ == "__main__":
    main()
