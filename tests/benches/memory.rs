//! Peak memory of deserializing a JSON array of `ConnectSessionCreate` models: the `ApiModel`
//! type against its serde_derive mirror, for 10k, 50k and 100k models. The memory must grow in
//! proportion to the number of models (the bytes per model stay flat).
//!
//! ```text
//! cargo bench -p apimodel-tests --bench memory
//! ```
//!
//! Every measurement runs in a fresh child process (this binary, re-run with `--child`), which
//! builds the JSON text, reads its resident set (`VmRSS`), parses the text with
//! `serde_json::from_str::<Vec<_>>` and reads the peak resident set (`VmHWM`) of its life: the
//! difference is what the parse cost at its peak. The process also reports what it still holds
//! once the text is dropped (the parsed vector alone). Linux only (`/proc/self/status`).
//! Without `--bench` (as `cargo test --benches` runs it) it measures 1,000 models only.

use std::hint::black_box;
use std::process::Command;

use apimodel::models::ConnectSessionCreate;
use apimodel_tests::mirror;

/// One model of the array: every field set, strings of a realistic length, a small metadata map.
fn model(i: usize) -> String {
    format!(
        concat!(
            r#"{{"categories":["ats","hris","custom-{i}"],"expiresIn":{e},"#,
            r#""metadata":{{"team":"platform-{m}","seats":{i},"trial":false}},"#,
            r#""originOwnerId":"customer-{i:08}","originOwnerName":"Customer number {i}","#,
            r#""originUsername":"user{i}@example.com","provider":"hibob"}}"#
        ),
        i = i,
        e = 1800 + i % 3600,
        m = i % 17,
    )
}

/// The JSON array of `n` models, allocated at its exact size.
fn document(n: usize) -> String {
    let models: Vec<String> = (0..n).map(model).collect();
    let len = models.iter().map(String::len).sum::<usize>() + n.max(1) + 1;
    let mut text = String::with_capacity(len);
    text.push('[');
    for (i, m) in models.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(m);
    }
    text.push(']');
    text
}

/// A field of `/proc/self/status` in bytes (`VmRSS`, `VmHWM`).
fn status_bytes(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status
        .lines()
        .find(|l| l.starts_with(field))
        .unwrap_or_else(|| panic!("no {field} in /proc/self/status"));
    let kib: u64 = line[field.len() + 1..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .expect("a number of kB");
    kib * 1024
}

/// Resets `VmHWM` to the current resident set, where the kernel allows it.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The child: builds the text, parses it as `kind`, prints
/// `input_bytes baseline_rss peak_rss held_rss` (bytes).
fn child(kind: &str, n: usize) {
    let text = document(n);
    let input = text.len();
    reset_peak();
    let baseline = status_bytes("VmRSS:");
    let parsed_len = match kind {
        "apimodel" => {
            let v: Vec<ConnectSessionCreate> = serde_json::from_str(&text).expect("valid models");
            let peak = status_bytes("VmHWM:");
            drop(black_box(text));
            let held = status_bytes("VmRSS:");
            println!("{input} {baseline} {peak} {held}");
            black_box(v).len()
        }
        "serde_derive" => {
            let v: Vec<mirror::ConnectSessionCreate> =
                serde_json::from_str(&text).expect("valid models");
            let peak = status_bytes("VmHWM:");
            drop(black_box(text));
            let held = status_bytes("VmRSS:");
            println!("{input} {baseline} {peak} {held}");
            black_box(v).len()
        }
        other => panic!("unknown kind {other}"),
    };
    assert_eq!(parsed_len, n);
}

#[allow(
    clippy::cast_precision_loss,
    reason = "byte counts far below 2^52, printed as ratios"
)]
fn per(bytes: u64, n: usize) -> f64 {
    bytes as f64 / n as f64
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--child") {
        let kind = &args[at + 1];
        let n = args[at + 2].parse().expect("a model count");
        child(kind, n);
        return;
    }
    let sizes: &[usize] = if args.iter().any(|a| a == "--bench") {
        &[10_000, 50_000, 100_000]
    } else {
        &[1_000]
    };
    let exe = std::env::current_exe().expect("the bench binary");
    println!(
        "{:<13} {:>8} {:>12} {:>12} {:>12} {:>11} {:>11} {:>11}",
        "deserializer",
        "models",
        "input B",
        "peak - base",
        "held B",
        "input B/m",
        "peak B/m",
        "held B/m"
    );
    for &n in sizes {
        for kind in ["apimodel", "serde_derive"] {
            let out = Command::new(&exe)
                .args(["--child", kind, &n.to_string()])
                .output()
                .expect("the child runs");
            assert!(
                out.status.success(),
                "child failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let fields: Vec<u64> = String::from_utf8(out.stdout)
                .expect("UTF-8")
                .split_whitespace()
                .map(|f| f.parse().expect("a number"))
                .collect();
            let [input, baseline, peak, held] = fields[..] else {
                panic!("child printed {fields:?}");
            };
            let peak_delta = peak.saturating_sub(baseline);
            // The resident set once the text is gone, less the baseline without the text.
            let held_delta = held.saturating_sub(baseline.saturating_sub(input));
            println!(
                "{kind:<13} {n:>8} {input:>12} {peak_delta:>12} {held_delta:>12} {:>11.1} {:>11.1} {:>11.1}",
                per(input, n),
                per(peak_delta, n),
                per(held_delta, n),
            );
        }
    }
}
