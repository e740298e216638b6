//! The large realistic corpus: every serde model of an `OpenAI` SDK (`async-openai`'s Responses
//! API types, `tests/corpus/openai/`), copied by `tests/corpus/copy_models.py` with only the
//! derive swapped for `#[derive(ApiModel)] #[api(serde_defaults)]`, read and written against the
//! crate itself, which is the oracle: serde_derive with the same attributes.
//!
//! For each model, random documents (a seeded PRNG: the same documents on every run) are made
//! from the copy's metadata table — valid ones, then mutated: a key dropped, a value nulled or
//! of the wrong type, an unknown or duplicated key, another tag or variant, an array for an
//! object — and read by both types, from the text and from a `serde_json::Value`. They must
//! agree on every document: both reject it with the same message, or both accept it, write the
//! same JSON and the same postcard bytes, and read those postcard bytes back alike (a
//! `HashMap`'s entries compared in any order). Disagreements
//! are printed grouped by model and kind, and fail the test.
//!
//! `APIMODEL_CORPUS_DOCS` sets the documents per model (default 100), `APIMODEL_CORPUS_SEED`
//! the seed, for longer runs: `APIMODEL_CORPUS_DOCS=5000 cargo test -p apimodel-tests --test
//! test_corpus --release -- --nocapture`.
//!
//! A model `tests/corpus/copy_models.py` does not copy (its `EXCLUDE`, for one that does not
//! compile with the swapped derive; none at present) is the crate's own type in the copy; the
//! four the crate only serializes are copied but not compared. Both lists close
//! `tests/corpus/openai_types.rs`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use apimodel::ApiModel;
use apimodel::meta::{Field, Model, ModelKind, Role, Tagging, Type, VariantData};
use serde::Serialize;
use serde::de::DeserializeOwned;

#[path = "../corpus/openai/mod.rs"]
#[allow(
    missing_docs,
    dead_code,
    unused_imports,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    reason = "the SDK's source as published, not held to this workspace's lints"
)]
mod openai;

/// One model of the corpus: its name and the comparison of its two types.
struct Case {
    name: &'static str,
    model: &'static Model,
    check: fn(&str) -> Verdict,
}

