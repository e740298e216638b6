#!/usr/bin/env python3
"""Instruction counts (valgrind callgrind) of serde_json on a 50-field model: ApiModel against
serde_derive. Unlike wall time, instruction counts repeat exactly on this shared machine.

    python3 bench/instructions.py [--iterations 2000] [--fields 50]

(Models of up to 16 keys are read through the runtime's tuple of slots, wider ones through
their own generated body: `--fields 16` measures the first, the default 50 the second.)

Writes a throwaway crate to bench/target-instructions/ (gitignored), builds it in release, runs
each case under callgrind and prints the totals and the ratio. Needs `valgrind`.
"""

import argparse
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "target-instructions"

FIELDS = []


def set_fields(n):
    FIELDS.clear()
    for i in range(n):
        ty = "String" if i % 5 == 0 else ["Option<String>", "Option<f64>", "Option<bool>", "Option<Vec<String>>"][i % 4]
        FIELDS.append((f"field_name_{i}", ty))


def struct(name, derive, serde):
    lines = [derive]
    if serde:
        lines.append('#[serde(rename_all = "camelCase")]')
    lines.append(f"pub struct {name} {{")
    for field, ty in FIELDS:
        if serde and ty.startswith("Option"):
            lines.append('    #[serde(default, skip_serializing_if = "Option::is_none")]')
        lines.append(f"    pub {field}: {ty},")
    lines.append("}")
    return "\n".join(lines)


MAIN = r'''
fn json() -> String {
    let mut out = String::from("{");
    for i in 0..NFIELDS {
        if i > 0 {
            out.push(',');
        }
        let value = if i % 5 == 0 {
            format!("\"required value {i}\"")
        } else {
            match i % 4 {
                0 => format!("\"value {i}\""),
                1 => format!("{i}.5"),
                2 => "true".to_owned(),
                _ => format!("[\"a{i}\",\"b{i}\",\"c{i}\"]"),
            }
        };
        out.push_str(&format!("\"fieldName{i}\":{value}"));
    }
    out.push('}');
    out
}

fn run<T: serde::Serialize + serde::de::DeserializeOwned>(what: &str, n: usize) -> usize {
    let text = json();
    let value: T = serde_json::from_str(&text).unwrap();
    let mut total = 0;
    for _ in 0..n {
        if what == "ser" {
            let mut buf = Vec::with_capacity(4096);
            serde_json::to_writer(&mut buf, std::hint::black_box(&value)).unwrap();
            total += buf.len();
        } else {
            let v: T = serde_json::from_str(std::hint::black_box(&text)).unwrap();
            total += std::mem::size_of_val(&v);
        }
    }
    total
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args[3].parse().unwrap();
    let total = match args[1].as_str() {
        "apimodel" => run::<Ours>(&args[2], n),
        _ => run::<Theirs>(&args[2], n),
    };
    println!("{total}");
}
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--fields", type=int, default=50)
    args = parser.parse_args()
    set_fields(args.fields)
    (WORK / "src").mkdir(parents=True, exist_ok=True)
    (WORK / "Cargo.toml").write_text(
        '[package]\nname = "instructions"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f'[dependencies]\napimodel = {{ path = "{ROOT / "core"}" }}\n'
        'serde = { version = "1", features = ["derive"] }\nserde_json = "1"\n\n[workspace]\n'
    )
    source = (
        struct("Ours", "#[derive(apimodel::ApiModel)]", False)
        + "\n\n"
        + struct("Theirs", "#[derive(serde::Serialize, serde::Deserialize)]", True)
        + "\n"
        + MAIN.replace("NFIELDS", str(args.fields))
    )
    (WORK / "src" / "main.rs").write_text(source)
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=WORK, check=True)
    binary = WORK / "target" / "release" / "instructions"
    counts = {}
    for what in ("ser", "de"):
        for who in ("apimodel", "serde_derive"):
            out = subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={WORK}/callgrind.{who}.{what}",
                 str(binary), who, what, str(args.iterations)],
                capture_output=True, text=True, check=True,
            )
            counts[(who, what)] = int(re.search(r"Collected : (\d+)", out.stderr).group(1))
    print(f"{args.fields}-field model, {args.iterations} iterations (plus one parse of setup), instructions:")
    for what, label in (("ser", "serde_json::to_writer"), ("de", "serde_json::from_str")):
        ours, theirs = counts[("apimodel", what)], counts[("serde_derive", what)]
        print(f"  {label:24} apimodel {ours:>12,}  serde_derive {theirs:>12,}  ratio {ours / theirs:.4f}")


if __name__ == "__main__":
    main()
