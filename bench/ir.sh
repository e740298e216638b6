#!/usr/bin/env bash
# rustc's instruction count (valgrind, not seconds) for one generated crate, between two
# revisions of apimodel: the same measure as bench/ab.sh, without the machine's noise.
#
#     bench/ir.sh REV_A REV_B [MODELS]      e.g.  bench/ir.sh HEAD WORKTREE 30
#
# A side may be `WORKTREE`, a directory holding a tree's `core/` and `macros/` (an
# experiment), or `variant:serde`, `variant:serde-bon`, `variant:plain` (bench/compile.py's
# crates without apimodel: `bench/ir.sh variant:serde WORKTREE` is ApiModel's ratio to
# serde_derive). Each side's crate (bench/compile.py's gen_structs of MODELS structs, 30 by
# default; SUITE=realworld or SUITE=corpus for those crates, USER=1 for the user's
# `Debug, Clone, PartialEq`, as in bench/ab.sh) is checked (`cargo check`; MODE=build for
# `cargo build`) once with its dependencies built, then once more with the crate's own rustc
# run under `valgrind --tool=cachegrind --cache-sim=no`. Prints both counts and B/A.
# Valgrind runs rustc some 30 times slower: keep MODELS small for the structs; the StackOne set
# takes a few minutes a side. IR_SLOT=name keeps a second run's crates apart from the first's
# (bench/target-irNAME), so two can run at once: the counts do not depend on the load.
# OMIT=part leaves a part out of side B, as in bench/ab.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
default_models=30; [ "${SUITE:-}" = corpus ] && default_models=300
a=${1:?REV_A}; b=${2:?REV_B}; models=${3:-$default_models}
work=$root/bench/target-ir${IR_SLOT:-}
mkdir -p "$work"

cat > "$work/wrapper.sh" <<'SH'
#!/usr/bin/env bash
# RUSTC_WRAPPER: the primary package's rustc under valgrind, when IR_OUT is set.
if [ -n "${IR_OUT:-}" ] && [ "${CARGO_PRIMARY_PACKAGE:-}" = 1 ]; then
    exec valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        --log-file="$IR_OUT" "$@"
fi
exec "$@"
SH
chmod +x "$work/wrapper.sh"

for side in a b; do
    rev=$a; [ $side = b ] && rev=$b
    src=$work/src-$side ws=$work/ws-$side
    variant=apimodel
    case $rev in variant:*) variant=${rev#variant:} ;; esac
    mkdir -p "$src" "$ws/crates/bench/src"
    if [ $variant = apimodel ]; then
        # The export is synced (unchanged files keep their times), so only what changed rebuilds.
        rm -rf "$work/export"; mkdir -p "$work/export"
        if [ "$rev" = WORKTREE ]; then
            cp -r core macros "$work/export/"
        elif [ -d "$rev" ]; then
            cp -r "$rev/core" "$rev/macros" "$work/export/"
        else
            git archive "$rev" core macros | tar -x -C "$work/export"
        fi
        python3 - "$work/export" "$src" <<'PY'
import filecmp, os, shutil, sys
src, dst = sys.argv[1:]
for part in ("core", "macros"):
    for root, _, files in os.walk(os.path.join(src, part)):
        out = os.path.join(dst, os.path.relpath(root, src))
        os.makedirs(out, exist_ok=True)
        for name in files:
            a, b = os.path.join(root, name), os.path.join(out, name)
            if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                shutil.copy(a, b)
    for root, _, files in os.walk(os.path.join(dst, part)):
        for name in files:
            b = os.path.join(root, name)
            if not os.path.exists(os.path.join(src, os.path.relpath(b, dst))):
                os.remove(b)
PY
        sed 's/members = \[[^]]*\]/members = ["core", "macros"]/' Cargo.toml > "$src/Cargo.toml"
    fi
    printf '[workspace]\nresolver = "3"\nmembers = ["crates/*"]\n' > "$ws/Cargo.toml"
    [ -f "$ws/Cargo.lock" ] || cp Cargo.lock "$ws/Cargo.lock"
    omit=""; [ $side = b ] && omit=${OMIT:-}
    python3 - "${SUITE:-structs}" "$models" "${USER:-}" "$variant" "$src" "$omit" "$ws/crates/bench" <<'PY'
import os, sys
sys.path.insert(0, "bench")
import compile
suite, models, user, variant, src, omit, crate = sys.argv[1:]
models = int(models)
if user:
    compile.USER_DERIVES[:] = compile.AS_USER_DERIVES
gen = {
    "structs": lambda: compile.gen_structs(variant, models),
    "realworld": lambda: compile.gen_realworld(variant),
    "corpus": lambda: compile.gen_corpus(variant, models),
}[suite]
if variant == "apimodel":
    deps = [f'apimodel = {{ path = "{src}/core" }}']
    if omit:
        deps.append(f'apimodel-macros = {{ path = "{src}/macros", features = ["bench-omit"] }}')
else:
    deps = compile.DEPS[variant]
with open(os.path.join(crate, "Cargo.toml"), "w") as fh:
    fh.write('[package]\nname = "bench"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n')
    fh.write("\n".join(compile.COMMON_DEPS + deps) + "\n")
with open(os.path.join(crate, "src", "lib.rs"), "w") as fh:
    fh.write(gen())
PY
    (cd "$ws" && APIMODEL_BENCH_OMIT=$omit RUSTC_WRAPPER="$work/wrapper.sh" CARGO_INCREMENTAL=0 \
        cargo ${MODE:-check} -q -p bench)
    touch "$ws/crates/bench/src/lib.rs"
    rm -f "$work/ir-$side.txt"
    (cd "$ws" && APIMODEL_BENCH_OMIT=$omit IR_OUT="$work/ir-$side.txt" \
        RUSTC_WRAPPER="$work/wrapper.sh" CARGO_INCREMENTAL=0 cargo ${MODE:-check} -q -p bench)
done

python3 - "$work" "$a" "$b" <<'PY'
import re, sys
work, a, b = sys.argv[1:]
def count(side):
    text = open(f"{work}/ir-{side}.txt").read()
    return int(re.search(r"I\s+refs:\s+([\d,]+)", text).group(1).replace(",", ""))
ia, ib = count("a"), count("b")
print(f"A = {a}: {ia:,} instructions")
print(f"B = {b}: {ib:,} instructions")
print(f"B/A: {ib / ia:.4f}")
PY