impl Case {
    fn of<O, C>(name: &'static str) -> Case
    where
        O: Serialize + DeserializeOwned,
        C: Serialize + DeserializeOwned + ApiModel,
    {
        Case {
            name: name.trim_end_matches("::"),
            model: C::MODEL,
            check: compare::<O, C>,
        }
    }
}

/// `corpus! { responses::Response, … }`: the models of `tests/corpus/openai_types.rs`, each the
/// crate's `async_openai::types::…` against the copy's `openai::types::…`.
macro_rules! corpus {
    ($($($seg:ident)::+),* $(,)?) => {
        fn openai_cases() -> Vec<Case> {
            vec![$(
                Case::of::<async_openai::types::$($seg)::+, openai::types::$($seg)::+>(
                    concat!($(stringify!($seg), "::"),+),
                ),
            )*]
        }
    };
}

include!("../corpus/openai_types.rs");

/// The project's own models and their serde_derive mirrors (`apimodel_tests::mirror`): the
/// same harness on pairs known to agree, so that a harness that cannot see a difference is
/// noticed by `harness_sees_a_difference` rather than trusted.
fn mirror_cases() -> Vec<Case> {
    use apimodel_tests::mirror::{self, shapes};
    vec![
        Case::of::<mirror::ConnectSessionCreate, apimodel::models::ConnectSessionCreate>(
            "ConnectSessionCreate",
        ),
        Case::of::<mirror::Account, shapes::Account>("Account"),
        Case::of::<mirror::Settings, shapes::Settings>("Settings"),
        Case::of::<mirror::Shape, shapes::Shape>("Shape"),
        Case::of::<mirror::Event, shapes::Event>("Event"),
        Case::of::<mirror::Payload, shapes::Payload>("Payload"),
        Case::of::<mirror::OneOrMany, shapes::OneOrMany>("OneOrMany"),
        Case::of::<mirror::Effort, shapes::Effort>("Effort"),
        Case::of::<mirror::Resource, shapes::Resource>("Resource"),
        Case::of::<mirror::Tagged, shapes::Tagged>("Tagged"),
        Case::of::<mirror::Patch, shapes::Patch>("Patch"),
        Case::of::<mirror::AccountId, shapes::AccountId>("AccountId"),
    ]
}

// ---------------------------------------------------------------------------------------------
// Comparing one document.

/// What a type made of a document: its JSON, or the error's message.
type Outcome = Result<String, String>;

/// How the two types fared on one document.
enum Verdict {
    /// Both accepted it and agree on everything after.
    Accepted,
    /// Both rejected it with the same message.
    Rejected,
    /// They differ: what, and each side's outcome.
    Differ {
        kind: &'static str,
        oracle: String,
        copy: String,
    },
}

fn json_outcome<T: Serialize>(read: Result<T, serde_json::Error>) -> Result<T, String> {
    read.map_err(|e| e.to_string())
}

fn to_json<T: Serialize>(value: &T) -> Outcome {
    serde_json::to_string(value).map_err(|e| format!("serialize: {e}"))
}

/// The same document through serde_json's `Value` deserializer (no positions in messages,
/// its own `deserialize_any` paths): `None` when both types agree.
fn from_value<O, C>(doc: &str) -> Option<Verdict>
where
    O: Serialize + DeserializeOwned,
    C: Serialize + DeserializeOwned,
{
    let value = serde_json::from_str::<serde_json::Value>(doc).ok()?;
    let (vo, vc) = (value_read::<O>(value.clone()), value_read::<C>(value));
    (vo != vc && !same_value(&vo, &vc)).then(|| differ("from_value", &vo, &vc))
}

fn value_read<T: Serialize + DeserializeOwned>(value: serde_json::Value) -> Outcome {
    match serde_json::from_value::<T>(value) {
        Ok(read) => to_json(&read),
        Err(e) => Err(e.to_string()),
    }
}

fn postcard_read<T: Serialize + DeserializeOwned>(bytes: &[u8]) -> Outcome {
    match postcard::from_bytes::<T>(bytes) {
        Ok(value) => to_json(&value),
        Err(e) => Err(e.to_string()),
    }
}

fn differ(kind: &'static str, oracle: &Outcome, copy: &Outcome) -> Verdict {
    let show = |o: &Outcome| match o {
        Ok(v) => format!("Ok {v}"),
        Err(e) => format!("Err {}", e.escape_debug()),
    };
    Verdict::Differ {
        kind,
        oracle: show(oracle),
        copy: show(copy),
    }
}

/// Reads `doc` as `O` (the crate's) and `C` (the copy) and compares everything after.
fn compare<O, C>(doc: &str) -> Verdict
where
    O: Serialize + DeserializeOwned,
    C: Serialize + DeserializeOwned,
{
    let oracle = json_outcome(serde_json::from_str::<O>(doc));
    let copy = json_outcome(serde_json::from_str::<C>(doc));
    let (o, c) = match (oracle, copy) {
        (Err(a), Err(b)) if a == b => {
            return from_value::<O, C>(doc).unwrap_or(Verdict::Rejected);
        }
        (Err(a), Err(b)) => return differ("error message", &Err(a), &Err(b)),
        (Err(a), Ok(c)) => return differ("accept/reject", &Err(a), &to_json(&c)),
        (Ok(o), Err(b)) => return differ("accept/reject", &to_json(&o), &Err(b)),
        (Ok(o), Ok(c)) => (o, c),
    };
    let (jo, jc) = (to_json(&o), to_json(&c));
    // A `HashMap` writes its entries in an order of its own, different in two maps of the same
    // entries: JSON that differs only in the order of some object's keys is the same value,
    // and then the postcard bytes are compared by what both types read from them.
    let ordered = jo == jc;
    if !ordered && !same_value(&jo, &jc) {
        return differ("json written", &jo, &jc);
    }
    if let Some(differs) = from_value::<O, C>(doc) {
        return differs;
    }
    let hex = |bytes: &Vec<u8>| {
        bytes.iter().fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
    };
    let po = postcard::to_allocvec(&o).map_err(|e| e.to_string());
    let pc = postcard::to_allocvec(&c).map_err(|e| e.to_string());
    match (&po, &pc) {
        (Ok(a), Ok(b)) if ordered && a != b => {
            return differ("postcard written", &Ok(hex(a)), &Ok(hex(b)));
        }
        (Ok(_), Ok(_)) => {}
        (Err(a), Err(b)) if a == b => {}
        _ => {
            return differ(
                "postcard written",
                &po.map(|b| hex(&b)),
                &pc.map(|b| hex(&b)),
            );
        }
    }
    for bytes in [po, pc].into_iter().flatten() {
        let (ro, rc) = (postcard_read::<O>(&bytes), postcard_read::<C>(&bytes));
        let agree = ro == rc || same_value(&ro, &rc);
        if !agree {
            return differ("postcard read", &ro, &rc);
        }
    }
    Verdict::Accepted
}

/// Two JSON texts hold the same value, objects compared without regard to key order.
fn same_value(a: &Outcome, b: &Outcome) -> bool {
    match (a, b) {
        (Ok(a), Ok(b)) => {
            let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).ok();
            parse(a).is_some() && parse(a) == parse(b)
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Documents.

/// splitmix64: small, seeded, the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// `0..n`.
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n as u64)).expect("below n")
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }
}

