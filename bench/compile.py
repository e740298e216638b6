#!/usr/bin/env python3
"""Compile-time benchmark of `#[derive(ApiModel)]` against serde_derive and builder derives.

Generates throwaway crates (under ``bench/target-compile/`` by default, gitignored), one cargo
workspace per *variant*, and times ``cargo build`` (debug) / ``cargo check`` of just the
generated crate: dependencies are prebuilt first, ``CARGO_INCREMENTAL=0``, ``src/lib.rs`` is
touched before every timed build, and rounds are interleaved across variants (the order
rotates every round) so that load from other processes hits every variant alike.

Variants (``--variants``, comma-separated):

  plain                 no derive at all (the cost of the types themselves)
  serde                 serde_derive, ``#[serde(rename_all = "camelCase")]`` and
                        ``#[serde(default, skip_serializing_if = "Option::is_none")]`` on Options
  serde-bon             serde_derive + ``bon::Builder``
  serde-typed-builder   serde_derive + ``typed_builder::TypedBuilder``
  serde-derive-builder  serde_derive + ``derive_builder::Builder`` (owned pattern)
  apimodel              ``#[derive(ApiModel)]`` (path dependency on this workspace's ``core/``)
  apimodel-serde        the ``serde`` variant migrated: ``#[derive(ApiModel)]`` and
                        ``#[api(serde_defaults)]`` in place of serde's derive, its ``#[serde]``
                        lines kept

Suites (``--suite``, comma-separated, or ``all``):

  structs    N structs of 7 fields (2 required Strings, 2 optional Strings, an
             Option<Vec<enum>>, an Option<f64>, an Option<BTreeMap<String, String>>, a doc on
             every field) sharing one 8-value enum: the headline, what an SDK of many structs and
             few enums compiles; every variant
  parts      the structs suite's crate built with ApiModel whole and with each part of its
             expansion left out (builder, serialize, deserialize, metadata): where the time goes
  models     N models shaped like ConnectSessionCreate (7 fields, 2 required, an
             Option<Vec<enum>>, an f64, a JSON map, Strings), each with its own 14-value
             string enum; every variant
  forms      N structs, each with a required String, an optional String, a tri-state
             ``Option<Option<String>>`` (serde: ``default, skip_serializing_if, with =
             "double_option"``, the module written into the crate) and a flattened shared base
             model (``#[serde(flatten)]`` / ``#[api(flatten)]``): the composition forms
  fields     one struct of 10, 25, 50, 100, 200 fields (a fifth required): the scaling series
  realworld  the StackOne SDK's 156 models and 48 enums, converted by ``bench/convert.py``
  corpus     ``bench/corpus.py``'s 1,500 types shaped like a large SDK (``--corpus-types``): 70 %
             structs (optional fields, maps, flatten, ``skip_none = false``, renames, docs), 25 %
             enums (string enums, open or not; data enums in the four taggings), 5 % newtypes;
             plain, serde, serde-bon, apimodel
  cold       cold ``cargo build`` of a macro crate with its dependencies (fresh target dir)
  size       lines and tokens of the macro expansion per model (needs RUSTC_BOOTSTRAP=1,
             which this script sets for that one command)

For every timed build it records the wall time of ``cargo``, the wall time of the ``rustc``
process that compiles the generated crate and that process's peak RSS (through a
``RUSTC_WRAPPER`` written next to the crates; Linux/Unix only). It prints medians, the spread,
ratios against ``serde`` and ``serde-bon`` and the cost net of ``plain``; the raw samples go to
``<workdir>/results.json``. It also records the CPU time (user + system) of the whole command
and its children, and the 1-minute load average before each build.

As a user measures it (``--as-user``, issue 20), which is two switches that may also be given
alone:

  --user-derives  every struct and enum of every variant (``plain`` too) also derives
                  ``Debug, Clone, PartialEq``, in the same ``#[derive(..)]`` line as ours
  --user-timing   every crate is a package of its own (its own ``[workspace]`` and lockfile, under
                  ``<workdir>/as-user/<variant>/<crate>``; the crates of one variant share a
                  target dir so that dependencies are built once), and the timed command is the
                  whole ``sh -c "touch src/lib.rs && cargo build -q"`` (or ``check``) run in the
                  crate's directory, with no ``RUSTC_WRAPPER``: no rustc column, the peak RSS
                  is that of the largest process of the command (rustc), from ``wait4``

Results of these runs go to ``results.json`` under ``as-user/…`` (``user-derives/…``,
``user-timing/…``), beside those of the default runs.

Examples::

    python3 bench/compile.py                              # structs: 300 structs, 3 rounds, build+check
    python3 bench/compile.py --suite models --models 300 --rounds 3 --mode build
    python3 bench/compile.py --suite fields --rounds 5
    python3 bench/compile.py --suite realworld,cold
    python3 bench/compile.py --suite size --models 50
    python3 bench/compile.py --suite structs --rounds 3 --mode both \
        --variants plain,serde,serde-bon,apimodel --as-user
    python3 bench/compile.py --suite corpus --variants plain,serde,apimodel --as-user

Standard library only (Python >= 3.9). Needs cargo and network access (crates.io) the
first time, to fetch the dependencies.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # the apimodel workspace
REFERENCE = os.path.join(ROOT, "tests", "fixtures", "reference", "stackone-ts-2023-11")

ALL_VARIANTS = ["plain", "serde", "serde-bon", "serde-typed-builder", "serde-derive-builder", "apimodel", "apimodel-serde"]
LABELS = {
    "plain": "no derive",
    "serde": "serde_derive",
    "serde-bon": "serde_derive + bon",
    "serde-typed-builder": "serde_derive + typed-builder",
    "serde-derive-builder": "serde_derive + derive_builder",
    "apimodel": "ApiModel (serde + builder)",
    "apimodel-serde": "ApiModel, migrated (serde_derive's #[serde] lines + serde_defaults)",
}
SERDE_DEP = 'serde = { version = "1", features = ["derive"] }'
DEPS = {
    "plain": [],
    "serde": [SERDE_DEP],
    "serde-bon": [SERDE_DEP, 'bon = "3"'],
    "serde-typed-builder": [SERDE_DEP, 'typed-builder = "0.23"'],
    "serde-derive-builder": [SERDE_DEP, 'derive_builder = "0.20"'],
    "apimodel": [f'apimodel = {{ path = "{os.path.join(ROOT, "core")}" }}'],
    "apimodel-serde": [f'apimodel = {{ path = "{os.path.join(ROOT, "core")}" }}'],
}
COMMON_DEPS = ['serde_json = "1"']
# `--suite parts`: ApiModel with one part of the expansion left out (`APIMODEL_BENCH_OMIT`, read
# by the derive built with its `bench-omit` feature), so that full minus omitted is what the part
# costs.
OMIT_PREFIX = "apimodel-omit-"
PARTS = ["builder", "serialize", "deserialize", "metadata"]
FIELD_SIZES = [10, 25, 50, 100, 200]

CATEGORIES = [
    "Ats", "Hris", "HrisLegacy", "Crm", "Iam", "Marketing", "Lms", "Stackone", "Documents",
    "Ticketing", "Screening", "Messaging", "Accounting", "Scheduling",
]
MAP = "serde_json::Map<String, serde_json::Value>"
# `--as-user` / `--user-derives`: the derives a user writes anyway, put beside ours on every struct
# and enum of every variant (`plain` too), in the same `#[derive(..)]` line.
USER_DERIVES: list[str] = []
AS_USER_DERIVES = ["Debug", "Clone", "PartialEq"]


def log(msg: str) -> None:
    print(msg, flush=True)


# --------------------------------------------------------------------------- code generation


def derive_attrs(variant: str, is_struct: bool) -> list[str]:
    """The derive line and container attributes of a struct or enum (with USER_DERIVES first)."""
    lines = derive_attrs_own(variant, is_struct)
    if not USER_DERIVES:
        return lines
    if lines and lines[0].startswith("#[derive("):
        return [f"#[derive({', '.join(USER_DERIVES)}, {lines[0][len('#[derive('):]}"] + lines[1:]
    return [f"#[derive({', '.join(USER_DERIVES)})]"] + lines


def derive_attrs_own(variant: str, is_struct: bool) -> list[str]:
    if variant == "plain":
        return []
    if variant == "apimodel":
        return ["#[derive(apimodel::ApiModel)]"] + ([] if is_struct else ['#[api(rename_all = "kebab-case")]'])
    # A serde_derive model migrated: the derive swapped, its `#[serde]` lines kept.
    derives = ["apimodel::ApiModel"] if variant == "apimodel-serde" else ["serde::Serialize", "serde::Deserialize"]
    extra = ["#[api(serde_defaults)]"] if variant == "apimodel-serde" else []
    if is_struct:
        if variant == "serde-bon":
            derives.append("bon::Builder")
            extra.append("#[builder(on(String, into))]")
        elif variant == "serde-typed-builder":
            derives.append("typed_builder::TypedBuilder")
        elif variant == "serde-derive-builder":
            derives.append("derive_builder::Builder")
            extra.append('#[builder(pattern = "owned", setter(into))]')
        extra.append('#[serde(rename_all = "camelCase")]')
    else:
        extra.append('#[serde(rename_all = "kebab-case")]')
    return [f"#[derive({', '.join(derives)})]"] + extra


def field_attrs(variant: str, optional: bool) -> list[str]:
    """Per-field attributes: what each derive needs to match ApiModel's behaviour."""
    out = []
    if (variant.startswith("serde") or variant == "apimodel-serde") and optional:
        out.append('#[serde(default, skip_serializing_if = "Option::is_none")]')
    if variant == "serde-typed-builder":
        out.append("#[builder(default, setter(into, strip_option))]" if optional else "#[builder(setter(into))]")
    if variant == "serde-derive-builder" and optional:
        out.append("#[builder(default, setter(into, strip_option))]")
    return out


