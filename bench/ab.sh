#!/usr/bin/env bash
# A/B compile time of one generated crate (the `structs` suite's 300 structs by default) between
# two revisions of apimodel, interleaved round by round on the same machine:
#
#     bench/ab.sh REV_A REV_B [ROUNDS] [MODELS]      e.g.  bench/ab.sh HEAD~1 HEAD 5
#
# REV_B may be `WORKTREE` (the uncommitted tree). Each revision's core/ and macros/ are exported
# into bench/target-ab/<name>/, a crate of MODELS structs (bench/compile.py's gen_structs) is
# built once to warm the dependencies, then touched and rebuilt (`cargo build`, debug,
# CARGO_INCREMENTAL=0) ROUNDS times per side, alternating. Prints each build's wall time and
# peak RSS (GNU time), the medians, and the paired ratio B/A (median of per-round ratios), which
# is what to read on a noisy machine. MODE=check times `cargo check` instead. APIMODEL_BENCH_OMIT
# (see bench/compile.py --suite parts)
# may be set for side B with OMIT=part. SUITE=realworld (the StackOne set) or SUITE=corpus (the
# 1,500-type corpus; MODELS is then its type count) A/B another of bench/compile.py's crates
# instead of the structs; USER=1 adds the user's `Debug, Clone, PartialEq` (compile.py's
# --user-derives) to every type.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
default_models=300; [ "${SUITE:-}" = corpus ] && default_models=1500
a=${1:?REV_A}; b=${2:?REV_B}; rounds=${3:-5}; models=${4:-$default_models}
work=$root/bench/target-ab
mkdir -p "$work"

export_rev() { # rev dir
    rm -rf "$2"; mkdir -p "$2"
    if [ "$1" = WORKTREE ]; then
        cp -r core macros "$2/"
    else
        git archive "$1" core macros | tar -x -C "$2"
    fi
    sed 's/members = \[[^]]*\]/members = ["core", "macros"]/' Cargo.toml > "$2/Cargo.toml"
}

for side in a b; do
    rev=$a; [ $side = b ] && rev=$b
    export_rev "$rev" "$work/src-$side"
    ws=$work/ws-$side
    mkdir -p "$ws/crates/bench/src"
    printf '[workspace]\nresolver = "3"\nmembers = ["crates/*"]\n' > "$ws/Cargo.toml"
    printf '[package]\nname = "bench"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\nserde_json = "1"\napimodel = { path = "%s/core" }\n' "$work/src-$side" > "$ws/crates/bench/Cargo.toml"
    # OMIT needs the derive's `bench-omit` feature (revisions from 2026-11-30 on).
    if [ $side = b ] && [ -n "${OMIT:-}" ]; then
        printf 'apimodel-macros = { path = "%s/macros", features = ["bench-omit"] }\n' "$work/src-$side" >> "$ws/crates/bench/Cargo.toml"
    fi
    [ -f "$ws/Cargo.lock" ] || cp Cargo.lock "$ws/Cargo.lock"
    python3 - "${SUITE:-structs}" "$models" "${USER:-}" > "$ws/crates/bench/src/lib.rs" <<'PY'
import sys
sys.path.insert(0, "bench")
import compile
suite, models, user = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if user:
    compile.USER_DERIVES[:] = compile.AS_USER_DERIVES
gen = {
    "structs": lambda: compile.gen_structs("apimodel", models),
    "realworld": lambda: compile.gen_realworld("apimodel"),
    "corpus": lambda: compile.gen_corpus("apimodel", models),
}[suite]
print(gen())
PY
    (cd "$ws" && CARGO_INCREMENTAL=0 cargo ${MODE:-build} -q -p bench)
done

results=$work/results.txt
: > "$results"
for i in $(seq "$rounds"); do
    for side in a b; do
        omit=""; [ $side = b ] && omit=${OMIT:-}
        touch "$work/ws-$side/crates/bench/src/lib.rs"
        line=$(cd "$work/ws-$side" && { APIMODEL_BENCH_OMIT=$omit CARGO_INCREMENTAL=0 /usr/bin/time -f "%e %M" cargo ${MODE:-build} -q -p bench >/dev/null; } 2>&1 | tail -1)
        echo "$side $line" | tee -a "$results"
    done
done
python3 - "$results" "$a" "$b" <<'PY'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
t = {s: [float(r[1]) for r in rows if r[0] == s] for s in "ab"}
m = {s: max(int(r[2]) for r in rows if r[0] == s) / 1024 for s in "ab"}
paired = st.median(b / a for a, b in zip(t["a"], t["b"]))
print(f"A = {sys.argv[2]}: median {st.median(t['a']):.2f} s, peak RSS {m['a']:.0f} MB")
print(f"B = {sys.argv[3]}: median {st.median(t['b']):.2f} s, peak RSS {m['b']:.0f} MB")
print(f"B/A: paired {paired:.3f}, medians {st.median(t['b']) / st.median(t['a']):.3f}, RSS {m['b'] / m['a']:.3f}")
PY