/// A JSON document as written, keys in order and possibly repeated.
#[derive(Clone)]
enum Doc {
    /// A literal written as is: `null`, `true`, a number.
    Raw(&'static str),
    Str(String),
    Arr(Vec<Doc>),
    Obj(Vec<(String, Doc)>),
}

impl Doc {
    fn write(&self, out: &mut String) {
        match self {
            Doc::Raw(raw) => out.push_str(raw),
            Doc::Str(s) => out.push_str(&serde_json::to_string(s).expect("a string")),
            Doc::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Doc::Obj(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::to_string(key).expect("a key"));
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

const INTEGERS: &[&str] = &[
    "0",
    "1",
    "2",
    "7",
    "42",
    "100",
    "255",
    "256",
    "65535",
    "65536",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "-1",
    "-128",
    "-129",
    "-2147483649",
];
const NUMBERS: &[&str] = &["0.5", "1.0", "-2.25", "3", "1e3", "0", "1e400"];
const STRINGS: &[&str] = &[
    "",
    "a",
    "id_123",
    "hello world",
    "é\u{1F600}",
    "line\nbreak",
    "\"q\"",
];
const DEPTH: usize = 4;

/// Makes valid documents of a model from its table, then mutates them.
struct Gen<'r> {
    rng: &'r mut Rng,
    /// Every wire string of the corpus (variants, tags): strings likely to be some enum's.
    words: &'r [&'static str],
}

impl Gen<'_> {
    fn string(&mut self) -> Doc {
        if self.rng.chance(40) && !self.words.is_empty() {
            Doc::Str(self.rng.word(self.words).to_owned())
        } else {
            Doc::Str(self.rng.word(STRINGS).to_owned())
        }
    }

    fn any(&mut self, depth: usize) -> Doc {
        match self.rng.below(if depth >= DEPTH { 4 } else { 6 }) {
            0 => Doc::Raw("null"),
            1 => Doc::Raw(self.rng.word(&["true", "false"])),
            2 => Doc::Raw(self.rng.word(INTEGERS)),
            3 => self.string(),
            4 => Doc::Arr(
                (0..self.rng.below(3))
                    .map(|_| self.any(depth + 1))
                    .collect(),
            ),
            _ => Doc::Obj(
                (0..self.rng.below(3))
                    .map(|_| {
                        let Doc::Str(key) = self.string() else {
                            unreachable!()
                        };
                        (key, self.any(depth + 1))
                    })
                    .collect(),
            ),
        }
    }

