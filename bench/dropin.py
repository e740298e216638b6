#!/usr/bin/env python3
"""The drop-in check on a large corpus: ``bench/corpus.py``'s 1,500 serde_derive types, copied
with only the derive swapped (``#[derive(ApiModel)] #[api(serde_defaults)]`` in place of
``#[derive(Serialize, Deserialize)]``, every ``#[serde]`` line kept), must compile, and read
and write every document as serde_derive does.

Writes a throwaway crate to ``bench/target-dropin/`` (gitignored) holding both copies, builds
a binary that prints every copy's JSON Schema (``apimodel::schema::json_schema``), makes
documents from the schemas (random instances, seeded, each with mutations: a key dropped, a
value of another type, an unknown key, a bare scalar), and reads each document with both copies:
the same value written back (or the same error message) is an agreement. Prints the
disagreements (the first 30) and the totals; exits 1 if there is any.

    python3 bench/dropin.py                     # seed 7, 6 instances per type
    python3 bench/dropin.py --seed 11 --instances 10 --types 1500

Standard library only; needs cargo (serde, serde_json from crates.io the first time).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "target-dropin"
sys.path.insert(0, str(ROOT / "bench"))
import corpus  # noqa: E402

SERDE_DERIVE = "#[derive(serde::Serialize, serde::Deserialize)]"

CARGO = """[package]
name = "dropin"
version = "0.1.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
apimodel = {{ path = "{core}" }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"

[profile.dev]
debug = 0
"""

MAIN = """use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A document read and written back as JSON, or the error message.
fn read<T: Serialize + DeserializeOwned>(doc: &str) -> Result<String, String> {
    serde_json::from_str::<T>(doc)
        .map(|v| serde_json::to_string(&v).unwrap_or_else(|e| format!("cannot write: {e}")))
        .map_err(|e| e.to_string())
}

/// Whether the ApiModel copy reads the document, and how the two differ, if they do.
fn compare<A: Serialize + DeserializeOwned, S: Serialize + DeserializeOwned>(
    doc: &str,
) -> (bool, Option<String>) {
    let (a, s) = (read::<A>(doc), read::<S>(doc));
    let diff = (a != s).then(|| format!("ApiModel     {a:?}\\n  serde_derive {s:?}"));
    (a.is_ok(), diff)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args[1] == "schemas" {
        let mut out = serde_json::Map::new();
SCHEMAS
        println!("{}", serde_json::Value::Object(out));
        return;
    }
    let docs: BTreeMap<String, Vec<String>> =
        serde_json::from_str(&std::fs::read_to_string(&args[2]).unwrap()).unwrap();
    let (mut total, mut accepted, mut differ) = (0, 0, 0);
    for (name, list) in &docs {
        for doc in list {
            let (read, diff) = match name.as_str() {
ARMS
                _ => unreachable!("no type {name}"),
            };
            total += 1;
            accepted += usize::from(read);
            if let Some(diff) = diff {
                differ += 1;
                if differ <= 30 {
                    println!("{name} {doc}\\n  {diff}");
                }
            }
        }
    }
    println!("{total} documents, {accepted} read, {differ} disagreements");
    std::process::exit(i32::from(differ > 0));
}
"""


def write_crate(types: int) -> list[str]:
    """The crate: `sd` (serde_derive, as generated), `am` (the derive swapped), the binary."""
    source = corpus.generate("serde", types)
    body = [l for l in source.split("\n") if not l.startswith(("#![", "//!"))]
    swapped = []
    for line in body:
        if SERDE_DERIVE in line:
            indent = line[: len(line) - len(line.lstrip())]
            swapped.append(line.replace(SERDE_DERIVE, "#[derive(apimodel::ApiModel)]"))
            swapped.append(indent + "#[api(serde_defaults)]")
        else:
            swapped.append(line)
    names = re.findall(r"^pub (?:struct|enum) (\w+)", source, re.M)
    src = WORK / "src"
    (src / "bin").mkdir(parents=True, exist_ok=True)
    (WORK / "Cargo.toml").write_text(CARGO.format(core=ROOT / "core"))
    allow = "#![allow(dead_code, missing_docs, clippy::all)]\n"
    (src / "lib.rs").write_text(allow + "pub mod am;\npub mod sd;\n")
    (src / "sd.rs").write_text("\n".join(body))
    (src / "am.rs").write_text("\n".join(swapped))
    schemas = "\n".join(
        f'        out.insert("{n}".into(), apimodel::schema::json_schema::<dropin::am::{n}>());'
        for n in names
    )
    arms = "\n".join(
        f'                "{n}" => compare::<dropin::am::{n}, dropin::sd::{n}>(doc),' for n in names
    )
    (src / "bin" / "dropin.rs").write_text(MAIN.replace("SCHEMAS", schemas).replace("ARMS", arms))
    return names


def resolve(schema, defs):
    while isinstance(schema, dict) and "$ref" in schema:
        schema = defs[schema["$ref"].split("/")[-1]]
    return schema


def instance(schema, defs, rng: random.Random, depth: int = 0):
    """A random document the schema describes (its object forms preferred to its array ones)."""
    schema = resolve(schema, defs)
    if schema is True or schema == {}:
        return rng.choice([1, "x", None, [1], {"k": 1}])
    if schema is False:
        return None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return rng.choice([v for v in schema["enum"] if isinstance(v, str)] or schema["enum"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            base = {k: v for k, v in schema.items() if k != key}
            alt = resolve(rng.choice(schema[key]), defs)
            if base and isinstance(alt, dict):
                return instance({**base, **alt}, defs, rng, depth)
            return instance(alt, defs, rng, depth)
    ty = schema.get("type")
    if isinstance(ty, list):
        others = [t for t in ty if t != "null"]
        ty = "object" if "object" in ty else rng.choice(others if others and rng.random() < 0.7 else ty)
    if ty is None and ("properties" in schema or "allOf" in schema):
        ty = "object"
    if ty == "object":
        out = {}
        required = set(schema.get("required", []))
        for key, sub in schema.get("properties", {}).items():
            if key in required or (depth < 3 and rng.random() < 0.6):
                out[key] = instance(sub, defs, rng, depth + 1)
        for part in schema.get("allOf", []):
            part = resolve(part, defs)
            if isinstance(part, dict) and any(k in part for k in ("properties", "oneOf", "anyOf")):
                sub = instance(part, defs, rng, depth + 1)
                if isinstance(sub, dict):
                    out.update(sub)
        rest = schema.get("additionalProperties", schema.get("unevaluatedProperties"))
        if isinstance(rest, dict) and depth < 3 and rng.random() < 0.5:
            out[f"extra_{rng.randint(0, 9)}"] = instance(rest, defs, rng, depth + 1)
        return out
    if ty == "array":
        if "prefixItems" in schema:
            return [instance(s, defs, rng, depth + 1) for s in schema["prefixItems"]]
        n = 0 if depth > 3 else rng.randint(0, 2)
        return [instance(schema.get("items", True), defs, rng, depth + 1) for _ in range(n)]
    return {
        "string": lambda: rng.choice(["a", "b c", ""]),
        "integer": lambda: rng.choice([0, 1, 7, 300]),
        "number": lambda: rng.choice([0, 1.5, -2]),
        "boolean": lambda: rng.choice([True, False]),
    }.get(ty, lambda: None)()


def mutations(doc, rng: random.Random) -> list:
    out = [doc, rng.choice([None, "s", 1, [], {}])]
    if isinstance(doc, dict) and doc:
        key = rng.choice(list(doc))
        out.append({k: v for k, v in doc.items() if k != key})
        out.append({**doc, key: rng.choice([None, 1, "s", [], {}])})
        out.append({**doc, "zz_unknown": 1})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--types", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--instances", type=int, default=6)
    args = ap.parse_args()
    write_crate(args.types)
    cargo = ["nice", "-n", "10", "cargo", "build", "-q", "--bin", "dropin"]
    subprocess.run(cargo, cwd=WORK, check=True)
    binary = WORK / "target" / "debug" / "dropin"
    schemas = json.loads(subprocess.run([binary, "schemas"], capture_output=True, check=True).stdout)
    rng = random.Random(args.seed)
    docs = {}
    for name, schema in schemas.items():
        defs = schema.get("$defs", {})
        found = set()
        for _ in range(args.instances):
            for doc in mutations(instance(schema, defs, rng), rng):
                found.add(json.dumps(doc))
        docs[name] = sorted(found)
    path = WORK / "docs.json"
    path.write_text(json.dumps(docs))
    return subprocess.call([binary, "run", path])


if __name__ == "__main__":
    sys.exit(main())