def gen_struct(variant: str, name: str, doc: str, fields: list[tuple[str, str, bool, str]]) -> str:
    """fields: (name, type, optional, doc)."""
    lines = [f"/// {doc}"] + derive_attrs(variant, True) + [f"pub struct {name} {{"]
    for fname, ty, optional, fdoc in fields:
        lines.append(f"    /// {fdoc}")
        lines += ["    " + a for a in field_attrs(variant, optional)]
        lines.append(f"    pub {fname}: {ty},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def gen_enum(variant: str, name: str, doc: str, variants: list[str]) -> str:
    lines = [f"/// {doc}"] + derive_attrs(variant, False) + [f"pub enum {name} {{"]
    for v in variants:
        lines.append(f"    /// The `{v}` category.")
        lines.append(f"    {v},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def gen_models(variant: str, n: int) -> str:
    """n models shaped like ConnectSessionCreate, each with its own category enum."""
    out = [f"//! {n} models shaped like ConnectSessionCreate ({LABELS[variant]}). Generated by bench/compile.py.\n"]
    for i in range(n):
        cat = f"ConnectSessionCreate{i}Categories"
        out.append(gen_enum(variant, cat, "The category of a provider.", CATEGORIES))
        out.append(gen_struct(variant, f"ConnectSessionCreate{i}", "The request body that creates a connect session.", [
            ("categories", f"Option<Vec<{cat}>>", True, "The categories of the provider to connect to"),
            ("expires_in", "Option<f64>", True, "How long the session should be valid for in seconds"),
            ("metadata", f"Option<{MAP}>", True, "The metadata for the connection"),
            ("origin_owner_id", "String", False, "The origin owner identifier"),
            ("origin_owner_name", "String", False, "The origin owner name"),
            ("origin_username", "Option<String>", True, "The origin username"),
            ("provider", "Option<String>", True, "The provider to connect to"),
        ]))
    return "\n".join(out)


def gen_structs(variant: str, n: int) -> str:
    """n structs of 7 fields sharing one 8-value enum: an SDK with many structs and few enums."""
    out = [f"//! {n} structs, one shared enum ({LABELS[variant]}). Generated by bench/compile.py.\n"]
    out.append(gen_enum(variant, "Category", "The category of a provider.", CATEGORIES[:8]))
    for i in range(n):
        out.append(gen_struct(variant, f"Resource{i}", "A resource of the API.", [
            ("id", "String", False, "The resource identifier"),
            ("name", "String", False, "The display name"),
            ("description", "Option<String>", True, "A longer description"),
            ("owner_email", "Option<String>", True, "Who to contact about it"),
            ("categories", "Option<Vec<Category>>", True, "The categories it belongs to"),
            ("score", "Option<f64>", True, "A relevance score"),
            ("labels", "Option<std::collections::BTreeMap<String, String>>", True, "Free-form labels"),
        ]))
    return "\n".join(out)


DOUBLE_OPTION = """
/// `serde_with::rust::double_option`, written out (no bench dependency on serde_with).
pub mod double_option {
    #[allow(clippy::ref_option, clippy::option_option)]
    pub fn serialize<S: serde::Serializer, T: serde::Serialize>(
        values: &Option<Option<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match values {
            None => serializer.serialize_unit(),
            Some(None) => serializer.serialize_none(),
            Some(Some(v)) => serializer.serialize_some(&v),
        }
    }

    #[allow(clippy::option_option)]
    pub fn deserialize<'de, T: serde::Deserialize<'de>, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        serde::Deserialize::deserialize(deserializer).map(Some)
    }
}
"""


def form_field_attrs(variant: str, kind: str) -> list[str]:
    """Per-field attributes of the forms suite: kind is plain, optional, tri or flatten."""
    if kind == "flatten":
        if variant == "apimodel":
            return ["#[api(flatten)]"]
        return ["#[serde(flatten)]"] if variant.startswith("serde") else []
    if kind == "tri" and variant.startswith("serde"):
        out = ['#[serde(default, skip_serializing_if = "Option::is_none", with = "crate::double_option")]']
        return out + field_attrs(variant, True)[1:]
    return field_attrs(variant, kind != "plain")


def gen_forms(variant: str, n: int) -> str:
    """n structs, each with a tri-state field and a flattened shared base model."""
    out = [f"//! {n} forms: tri-state and flatten ({LABELS[variant]}). Generated by bench/compile.py.\n"]
    if variant.startswith("serde"):
        out.append(DOUBLE_OPTION)
    out.append(gen_struct(variant, "Base", "Keys every resource shares.", [
        ("tenant_id", "String", False, "The tenant"),
        ("revision", "Option<u32>", True, "The revision"),
    ]))
    fields = [
        ("id", "String", "plain", "The form identifier"),
        ("title", "Option<String>", "optional", "The title"),
        ("note", "Option<Option<String>>", "tri", "A note: absent, null or a value"),
        ("base", "Base", "flatten", "The shared keys"),
    ]
    for i in range(n):
        lines = ["/// A form of the API."] + derive_attrs(variant, True) + [f"pub struct Form{i} {{"]
        for fname, ty, kind, fdoc in fields:
            lines.append(f"    /// {fdoc}")
            lines += ["    " + a for a in form_field_attrs(variant, kind)]
            lines.append(f"    pub {fname}: {ty},")
        lines.append("}")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


def wide_fields(n: int) -> list[tuple[str, str, bool, str]]:
    """n fields, every fifth required (a String), the others optional of four kinds."""
    kinds = ["Option<String>", "Option<f64>", "Option<bool>", "Option<Vec<String>>"]
    out = []
    for i in range(n):
        if i % 5 == 0:
            out.append((f"field_name_{i}", "String", False, f"Field {i} (required)."))
        else:
            out.append((f"field_name_{i}", kinds[i % 4], True, f"Field {i} (optional)."))
    return out


def gen_wide(variant: str, n: int) -> str:
    return (f"//! One struct of {n} fields ({LABELS[variant]}). Generated by bench/compile.py.\n\n"
            + gen_struct(variant, f"Wide{n}", f"A model with {n} fields.", wide_fields(n)))


def gen_realworld(variant: str) -> str:
    sys.path.insert(0, HERE)
    import convert  # noqa: E402  (bench/convert.py, stdlib only)

    mode = {"plain": "plain", "serde": "serde", "serde-bon": "serde-bon", "apimodel": "apimodel"}.get(variant)
    if mode is None:
        raise SystemExit(f"the realworld suite has no `{variant}` variant (plain, serde, serde-bon, apimodel)")
    return convert.convert(REFERENCE, mode, derives=USER_DERIVES, source=convert.REFERENCE)


def gen_corpus(variant: str, n: int) -> str:
    sys.path.insert(0, HERE)
    import corpus  # noqa: E402  (bench/corpus.py, stdlib only)

    return corpus.generate(variant, n, derives=USER_DERIVES)


# --------------------------------------------------------------------------- crates on disk

WRAPPER = r'''#!{python}
"""RUSTC_WRAPPER of bench/compile.py: times the rustc of the primary package, and its peak RSS."""
import os, sys, time
args = sys.argv[1:]
log = os.environ.get("APIMODEL_BENCH_LOG")
if not log or os.environ.get("CARGO_PRIMARY_PACKAGE") != "1" or "--crate-name" not in args:
    os.execvp(args[0], args)
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(args[0], args)
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
dt = time.perf_counter() - t0
with open(log, "a") as fh:
    fh.write("%.4f %d %s\n" % (dt, ru.ru_maxrss, os.environ.get("CARGO_CRATE_NAME", "?")))
sys.exit(os.waitstatus_to_exitcode(status))
'''


def snapshot_apimodel(workdir: str) -> str:
    """Copies this workspace's `core/` and `macros/` into the workdir and returns the copy's root.

    The benchmark depends on the copy, so that edits made to the project while a long run is
    going neither rebuild `apimodel` in the middle of a timed build nor mix two versions in one
    table. Files are only rewritten when they changed, so cargo's fingerprints stay valid.
    """
    dst = os.path.join(workdir, "apimodel-src")
    for sub in ("core", "macros"):
        src_dir = os.path.join(ROOT, sub)
        wanted = set()
        for dirpath, dirnames, filenames in os.walk(src_dir):
            dirnames[:] = [d for d in dirnames if d != "target"]
            for f in filenames:
                rel = os.path.relpath(os.path.join(dirpath, f), ROOT)
                wanted.add(rel)
                copy_if_changed(os.path.join(ROOT, rel), os.path.join(dst, rel))
        for dirpath, _, filenames in os.walk(os.path.join(dst, sub)):
            for f in filenames:
                rel = os.path.relpath(os.path.join(dirpath, f), dst)
                if rel not in wanted:
                    os.remove(os.path.join(dirpath, f))
    with open(os.path.join(ROOT, "Cargo.toml")) as fh:
        manifest = re.sub(r"members\s*=\s*\[[^\]]*\]", 'members = ["core", "macros"]', fh.read())
    write_if_changed(os.path.join(dst, "Cargo.toml"), manifest)
    copy_if_changed(os.path.join(ROOT, "Cargo.lock"), os.path.join(dst, "Cargo.lock"))
    return dst


def write_if_changed(path: str, text: str) -> None:
    if os.path.exists(path):
        with open(path) as fh:
            if fh.read() == text:
                return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(text)


def copy_if_changed(src: str, dst: str) -> None:
    with open(src, "rb") as fh:
        data = fh.read()
    if os.path.exists(dst):
        with open(dst, "rb") as fh:
            if fh.read() == data:
                return
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "wb") as fh:
        fh.write(data)


class Bench:
    def __init__(self, workdir: str):
        self.workdir = workdir
        os.makedirs(workdir, exist_ok=True)
        src = snapshot_apimodel(workdir)
        DEPS["apimodel"] = [f'apimodel = {{ path = "{os.path.join(src, "core")}" }}']
        for part in PARTS:
            # The derive reads `APIMODEL_BENCH_OMIT` only with its `bench-omit` feature.
            DEPS[OMIT_PREFIX + part] = DEPS["apimodel"] + [
                f'apimodel-macros = {{ path = "{os.path.join(src, "macros")}", features = ["bench-omit"] }}'
            ]
            LABELS[OMIT_PREFIX + part] = f"ApiModel without {part}"
        # Crates left by an earlier run may point at another copy: one `apimodel` per lockfile.
        crates = os.path.join(workdir, "apimodel", "crates")
        for crate in sorted(os.listdir(crates)) if os.path.isdir(crates) else []:
            manifest = os.path.join(crates, crate, "Cargo.toml")
            if os.path.exists(manifest):
                with open(manifest) as fh:
                    text = re.sub(r"^apimodel = .*$", lambda _: DEPS["apimodel"][0], fh.read(), flags=re.M)
                write_if_changed(manifest, text)
        for i, c in enumerate(COLD):
            if c[0] in ("apimodel", "apimodel-macros"):
                sub = "core" if c[0] == "apimodel" else "macros"
                COLD[i] = (c[0], c[1], f'{c[0]} = {{ path = "{os.path.join(src, sub)}" }}', c[3])
        self.wrapper = os.path.join(workdir, "rustc-wrapper.py")
        with open(self.wrapper, "w") as fh:
            fh.write(WRAPPER.replace("{python}", sys.executable))
        os.chmod(self.wrapper, 0o755)
        self.rustc_log = os.path.join(workdir, "rustc-log.txt")
        self.results: dict = {}
        self.skip_prebuild = False
        # `--user-timing` (part of `--as-user`): every crate a package of its own, built as a user
        # builds it: `touch src/lib.rs && cargo build -q` in its directory, no RUSTC_WRAPPER.
        self.user_timing = False
        self.tag = ""  # prefix of the results.json keys: which of the as-user parts are on

    def ws(self, variant: str) -> str:
        if self.user_timing:
            return os.path.join(self.workdir, "as-user", variant)
        return os.path.join(self.workdir, variant)

    def crate_dir(self, variant: str, crate: str) -> str:
        if self.user_timing:
            return os.path.join(self.ws(variant), crate)
        return os.path.join(self.ws(variant), "crates", crate)

    def env(self, variant: str, log_rustc: bool) -> dict:
        env = dict(os.environ)
        env["CARGO_INCREMENTAL"] = "0"
        env["CARGO_TARGET_DIR"] = os.path.join(self.ws(variant), "target")
        env["RUSTC_WRAPPER"] = self.wrapper
        env["CARGO_TERM_COLOR"] = "never"
        if self.user_timing:
            # What a user runs: no wrapper. The target dir is shared by the crates of one variant
            # (each its own package and workspace) so that the dependencies are built once.
            del env["RUSTC_WRAPPER"]
        env.pop("APIMODEL_BENCH_LOG", None)
        env.pop("APIMODEL_BENCH_OMIT", None)
        if variant.startswith(OMIT_PREFIX):
            env["APIMODEL_BENCH_OMIT"] = variant[len(OMIT_PREFIX):]
        if log_rustc:
            env["APIMODEL_BENCH_LOG"] = self.rustc_log
        return env

    def write_crate(self, variant: str, crate: str, source: str) -> str:
        """Writes <workdir>/<variant>/crates/<crate>; returns the path of its lib.rs.

        With user_timing: <workdir>/as-user/<variant>/<crate>, a package that is its own workspace.
        """
        ws = self.ws(variant)
        os.makedirs(ws if self.user_timing else os.path.join(ws, "crates"), exist_ok=True)
        manifest = os.path.join(ws, "Cargo.toml")
        if self.user_timing:
            pass
        elif not os.path.exists(manifest):
            # Its own workspace (not a member of the apimodel one), seeded with the apimodel
            # lockfile so that serde & co. resolve to the versions the project uses.
            with open(manifest, "w") as fh:
                fh.write('[workspace]\nresolver = "3"\nmembers = ["crates/*"]\n')
            lock = os.path.join(ROOT, "Cargo.lock")
            if os.path.exists(lock) and not os.path.exists(os.path.join(ws, "Cargo.lock")):
                shutil.copy(lock, os.path.join(ws, "Cargo.lock"))
        cdir = self.crate_dir(variant, crate)
        os.makedirs(os.path.join(cdir, "src"), exist_ok=True)
        deps = "\n".join(COMMON_DEPS + DEPS[variant])
        own_ws = "[workspace]\n\n" if self.user_timing else ""
        if self.user_timing:
            lock = os.path.join(ROOT, "Cargo.lock")
            if os.path.exists(lock) and not os.path.exists(os.path.join(cdir, "Cargo.lock")):
                shutil.copy(lock, os.path.join(cdir, "Cargo.lock"))
        write_if_changed(os.path.join(cdir, "Cargo.toml"),
                         f'[package]\nname = "{crate}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
                         f"{own_ws}[lib]\npath = \"src/lib.rs\"\n\n[dependencies]\n{deps}\n")
        lib = os.path.join(cdir, "src", "lib.rs")
        old = open(lib).read() if os.path.exists(lib) else None
        if old != source:
            with open(lib, "w") as fh:
                fh.write(source)
        return lib

    def cargo(self, variant: str, mode: str, crate: str, log_rustc: bool = False, quiet: bool = True,
              touch: bool = False):
        """Runs cargo; returns (wall seconds, CPU seconds of the command and its children,
        peak RSS in MB of its largest process)."""
        if self.user_timing:
            # The whole command a user types, `touch` included, timed from outside.
            cwd = self.crate_dir(variant, crate)
            line = f"cargo {mode}" + (" -q" if quiet else "")
            cmd = ["sh", "-c", ("touch src/lib.rs && " if touch else "") + line]
        else:
            cwd = self.ws(variant)
            cmd = ["cargo", mode, "-p", crate, "--lib"] + (["-q"] if quiet else [])
        import tempfile
        with tempfile.TemporaryFile(mode="w+") as out:
            t0 = time.perf_counter()
            p = subprocess.Popen(cmd, cwd=cwd, env=self.env(variant, log_rustc), stdout=out,
                                 stderr=subprocess.STDOUT, text=True)
            _, status, ru = os.wait4(p.pid, 0)
            dt = time.perf_counter() - t0
            p.returncode = os.waitstatus_to_exitcode(status)
            if p.returncode != 0:
                out.seek(0)
                sys.stderr.write(out.read()[-6000:])
                raise SystemExit(f"`{' '.join(cmd)}` failed in {cwd}")
        return dt, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0

    def timed(self, variant: str, mode: str, crate: str, lib: str) -> dict:
        """One measured build of `crate` alone: touch, build, read the wrapper's record."""
        load = os.getloadavg()[0]
        if self.user_timing:
            t0 = time.time()
            wall, cpu, rss = self.cargo(variant, mode, crate, touch=True)
            deps = os.path.join(self.ws(variant), "target", "debug", "deps")
            if not any(f.startswith(f"lib{crate}-") and os.path.getmtime(os.path.join(deps, f)) >= t0 - 1
                       for f in os.listdir(deps)):
                raise SystemExit(f"{variant}/{crate}: cargo did not rebuild the crate (touch not seen?)")
            return {"cargo": wall, "cpu": cpu, "rss_mb": rss, "load": load}
        if os.path.exists(self.rustc_log):
            os.remove(self.rustc_log)
        os.utime(lib, None)
        wall, cpu, _ = self.cargo(variant, mode, crate, log_rustc=True)
        recs = []
        if os.path.exists(self.rustc_log):
            with open(self.rustc_log) as fh:
                recs = [l.split() for l in fh if l.strip()]
        if not recs:
            raise SystemExit(f"{variant}/{crate}: cargo did not rebuild the crate (touch not seen?)")
        rustc = sum(float(r[0]) for r in recs)
        rss = max(int(r[1]) for r in recs) / 1024.0
        return {"cargo": wall, "rustc": rustc, "rss_mb": rss, "cpu": cpu, "load": load}

    def run_matrix(self, title: str, key: str, jobs: list[tuple[str, str, str]], modes: list[str], rounds: int):
        """jobs: (variant, crate, source). Prebuilds, then `rounds` interleaved rounds per mode."""
        libs = {}
        for variant, crate, source in jobs:
            libs[(variant, crate)] = self.write_crate(variant, crate, source)
        samples: dict = {}
        for mode in modes:
            log(f"\n== {title}: prebuilding dependencies ({mode}) ==")
            for variant, crate, _ in [] if self.skip_prebuild else jobs:
                t, _, _ = self.cargo(variant, mode, crate, quiet=False)
                log(f"  {variant:22} {crate:14} warm-up {mode} {t:7.2f} s")
            for r in range(rounds):
                order = jobs[r % len(jobs):] + jobs[:r % len(jobs)]
                log(f"-- {title}: round {r + 1}/{rounds} ({mode}) --")
                for variant, crate, _ in order:
                    s = self.timed(variant, mode, crate, libs[(variant, crate)])
                    samples.setdefault(mode, {}).setdefault(crate, {}).setdefault(variant, []).append(s)
                    rustc = f"rustc {s['rustc']:7.2f} s" if s.get("rustc") is not None else "(whole command)"
                    log(f"  {variant:22} {crate:14} cargo {s['cargo']:7.2f} s  {rustc}  cpu {s['cpu']:7.2f} s"
                        f"  peak {s['rss_mb']:5.0f} MB  load {s['load']:.2f}")
        key = f"{self.tag}/{key}" if self.tag else key
        self.results.setdefault(key, {}).update(samples)  # keep the other mode of an earlier run
        self.save()
        return samples

    def save(self) -> None:
        with open(os.path.join(self.workdir, "results.json"), "w") as fh:
            json.dump(self.results, fh, indent=1, sort_keys=True)


# --------------------------------------------------------------------------- reports


def med(xs: list[float]) -> float:
    return statistics.median(xs)


def table_variants(samples: dict, crate: str, variants: list[str], mode: str) -> str:
    """Markdown table: one row per variant of one crate in one mode.

    `cargo` is the wall time of the command; `rustc` (absent with --user-timing) that of the
    crate's rustc process; `cpu` (runs since issue 20) the user + system CPU time of the command
    and its children, less sensitive than wall time to other processes on the machine."""
    s = samples[mode][crate]
    keys = ("cargo", "rustc", "rss_mb", "cpu")
    m = {v: {k: med([x[k] for x in s[v]]) for k in keys if all(x.get(k) is not None for x in s[v])}
         for v in variants if v in s}
    base = m.get("plain", {}).get("cargo")
    has_cpu = all("cpu" in m[v] for v in m)
    fmt = lambda v, k, unit: f"{m[v][k]:.2f} {unit}" if k in m[v] else "—"
    rows = ["| variant | cargo (median) | min–max | rustc | net of no-derive | vs serde_derive | vs serde_derive+bon | rustc peak RSS |"
            + (" CPU (median) |" if has_cpu else ""),
            "|---|---:|---:|---:|---:|---:|---:|---:|" + ("---:|" if has_cpu else "")]
    for v in variants:
        if v not in m:
            continue
        xs = [x["cargo"] for x in s[v]]
        net = f"{m[v]['cargo'] - base:.2f} s" if base is not None and v != "plain" else "—"
        vs = lambda ref: f"{m[v]['cargo'] / m[ref]['cargo']:.2f}×" if ref in m else "—"
        rows.append(f"| {LABELS[v]} | {m[v]['cargo']:.2f} s | {min(xs):.2f}–{max(xs):.2f} | {fmt(v, 'rustc', 's')}"
                    f" | {net} | {vs('serde')} | {vs('serde-bon')} | {m[v]['rss_mb']:.0f} MB |"
                    + (f" {m[v]['cpu']:.2f} s |" if has_cpu else ""))
    paired = []
    for ref in ("serde", "serde-bon"):
        if "apimodel" in s and ref in s and ref != "apimodel":
            rs = [a["cargo"] / b["cargo"] for a, b in zip(s["apimodel"], s[ref])]
            line = f"{med(rs):.2f}× {LABELS[ref]} (per round: {', '.join(f'{r:.2f}' for r in rs)})"
            if has_cpu:
                cs = [a["cpu"] / b["cpu"] for a, b in zip(s["apimodel"], s[ref])]
                line += f", CPU time {med(cs):.2f}× (per round: {', '.join(f'{r:.2f}' for r in cs)})"
            paired.append(line)
    if paired:
        rows.append("")
        rows.append("Paired ratios (ApiModel / reference built in the same round, median over rounds): "
                    + "; ".join(paired))
    if "plain" in m:
        rows.append("")
        rows.append("Net ratios (cost above no-derive): " + ", ".join(
            f"{LABELS[v]} {((m[v]['cargo'] - base) / (m[r]['cargo'] - base)):.2f}× {LABELS[r]}"
            for v in variants if v == "apimodel" and v in m
            for r in ("serde", "serde-bon") if r in m and m[r]['cargo'] > base))
    loads = [x["load"] for v in s for x in s[v] if x.get("load") is not None]
    if loads:
        rows.append("")
        rows.append(f"Load average (1 min) before each timed build: {min(loads):.2f}–{max(loads):.2f}"
                    f" (median {med(loads):.2f}).")
    return "\n".join(rows)


def report_fields(samples: dict, variants: list[str], mode: str) -> str:
    rows = ["| fields | " + " | ".join(LABELS[v] for v in variants) + " |",
            "|---:|" + "---:|" * len(variants)]
    m = {}
    for n in FIELD_SIZES:
        crate = f"fields_{n}"
        if crate not in samples.get(mode, {}):
            continue
        m[n] = {v: med([x["cargo"] for x in samples[mode][crate][v]]) for v in variants
                if v in samples[mode][crate]}
        rows.append(f"| {n} | " + " | ".join(f"{m[n][v]:.2f} s" if v in m[n] else "—" for v in variants) + " |")
    lo, hi = min(m), max(m)
    rows.append(f"| {hi}/{lo} total | " + " | ".join(
        f"{m[hi][v] / m[lo][v]:.1f}×" if v in m[hi] and v in m[lo] else "—" for v in variants) + " |")
    if all("plain" in m[n] for n in m):
        def net(n, v):
            return m[n][v] - m[n]["plain"]
        rows.append(f"| {hi}/{lo} net of no-derive | " + " | ".join(
            (f"{net(hi, v) / net(lo, v):.1f}×" if net(lo, v) > 0.005 else "n/a") if v != "plain" and v in m[hi] else "—"
            for v in variants) + " |")
    return "\n".join(rows)


# --------------------------------------------------------------------------- suites


def suite_models(b: Bench, args) -> None:
    crate = f"models_{args.models}"
    jobs = [(v, crate, gen_models(v, args.models)) for v in args.variants]
    samples = b.run_matrix(f"{args.models} models", "models", jobs, args.modes, args.rounds)
    for mode in args.modes:
        log(f"\n### {args.models} models, `cargo {mode}` (median of {args.rounds})\n")
        log(table_variants(samples, crate, args.variants, mode))


def suite_structs(b: Bench, args) -> None:
    crate = f"structs_{args.models}"
    jobs = [(v, crate, gen_structs(v, args.models)) for v in args.variants]
    samples = b.run_matrix(f"{args.models} structs", "models", jobs, args.modes, args.rounds)
    for mode in args.modes:
        log(f"\n### {args.models} structs, one shared enum, `cargo {mode}` (median of {args.rounds})\n")
        log(table_variants(samples, crate, args.variants, mode))


def suite_parts(b: Bench, args) -> None:
    """Where ApiModel's compile time goes: the structs suite's crate with each part left out."""
    crate = f"structs_{args.models}"
    variants = ["plain", "apimodel"] + [OMIT_PREFIX + p for p in PARTS]
    jobs = [(v, crate, gen_structs("plain" if v == "plain" else "apimodel", args.models)) for v in variants]
    samples = b.run_matrix(f"{args.models} structs by part", "parts", jobs, args.modes, args.rounds)
    metric = "cargo" if b.user_timing else "rustc"
    for mode in args.modes:
        s = samples[mode][crate]
        full = med([x[metric] for x in s["apimodel"]])
        plain = med([x[metric] for x in s["plain"]])
        log(f"\n### Where the time goes: {args.models} structs, `cargo {mode}`, {metric} time (median of {args.rounds})\n")
        log("| part | rustc without it | the part costs | share of ApiModel's cost (net of no-derive) |")
        log("|---|---:|---:|---:|")
        log(f"| (everything) | {full:.2f} s | {full - plain:.2f} s | 100 % |")
        for p in PARTS:
            without = med([x[metric] for x in s[OMIT_PREFIX + p]])
            log(f"| {p} | {without:.2f} s | {full - without:.2f} s | {100 * (full - without) / (full - plain):.0f} % |")
        log(f"| (no derive) | {plain:.2f} s | | |")


def suite_forms(b: Bench, args) -> None:
    crate = f"forms_{args.models}"
    jobs = [(v, crate, gen_forms(v, args.models)) for v in args.variants]
    samples = b.run_matrix(f"{args.models} forms", "models", jobs, args.modes, args.rounds)
    for mode in args.modes:
        log(f"\n### {args.models} forms (tri-state + flatten), `cargo {mode}` (median of {args.rounds})\n")
        log(table_variants(samples, crate, args.variants, mode))


def suite_fields(b: Bench, args) -> None:
    variants = [v for v in args.variants if v in ("plain", "serde", "serde-bon", "apimodel")] \
        if args.variants_given is None else args.variants
    jobs = [(v, f"fields_{n}", gen_wide(v, n)) for n in FIELD_SIZES for v in variants]
    samples = b.run_matrix("scaling series", "fields", jobs, args.modes, args.rounds)
    for mode in args.modes:
        log(f"\n### One struct of N fields, `cargo {mode}` (median of {args.rounds})\n")
        log(report_fields(samples, variants, mode))


def suite_corpus(b: Bench, args) -> None:
    """bench/corpus.py's SDK-shaped corpus (default 1,500 types)."""
    n = args.corpus_types
    variants = [v for v in args.variants if v in ("plain", "serde", "serde-bon", "apimodel")]
    crate = f"corpus_{n}"
    jobs = [(v, crate, gen_corpus(v, n)) for v in variants]
    samples = b.run_matrix(f"corpus of {n} types", "corpus", jobs, args.modes, args.rounds)
    for mode in args.modes:
        log(f"\n### Corpus: {n} SDK-shaped types (bench/corpus.py), `cargo {mode}` (median of {args.rounds})\n")
        log(table_variants(samples, crate, variants, mode))


def suite_realworld(b: Bench, args) -> None:
    variants = [v for v in args.variants if v in ("plain", "serde", "serde-bon", "apimodel")]
    jobs = [(v, "realworld", gen_realworld(v)) for v in variants]
    samples = b.run_matrix("real-world set", "realworld", jobs, args.modes, args.rounds)
    for mode in args.modes:
        log(f"\n### StackOne SDK 2023-11: 156 models + 48 enums, `cargo {mode}` (median of {args.rounds})\n")
        log(table_variants(samples, "realworld", variants, mode))


COLD = [
    # (key, label, dependency line, package to build; None: the whole scratch crate)
    ("apimodel-macros", "apimodel-macros", f'apimodel-macros = {{ path = "{os.path.join(ROOT, "macros")}" }}',
     "apimodel-macros"),
    ("serde_derive", "serde_derive", 'serde_derive = "1"', "serde_derive"),
    ("bon-macros", "bon-macros", 'bon = "3"', "bon-macros"),
    ("apimodel", "apimodel (runtime + macros + serde + serde_json)",
     f'apimodel = {{ path = "{os.path.join(ROOT, "core")}" }}', None),
    ("serde+derive", "serde + serde_derive + serde_json",
     'serde = { version = "1", features = ["derive"] }\nserde_json = "1"', None),
]


def suite_cold(b: Bench, args) -> None:
    """Cold `cargo build -p <macro crate>`: a fresh target dir every round, registry already fetched."""
    entries = COLD if args.cold is None else [c for c in COLD if c[0] in args.cold]
    for key, _, dep, _ in entries:
        ws = os.path.join(b.workdir, "cold", key)
        os.makedirs(os.path.join(ws, "src"), exist_ok=True)
        with open(os.path.join(ws, "Cargo.toml"), "w") as fh:
            fh.write(f'[package]\nname = "cold-{key.replace("+", "-")}"\nversion = "0.0.0"\nedition = "2024"\n'
                     f'publish = false\n\n[workspace]\n\n[dependencies]\n{dep}\n')
        with open(os.path.join(ws, "src", "lib.rs"), "w") as fh:
            fh.write("")
        lock = os.path.join(ROOT, "Cargo.lock")
        if not os.path.exists(os.path.join(ws, "Cargo.lock")):
            shutil.copy(lock, os.path.join(ws, "Cargo.lock"))
        subprocess.run(["cargo", "fetch", "-q"], cwd=ws, check=True)
    samples: dict = {}
    log("\n== cold builds of the macro crates (fresh target dir each round) ==")
    for r in range(args.rounds):
        order = entries[r % len(entries):] + entries[:r % len(entries)]
        log(f"-- cold: round {r + 1}/{args.rounds} --")
        for key, _, _, pkg in order:
            ws = os.path.join(b.workdir, "cold", key)
            target = os.path.join(ws, "target")
            shutil.rmtree(target, ignore_errors=True)
            env = dict(os.environ, CARGO_TARGET_DIR=target, CARGO_INCREMENTAL="0")
            t0 = time.perf_counter()
            subprocess.run(["cargo", "build", "-q"] + (["-p", pkg] if pkg else []), cwd=ws, env=env, check=True)
            dt = time.perf_counter() - t0
            samples.setdefault(key, []).append(dt)
            log(f"  {key:18} {dt:7.2f} s")
    b.results["cold"] = samples
    b.save()
    log(f"\n### Cold `cargo build -p <crate>` with its dependencies (median of {args.rounds})\n")
    log("| crate | median | min–max | vs serde_derive |\n|---|---:|---:|---:|")
    ref = med(samples["serde_derive"]) if "serde_derive" in samples else None
    for key, label, _, _ in entries:
        xs = samples[key]
        vs = f"{med(xs) / ref:.2f}×" if ref else "—"
        log(f"| {label} | {med(xs):.2f} s | {min(xs):.2f}–{max(xs):.2f} | {vs} |")


TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d[\w.]*|'[a-z_]+|\"(?:[^\"\\]|\\.)*\"|::|->|=>|[^\s\w]")


def suite_size(b: Bench, args) -> None:
    """Lines and tokens of the expanded crate, per model, net of the no-derive crate."""
    n = args.models
    crate = f"models_{n}"
    sizes = {}
    b.user_timing = False  # expands through the shared workspaces
    for v in args.variants:
        b.write_crate(v, crate, gen_models(v, n))
        env = b.env(v, log_rustc=False)
        env["RUSTC_BOOTSTRAP"] = "1"
        # `--profile check`: reuses the dependencies that `cargo check` built (metadata only).
        p = subprocess.run(["cargo", "rustc", "-q", "--profile", "check", "-p", crate, "--lib", "--",
                            "-Zunpretty=expanded"],
                           cwd=b.ws(v), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            sys.stderr.write(p.stderr[-4000:])
            raise SystemExit(f"expansion of {v} failed")
        text = p.stdout
        lines = sum(1 for l in text.splitlines() if l.strip())
        tokens = len(TOKEN.findall(text))
        sizes[v] = {"lines": lines, "tokens": tokens, "bytes": len(text)}
        log(f"  {v:22} {lines:8} lines {tokens:9} tokens")
    b.results["size"] = {"models": n, "sizes": sizes}
    b.save()
    base = sizes.get("plain")
    log(f"\n### Expanded code per model (`-Zunpretty=expanded` of {n} models, net of no-derive)\n")
    log("| variant | lines / model | tokens / model | tokens vs serde_derive |\n|---|---:|---:|---:|")
    for v in args.variants:
        if v == "plain" or base is None:
            continue
        lpm = (sizes[v]["lines"] - base["lines"]) / n
        tpm = (sizes[v]["tokens"] - base["tokens"]) / n
        ref = (sizes["serde"]["tokens"] - base["tokens"]) / n if "serde" in sizes else None
        log(f"| {LABELS[v]} | {lpm:.0f} | {tpm:.0f} | {tpm / ref:.2f}× |" if ref else f"| {LABELS[v]} | {lpm:.0f} | {tpm:.0f} | — |")


def report(args) -> None:
    """The tables of an earlier run, from results.json."""
    with open(os.path.join(args.workdir, "results.json")) as fh:
        res = json.load(fh)
    m = res.get("machine", {})
    log(f"machine: {m.get('nproc')} CPUs ({m.get('cpu')}); {m.get('rustc')}")
    variants = [v for v in ALL_VARIANTS if v in args.variants]
    tags = sorted({k.split("/")[0] for k in res if "/" in k})
    for tag in [""] + tags:
        if tag:
            log(f"\n## {tag} (`--{tag}`)")
        pre = f"{tag}/" if tag else ""
        report_keys({k[len(pre):]: v for k, v in res.items() if (k.startswith(pre) if tag else "/" not in k)},
                    variants)
    if "cold" in res:
        samples = res["cold"]
        log("\n### Cold `cargo build -p <crate>` with its dependencies\n")
        log("| crate | median | min–max | vs serde_derive |\n|---|---:|---:|---:|")
        ref = med(samples["serde_derive"]) if "serde_derive" in samples else None
        for key, label, _, _ in COLD:
            if key in samples:
                xs = samples[key]
                vs = f"{med(xs) / ref:.2f}×" if ref else "—"
                log(f"| {label} | {med(xs):.2f} s | {min(xs):.2f}–{max(xs):.2f} | {vs} |")


def report_keys(res: dict, variants: list[str]) -> None:
    for mode, crates in sorted(res.get("models", {}).items()):
        for crate in sorted(crates):
            n = len(next(iter(crates[crate].values())))
            kind, count = crate.split('_')
            log(f"\n### {count} {kind}, `cargo {mode}` (median of {n})\n")
            log(table_variants(res["models"], crate, [v for v in variants if v in crates[crate]], mode))
    for mode, crates in sorted(res.get("corpus", {}).items()):
        for crate in sorted(crates):
            n = len(next(iter(crates[crate].values())))
            log(f"\n### Corpus: {crate.split('_')[1]} SDK-shaped types, `cargo {mode}` (median of {n})\n")
            log(table_variants(res["corpus"], crate, [v for v in variants if v in crates[crate]], mode))
    for mode, crates in sorted(res.get("realworld", {}).items()):
        n = len(next(iter(crates["realworld"].values())))
        log(f"\n### StackOne SDK 2023-11: 156 models + 48 enums, `cargo {mode}` (median of {n})\n")
        log(table_variants(res["realworld"], "realworld", [v for v in variants if v in crates["realworld"]], mode))
    for mode, crates in sorted(res.get("fields", {}).items()):
        vs = [v for v in variants if any(v in c for c in crates.values())]
        log(f"\n### One struct of N fields, `cargo {mode}`\n")
        log(report_fields(res["fields"], vs, mode))


SUITES = {"structs": suite_structs, "parts": suite_parts, "models": suite_models, "forms": suite_forms, "fields": suite_fields, "realworld": suite_realworld,
          "corpus": suite_corpus, "cold": suite_cold, "size": suite_size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--suite", default="structs", help="structs,parts,models,forms,fields,realworld,corpus,cold,size or all (default: structs)")
    ap.add_argument("--models", type=int, default=300, help="number of generated models (default 300)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds per variant (default 3)")
    ap.add_argument("--variants", help="comma-separated, default: all six (" + ",".join(ALL_VARIANTS) + ")")
    ap.add_argument("--mode", default="both", choices=["build", "check", "both"], help="default: both")
    ap.add_argument("--cold", help="cold suite entries: " + ",".join(c[0] for c in COLD))
    ap.add_argument("--workdir", default=os.path.join(HERE, "target-compile"),
                    help="where the crates and target dirs go (default bench/target-compile, gitignored)")
    ap.add_argument("--report", action="store_true",
                    help="print the tables of <workdir>/results.json again, without building anything")
    ap.add_argument("--skip-prebuild", action="store_true",
                    help="no warm-up build (only when an earlier run built the same crates and deps)")
    ap.add_argument("--corpus-types", type=int, default=1500, help="types in the corpus suite (default 1500)")
    ap.add_argument("--as-user", action="store_true",
                    help="measure as a user does: --user-derives and --user-timing together")
    ap.add_argument("--user-derives", action="store_true",
                    help="put `Debug, Clone, PartialEq` beside the derive of every variant (plain too)")
    ap.add_argument("--user-timing", action="store_true",
                    help="each crate its own package, timed as `touch src/lib.rs && cargo build -q` "
                         "(or check) in its directory, whole command, no RUSTC_WRAPPER (no rustc column)")
    args = ap.parse_args()
    # Crates name the snapshot of apimodel by path, from their own directories.
    args.workdir = os.path.abspath(args.workdir)
    if args.as_user:
        args.user_derives = args.user_timing = True
    args.variants_given = args.variants
    args.variants = args.variants.split(",") if args.variants else list(ALL_VARIANTS)
    for v in args.variants:
        if v not in ALL_VARIANTS:
            raise SystemExit(f"unknown variant `{v}`; expected one of {', '.join(ALL_VARIANTS)}")
    args.modes = ["build", "check"] if args.mode == "both" else [args.mode]
    args.cold = args.cold.split(",") if args.cold else None
    suites = list(SUITES) if args.suite == "all" else args.suite.split(",")
    for s in suites:
        if s not in SUITES:
            raise SystemExit(f"unknown suite `{s}`; expected one of {', '.join(SUITES)} or all")

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?") \
        if os.path.exists("/proc/cpuinfo") else "?"
    rustc = subprocess.run(["rustc", "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
    log(f"machine: {os.cpu_count()} CPUs ({cpu}); {rustc}; workdir {args.workdir}")
    if args.report:
        report(args)
        return
    b = Bench(args.workdir)
    b.skip_prebuild = args.skip_prebuild
    b.user_timing = args.user_timing
    if args.user_derives:
        USER_DERIVES[:] = AS_USER_DERIVES
    b.tag = {(True, True): "as-user", (True, False): "user-derives", (False, True): "user-timing"}.get(
        (args.user_derives, args.user_timing), "")
    if b.tag:
        log(f"as-user parts: {b.tag} (results.json keys `{b.tag}/...`)")
    old = os.path.join(args.workdir, "results.json")
    if os.path.exists(old):
        with open(old) as fh:
            b.results = json.load(fh)
    b.results["machine"] = {"nproc": os.cpu_count(), "cpu": cpu, "rustc": rustc}
    t0 = time.time()
    for s in suites:
        SUITES[s](b, args)
    log(f"\ndone in {time.time() - t0:.0f} s; raw samples in {os.path.join(args.workdir, 'results.json')}")


if __name__ == "__main__":
    main()