    fn ty(&mut self, ty: &Type, depth: usize) -> Doc {
        match ty {
            Type::String | Type::DateTime => self.string(),
            Type::Integer => Doc::Raw(if self.rng.chance(80) {
                self.rng.word(&INTEGERS[..7])
            } else {
                self.rng.word(INTEGERS)
            }),
            Type::Number => Doc::Raw(self.rng.word(NUMBERS)),
            Type::Boolean => Doc::Raw(self.rng.word(&["true", "false"])),
            Type::Any => self.any(depth),
            Type::Option(inner) => {
                if self.rng.chance(20) {
                    Doc::Raw("null")
                } else {
                    self.ty(inner, depth)
                }
            }
            Type::List(inner) => {
                let n = if depth >= DEPTH { 0 } else { self.rng.below(3) };
                Doc::Arr((0..n).map(|_| self.ty(inner, depth + 1)).collect())
            }
            Type::Map(inner) => {
                let n = if depth >= DEPTH { 0 } else { self.rng.below(3) };
                Doc::Obj(
                    (0..n)
                        .map(|i| (format!("k{i}"), self.ty(inner, depth + 1)))
                        .collect(),
                )
            }
            Type::Named {
                model: Some(model), ..
            } => self.model(model(), depth + 1),
            Type::Named { model: None, .. } => {
                if self.rng.chance(70) {
                    self.string()
                } else {
                    self.any(depth)
                }
            }
        }
    }

    /// The entries of a struct's (or struct variant's) fields, flattened ones merged in.
    fn fields(&mut self, fields: &[Field], depth: usize, out: &mut Vec<(String, Doc)>) {
        let shallow = depth >= DEPTH;
        for field in fields {
            let present = match field.role {
                Role::Required => true,
                Role::Optional | Role::Defaulted => !shallow && self.rng.chance(65),
                Role::Skipped => self.rng.chance(3),
                Role::Additional => {
                    for i in 0..self.rng.below(2) {
                        let value = self.any(depth + 1);
                        out.push((format!("extra{i}"), value));
                    }
                    false
                }
                Role::Flattened => {
                    let inner = field.kind.strip_option();
                    if matches!(field.kind, Type::Option(_)) && self.rng.chance(25) {
                        continue;
                    }
                    if let Doc::Obj(entries) = self.ty(inner, depth) {
                        out.extend(entries);
                    }
                    false
                }
            };
            if present {
                // A `with` module chooses its own wire form; a number as a string is the
                // commonest.
                let value = if field.with.is_some() && self.rng.chance(50) {
                    Doc::Str(self.rng.word(&INTEGERS[..7]).to_owned())
                } else {
                    self.ty(&field.kind, depth)
                };
                out.push((field.wire.to_owned(), value));
            }
        }
    }

    fn model(&mut self, model: &'static Model, depth: usize) -> Doc {
        match &model.kind {
            ModelKind::Struct { fields, .. } => {
                let mut out = Vec::new();
                self.fields(fields, depth, &mut out);
                Doc::Obj(out)
            }
            ModelKind::Newtype { inner, .. } => self.ty(inner, depth),
            ModelKind::Enum { variants, .. } => {
                if variants.is_empty() || self.rng.chance(5) {
                    self.string()
                } else {
                    Doc::Str(self.rng.pick(variants).wire.to_owned())
                }
            }
            ModelKind::Union { variants, tagging } => {
                if variants.is_empty() {
                    return self.any(depth);
                }
                let variant = self.rng.pick(variants);
                let content = match &variant.data {
                    VariantData::Unit => None,
                    VariantData::Newtype { inner, .. } => Some(self.ty(inner, depth)),
                    VariantData::Tuple(types) => Some(Doc::Arr(
                        types.iter().map(|t| self.ty(t, depth + 1)).collect(),
                    )),
                    VariantData::Struct(fields) => {
                        let mut out = Vec::new();
                        self.fields(fields, depth, &mut out);
                        Some(Doc::Obj(out))
                    }
                };
                let wire = Doc::Str(variant.wire.to_owned());
                if variant.untagged || matches!(tagging, Tagging::Untagged) {
                    return content.unwrap_or(Doc::Raw("null"));
                }
                match (tagging, content) {
                    (Tagging::Untagged, _) => unreachable!("returned above"),
                    (Tagging::External, None) => wire,
                    (Tagging::External, Some(content)) => {
                        Doc::Obj(vec![(variant.wire.to_owned(), content)])
                    }
                    (Tagging::Internal { tag }, content) => {
                        let mut entries = match content {
                            Some(Doc::Obj(entries)) => entries,
                            None => Vec::new(),
                            Some(other) => vec![("value".to_owned(), other)],
                        };
                        let at = if self.rng.chance(70) {
                            0
                        } else {
                            self.rng.below(entries.len() + 1)
                        };
                        entries.insert(at, ((*tag).to_owned(), wire));
                        Doc::Obj(entries)
                    }
                    (Tagging::Adjacent { tag, content: key }, content) => {
                        let mut entries = vec![((*tag).to_owned(), wire)];
                        if let Some(content) = content {
                            entries.push(((*key).to_owned(), content));
                        }
                        if self.rng.chance(20) {
                            entries.reverse();
                        }
                        Doc::Obj(entries)
                    }
                }
            }
        }
    }

