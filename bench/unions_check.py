#!/usr/bin/env python3
"""`cargo check` time of 100 internally tagged enums (4 variants: unit, newtype of a model,
two struct variants) and their 100 newtype models, derived with ApiModel or with serde_derive.

    python3 bench/unions_check.py [--rounds 3] [--workdir /tmp/ucheck]

Writes a throwaway crate depending on this checkout's `core/`, checks it once per side to
build the dependencies, then times `cargo check` of the crate alone (after touching it),
alternating sides. Standard library only.
"""

import argparse
import os
import pathlib
import subprocess
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def write_crate(workdir: pathlib.Path, n: int) -> None:
    (workdir / "src").mkdir(parents=True, exist_ok=True)
    (workdir / "Cargo.toml").write_text(f"""[package]
name = "ucheck"
version = "0.1.0"
edition = "2024"

[dependencies]
apimodel = {{ path = "{ROOT / 'core'}" }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"

[features]
api = []
serde = []

[workspace]
""")
    out = ["#![allow(dead_code)]\n", '#[cfg(feature = "api")]\nuse apimodel::ApiModel;\n']
    for i in range(n):
        out.append(f"""
#[cfg_attr(feature = "api", derive(ApiModel))]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Msg{i} {{ pub id: String, pub body: String }}

#[cfg_attr(feature = "api", derive(ApiModel))]
#[cfg_attr(feature = "api", api(tag = "type"))]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase"))]
pub enum Event{i} {{
    Ping,
    Created(Msg{i}),
    Joined {{ member_id: String, display_name: String, invited_by: Option<String> }},
    Typing {{ member_id: String, channel_id: String }},
}}
""")
    (workdir / "src" / "lib.rs").write_text("".join(out))


def check(workdir: pathlib.Path, feature: str) -> float:
    env = dict(os.environ, CARGO_TARGET_DIR=str(workdir / "target"))
    (workdir / "src" / "lib.rs").touch()
    start = time.monotonic()
    subprocess.run(["cargo", "check", "-q", "--features", feature], cwd=workdir, env=env, check=True)
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--workdir", default="/tmp/ucheck")
    args = parser.parse_args()
    workdir = pathlib.Path(args.workdir)
    write_crate(workdir, args.models)
    for feature in ("api", "serde"):
        check(workdir, feature)  # dependencies
    times = {"api": [], "serde": []}
    for _ in range(args.rounds):
        for feature in ("api", "serde"):
            times[feature].append(check(workdir, feature))
    for feature, values in times.items():
        values.sort()
        print(f"{feature}: median {values[len(values) // 2]:.2f} s  ({', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
