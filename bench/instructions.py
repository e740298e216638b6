#!/usr/bin/env python3
"""Instruction counts (valgrind callgrind) of serde_json on a 50-field model: ApiModel against
serde_derive. Unlike wall time, instruction counts repeat exactly on this shared machine.

    python3 bench/instructions.py [--iterations 2000] [--fields 50] [--shape struct|union] [--rev REV]

(Models of up to 16 keys are read through the runtime's tuple of slots, wider ones through
their own generated body: `--fields 16` measures the first, the default 50 the second.
`--shape union` measures 200 events of an internally tagged enum instead, `tests/benches/unions.rs`'s
payload, with the tag first (read in one pass) and last (buffered). `--rev REV` measures
apimodel as committed at REV — its `core/` and `macros/` exported, as `bench/ab.sh` does — instead
of the working tree: instruction counts repeat exactly, so two runs are an A/B.)

Writes a throwaway crate to bench/target-instructions/ (gitignored), builds it in release, runs
each case under callgrind and prints the totals and the ratio. Needs `valgrind`.
"""

import argparse
import pathlib
import re
import subprocess
import tarfile
import io

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


UNION = r'''
#[derive(apimodel::ApiModel, Debug)]
pub struct Message {
    pub id: String,
    pub author: String,
    pub body: String,
    pub reply_to: Option<String>,
    pub edited: Option<bool>,
}

#[derive(apimodel::ApiModel, Debug)]
#[api(tag = "type")]
pub enum Ours {
    Ping,
    MessageCreated(Message),
    MemberJoined { member_id: String, display_name: String, joined_at: u64, invited_by: Option<String>, roles: Vec<String> },
    Typing { member_id: String, channel_id: String },
}

#[derive(serde::Serialize, serde::Deserialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct MirrorMessage {
    pub id: String,
    pub author: String,
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<bool>,
}

#[derive(serde::Serialize, serde::Deserialize, Debug)]
#[serde(tag = "type", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Theirs {
    Ping,
    MessageCreated(MirrorMessage),
    MemberJoined {
        member_id: String, display_name: String, joined_at: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        invited_by: Option<String>,
        roles: Vec<String>,
    },
    Typing { member_id: String, channel_id: String },
}

fn json(tag_first: bool) -> String {
    let mut events = Vec::new();
    for i in 0..200 {
        let (tag, rest) = match i % 4 {
            0 => ("ping", String::new()),
            1 => ("messageCreated", format!(r#""id":"msg_{i}","author":"user_{i}","body":"Hello there, this is message number {i}","replyTo":"msg_{}","edited":false"#, i / 2)),
            2 => ("memberJoined", format!(r#""memberId":"mem_{i}","displayName":"Member {i}","joinedAt":17000000{i},"roles":["reader","writer"]"#)),
            _ => ("typing", format!(r#""memberId":"mem_{i}","channelId":"chan_{}""#, i % 7)),
        };
        let tag = format!(r#""type":"{tag}""#);
        let body = match (rest.is_empty(), tag_first) {
            (true, _) => tag,
            (false, true) => format!("{tag},{rest}"),
            (false, false) => format!("{rest},{tag}"),
        };
        events.push(format!("{{{body}}}"));
    }
    format!("[{}]", events.join(","))
}

fn run<T: serde::Serialize + serde::de::DeserializeOwned>(what: &str, n: usize) -> usize {
    let text = json(what != "de-last");
    let value: Vec<T> = serde_json::from_str(&text).unwrap();
    let mut total = 0;
    for _ in 0..n {
        if what == "ser" {
            let mut buf = Vec::with_capacity(32768);
            serde_json::to_writer(&mut buf, std::hint::black_box(&value)).unwrap();
            total += buf.len();
        } else {
            let v: Vec<T> = serde_json::from_str(std::hint::black_box(&text)).unwrap();
            total += v.len();
        }
    }
    total
}
'''


def export(rev):
    """`core/` and `macros/` of `rev`, in a workspace of their own (as `bench/ab.sh` exports them),
    outside `WORK`: a path dependency inside the throwaway crate's directory would be taken for a
    member of its workspace."""
    dest = ROOT / "bench" / "target-instructions-src" / rev
    archive = subprocess.run(["git", "archive", rev, "core", "macros"], cwd=ROOT, check=True, capture_output=True).stdout
    if dest.exists():
        subprocess.run(["rm", "-rf", str(dest)], check=True)
    dest.mkdir(parents=True)
    tarfile.open(fileobj=io.BytesIO(archive)).extractall(dest)
    manifest = (ROOT / "Cargo.toml").read_text()
    (dest / "Cargo.toml").write_text(re.sub(r"members = \[[^]]*\]", 'members = ["core", "macros"]', manifest))
    return dest


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--fields", type=int, default=50)
    parser.add_argument("--shape", choices=("struct", "union"), default="struct")
    parser.add_argument("--rev", help="measure apimodel at this git revision instead of the working tree")
    args = parser.parse_args()
    set_fields(args.fields)
    (WORK / "src").mkdir(parents=True, exist_ok=True)
    core = (export(args.rev) if args.rev else ROOT) / "core"
    (WORK / "Cargo.toml").write_text(
        '[package]\nname = "instructions"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f'[dependencies]\napimodel = {{ path = "{core}" }}\n'
        'serde = { version = "1", features = ["derive"] }\nserde_json = "1"\n\n[workspace]\n'
    )
    if args.shape == "union":
        source = UNION + "\nfn main()" + MAIN.split("fn main()")[1]
    else:
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
    cases = ("ser", "de", "de-last") if args.shape == "union" else ("ser", "de")
    for what in cases:
        for who in ("apimodel", "serde_derive"):
            out = subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={WORK}/callgrind.{who}.{what}",
                 str(binary), who, what, str(args.iterations)],
                capture_output=True, text=True, check=True,
            )
            counts[(who, what)] = int(re.search(r"Collected : (\d+)", out.stderr).group(1))
    what_of = "200 internally tagged events" if args.shape == "union" else f"{args.fields}-field model"
    at = f" at {args.rev}" if args.rev else ""
    print(f"{what_of}, apimodel{at}, {args.iterations} iterations (plus one parse of setup), instructions:")
    labels = [("ser", "serde_json::to_writer"), ("de", "serde_json::from_str")]
    if args.shape == "union":
        labels = [("ser", "to_writer"), ("de", "from_str, tag first"), ("de-last", "from_str, tag last")]
    for what, label in labels:
        ours, theirs = counts[("apimodel", what)], counts[("serde_derive", what)]
        print(f"  {label:24} apimodel {ours:>12,}  serde_derive {theirs:>12,}  ratio {ours / theirs:.4f}")


if __name__ == "__main__":
    main()