    /// Changes one node of `doc` at random; the label says how.
    fn mutate(&mut self, doc: &mut Doc) -> &'static str {
        let mut nodes = 0;
        count(doc, &mut nodes);
        let target = self.rng.below(nodes);
        let mut seen = 0;
        self.mutate_at(doc, target, &mut seen).unwrap_or("none")
    }

    fn mutate_at(
        &mut self,
        doc: &mut Doc,
        target: usize,
        seen: &mut usize,
    ) -> Option<&'static str> {
        if *seen == target {
            return Some(self.mutate_node(doc));
        }
        *seen += 1;
        match doc {
            Doc::Arr(items) => items
                .iter_mut()
                .find_map(|d| self.mutate_at(d, target, seen)),
            Doc::Obj(entries) => entries
                .iter_mut()
                .find_map(|(_, d)| self.mutate_at(d, target, seen)),
            Doc::Raw(_) | Doc::Str(_) => None,
        }
    }

    fn mutate_node(&mut self, doc: &mut Doc) -> &'static str {
        match doc {
            Doc::Obj(entries) if !entries.is_empty() => match self.rng.below(7) {
                0 => {
                    let i = self.rng.below(entries.len());
                    entries.remove(i);
                    "key dropped"
                }
                1 => {
                    let i = self.rng.below(entries.len());
                    entries[i].1 = Doc::Raw("null");
                    "value nulled"
                }
                2 => {
                    let i = self.rng.below(entries.len());
                    entries[i].1 = self.any(DEPTH);
                    "value replaced"
                }
                3 => {
                    let value = self.any(DEPTH);
                    let at = self.rng.below(entries.len() + 1);
                    entries.insert(at, ("unknown_key".to_owned(), value));
                    "unknown key"
                }
                4 => {
                    let i = self.rng.below(entries.len());
                    let entry = entries[i].clone();
                    entries.push(entry);
                    "key duplicated"
                }
                5 => {
                    let values = entries.drain(..).map(|(_, v)| v).collect();
                    *doc = Doc::Arr(values);
                    "object as array"
                }
                _ => {
                    let i = self.rng.below(entries.len());
                    entries[i].1 = self.string();
                    "value as string"
                }
            },
            Doc::Str(_) => {
                *doc = if self.rng.chance(50) {
                    self.string()
                } else {
                    self.any(DEPTH)
                };
                "string changed"
            }
            Doc::Arr(items) if !items.is_empty() && self.rng.chance(50) => {
                items.pop();
                "array shortened"
            }
            _ => {
                *doc = self.any(DEPTH);
                "value replaced"
            }
        }
    }
}

fn count(doc: &Doc, n: &mut usize) {
    *n += 1;
    match doc {
        Doc::Arr(items) => items.iter().for_each(|d| count(d, n)),
        Doc::Obj(entries) => entries.iter().for_each(|(_, d)| count(d, n)),
        Doc::Raw(_) | Doc::Str(_) => {}
    }
}

