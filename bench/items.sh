#!/usr/bin/env bash
# Where rustc's time goes, per generated item, in `cargo check` of the `structs` suite's crate
# (300 structs by default) for one revision of apimodel:
#
#     bench/items.sh [REV] [MODELS]        e.g.  bench/items.sh HEAD~1;  bench/items.sh WORKTREE
#
# The crate is checked once with `-Zself-profile -Zself-profile-events=default,args`
# (RUSTC_BOOTSTRAP=1 on the stable toolchain) and bench/selfprofile sums every query's self
# time per item, the model's number taken out: `visit` is the 300 models' `DeStruct::visit`,
# `description` the 300 setters of that name, `Resource` the structs themselves. Self-profiling
# slows rustc down; read shares, and compare two revisions run one after the other.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rev=${1:-WORKTREE}; models=${2:-300}
work=$root/bench/target-items
rm -rf "$work/src" "$work/prof"; mkdir -p "$work/src" "$work/prof" "$work/ws/crates/bench/src"
if [ "$rev" = WORKTREE ]; then
    cp -r core macros "$work/src/"
else
    git archive "$rev" core macros | tar -x -C "$work/src"
fi
sed 's/members = \[[^]]*\]/members = ["core", "macros"]/' Cargo.toml > "$work/src/Cargo.toml"
printf '[workspace]\nresolver = "3"\nmembers = ["crates/*"]\n' > "$work/ws/Cargo.toml"
printf '[package]\nname = "bench"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\nserde_json = "1"\napimodel = { path = "%s/src/core" }\n' "$work" > "$work/ws/crates/bench/Cargo.toml"
[ -f "$work/ws/Cargo.lock" ] || cp Cargo.lock "$work/ws/Cargo.lock"
python3 -c "import sys; sys.path.insert(0, 'bench'); import compile; print(compile.gen_structs('apimodel', $models))" > "$work/ws/crates/bench/src/lib.rs"
(cd "$work/ws" && CARGO_INCREMENTAL=0 cargo check -q -p bench)
touch "$work/ws/crates/bench/src/lib.rs"
(cd "$work/ws" && RUSTC_BOOTSTRAP=1 CARGO_INCREMENTAL=0 cargo rustc -q -p bench --profile check -- \
    -Zself-profile="$work/prof" -Zself-profile-events=default,args)
stem=$(ls "$work"/prof/*.mm_profdata | head -1); stem=${stem%.mm_profdata}
(cd bench/selfprofile && cargo run --release -q -- "$stem" "${@:3}")