/// Every wire string of these models and the models they reach.
fn words(cases: &[Case]) -> Vec<&'static str> {
    let roots: Vec<&'static Model> = cases.iter().map(|c| c.model).collect();
    let mut words: Vec<&'static str> = Vec::new();
    for model in Model::collect(&roots) {
        words.extend(model.variants().iter().map(|v| v.wire));
        words.extend(model.union_variants().iter().map(|v| v.wire));
    }
    words.sort_unstable();
    words.dedup();
    words
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).map_or(default, |v| {
        v.parse()
            .unwrap_or_else(|_| panic!("{name} is not a number: {v:?}"))
    })
}

/// FNV-1a of a model's name: its documents do not move when models are added.
fn name_seed(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// One disagreement, kept to be printed.
struct Disagreement {
    mutation: &'static str,
    doc: String,
    oracle: String,
    copy: String,
}

/// What a run found.
#[derive(Default)]
struct Report {
    accepted: usize,
    rejected: usize,
    /// Disagreements of a known cause, by cause.
    known: BTreeMap<&'static str, usize>,
    /// Per model and kind of disagreement, its count and first examples.
    found: BTreeMap<(&'static str, &'static str), (usize, Vec<Disagreement>)>,
    /// Models none of whose documents was accepted.
    never_accepted: Vec<&'static str>,
}

impl Report {
    fn disagreements(&self) -> usize {
        self.found.values().map(|(n, _)| n).sum()
    }

    fn print(&self, docs: u64) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} documents per model: {} accepted by both, {} rejected alike, {} of a known cause, {} disagreements",
            docs,
            self.accepted,
            self.rejected,
            self.known.values().sum::<usize>(),
            self.disagreements()
        );
        for (cause, n) in &self.known {
            let _ = writeln!(out, "  known, {n} documents: {cause}");
        }
        let mut by_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for ((_, kind), (n, _)) in &self.found {
            let e = by_kind.entry(kind).or_default();
            e.0 += n;
            e.1 += 1;
        }
        for (kind, (n, models)) in &by_kind {
            let _ = writeln!(out, "  {kind}: {n} documents in {models} models");
        }
        for ((model, kind), (n, examples)) in &self.found {
            let _ = writeln!(out, "\n{model}: {kind} ({n} documents)");
            for d in examples {
                let _ = writeln!(out, "  [{}] {}", d.mutation, d.doc);
                let _ = writeln!(out, "    oracle: {}", d.oracle);
                let _ = writeln!(out, "    copy:   {}", d.copy);
            }
        }
        if !self.never_accepted.is_empty() {
            let _ = writeln!(
                out,
                "\nno document accepted for: {}",
                self.never_accepted.join(", ")
            );
        }
        out
    }
}

/// A disagreement as a known cause sees it.
struct Seen<'a> {
    /// `Ok <json>` or `Err <message>`.
    oracle: &'a str,
    copy: &'a str,
}

impl Seen<'_> {
    /// Both sides' messages, without serde_json's ` at line L column C`.
    fn messages(&self) -> Option<(&str, &str)> {
        Some((
            without_position(self.oracle.strip_prefix("Err ")?),
            without_position(self.copy.strip_prefix("Err ")?),
        ))
    }
}

fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => &message[..at],
        _ => message,
    }
}

/// A cause of disagreement that is known and described: the run counts its documents apart.
struct Known {
    cause: &'static str,
    matches: fn(&Seen<'_>) -> bool,
}

/// Runs `docs` documents through every case; disagreements of a `known` cause are counted
/// apart.
fn run(cases: &[Case], docs: u64, seed: u64, known: &[Known]) -> Report {
    let words = words(cases);
    let mut report = Report::default();
    for case in cases {
        let mut rng = Rng(seed ^ name_seed(case.name));
        let mut accepted = 0;
        for i in 0..docs {
            let mut g = Gen {
                rng: &mut rng,
                words: &words,
            };
            let mut doc = g.model(case.model, 0);
            // One in four documents valid as made, the rest changed once or twice.
            let mutation = match i % 4 {
                0 => "as made",
                1 | 2 => g.mutate(&mut doc),
                _ => {
                    g.mutate(&mut doc);
                    g.mutate(&mut doc)
                }
            };
            let text = doc.text();
            match (case.check)(&text) {
                Verdict::Accepted => {
                    report.accepted += 1;
                    accepted += 1;
                }
                Verdict::Rejected => report.rejected += 1,
                Verdict::Differ { kind, oracle, copy } => {
                    let what = Seen {
                        oracle: &oracle,
                        copy: &copy,
                    };
                    if let Some(k) = known.iter().find(|k| (k.matches)(&what)) {
                        *report.known.entry(k.cause).or_default() += 1;
                        continue;
                    }
                    let (n, examples) = report.found.entry((case.name, kind)).or_default();
                    *n += 1;
                    if examples.len() < 3 {
                        examples.push(Disagreement {
                            mutation,
                            doc: text,
                            oracle,
                            copy,
                        });
                    }
                }
            }
        }
        if accepted == 0 {
            report.never_accepted.push(case.name);
        }
    }
    report
}

fn docs_per_model() -> u64 {
    env_number("APIMODEL_CORPUS_DOCS", 100)
}

const DEFAULT_SEED: u64 = 0x5eed;

fn seed() -> u64 {
    env_number("APIMODEL_CORPUS_SEED", DEFAULT_SEED)
}

#[test]
fn corpus_agrees_with_the_crate() {
    let cases = openai_cases();
    assert!(
        cases.len() >= 200,
        "only {} models in the corpus",
        cases.len()
    );
    let docs = docs_per_model();
    let report = run(&cases, docs, seed(), &[]);
    let text = report.print(docs);
    println!("{text}");
    assert_eq!(report.disagreements(), 0, "{text}");
    // The documents exercise both sides of every model: each has documents both accept, and
    // overall at least a quarter are accepted and a quarter rejected.
    assert!(report.never_accepted.is_empty(), "{text}");
    let total = report.accepted + report.rejected;
    assert!(
        report.accepted * 4 >= total && report.rejected * 4 >= total,
        "{text}"
    );
}

#[test]
fn mirrors_agree() {
    let docs = docs_per_model();
    let report = run(&mirror_cases(), docs, seed(), DOCUMENTED);
    let text = report.print(docs);
    println!("{text}");
    assert_eq!(report.disagreements(), 0, "{text}");
    assert!(report.never_accepted.is_empty(), "{text}");
    assert_eq!(report.known.len(), DOCUMENTED.len(), "{text}");
}

/// What the README documents of apimodel's own defaults (without `#[api(serde_defaults)]`).
/// Either way serde_derive's message is where the copy's starts.
const DOCUMENTED: &[Known] = &[
    Known {
        cause: "\"Untagged errors say why\": the variants' reasons follow serde_derive's message",
        matches: untagged_reasons,
    },
    Known {
        cause: "\"Unions\": an internally tagged object whose tag comes first is read in one \
                pass, its errors carry a position",
        matches: |seen| {
            seen.messages().is_some_and(|(o, c)| o == c)
                && !seen.oracle.contains(" at line ")
                && seen.copy.contains(" at line ")
        },
    },
];

fn untagged_reasons(seen: &Seen<'_>) -> bool {
    seen.messages().is_some_and(|(o, c)| {
        o.starts_with("data did not match any variant of untagged enum")
            && c.starts_with(&format!("{o}: "))
    })
}

/// The harness tells a difference: a model read against a mirror of another shape.
#[test]
fn harness_sees_a_difference() {
    use apimodel_tests::mirror::{self, shapes};
    let cases = [Case::of::<mirror::Owner, shapes::Account>(
        "Account against Owner",
    )];
    let report = run(&cases, 40, seed(), DOCUMENTED);
    assert!(report.disagreements() > 0, "{}", report.print(40));
    assert!(
        report
            .found
            .contains_key(&("Account against Owner", "accept/reject")),
        "{}",
        report.print(40)
    );
}
