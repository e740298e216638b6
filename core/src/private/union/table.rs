//! What a derived data enum tells the runtime: its variant table ([`DeUnion`]) and the shape of
//! each variant. The macro writes one impl per enum; every reader of `union` asks it.

use core::fmt;

use serde::de::{Deserializer, MapAccess, SeqAccess};

use crate::__private::de::Fields;

/// What a variant holds, with its Rust name (serde's messages name it).
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// `Variant`.
    Unit(&'static str),
    /// `Variant(T)`.
    Newtype(&'static str),
    /// `Variant(A, B, ..)`, with its number of fields.
    Tuple(&'static str, usize),
    /// `Variant { .. }`, with the wire keys of the fields it reads.
    Struct(&'static str, &'static [&'static str]),
    /// `Variant { .. }` with a `flatten` field, with the wire keys of its own fields: read
    /// from a map only, as serde's ([`DeUnion::flat`]).
    Flat(&'static str, &'static [&'static str]),
}

impl Shape {
    pub(super) fn name(self) -> &'static str {
        match self {
            Shape::Unit(name)
            | Shape::Newtype(name)
            | Shape::Tuple(name, _)
            | Shape::Struct(name, _)
            | Shape::Flat(name, _) => name,
        }
    }
}

/// How a data enum marks its variant on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tagging {
    /// serde's default: `{"variant": content}`.
    External,
    /// `tag`.
    Internal,
    /// `tag` + `content`.
    Adjacent,
    /// `untagged`.
    Untagged,
}

/// A struct variant's field aliases, each with its index in the variant's keys, and every name
/// its fields are read by (serde_derive's order).
pub type FieldAliases = (&'static [(&'static str, usize)], &'static [&'static str]);

/// What a derived data enum tells the shared visitors. Variant indices are declaration
/// indices; `untagged` variants come last.
pub trait DeUnion<'de>: Sized {
    /// The enum's name as serde_derive passes it to `deserialize_enum` (its `rename`).
    const NAME: &'static str;
    /// The enum's Rust name, which serde_derive's messages say (`enum E`, `struct variant E::V`).
    const TYPE_NAME: &'static str = Self::NAME;
    /// serde's `expecting = "..."`: what the messages say is expected instead of `enum Name`
    /// (`internally tagged enum Name`, `adjacently tagged enum Name`), and an untagged enum's
    /// whole message when no variant matched.
    const EXPECTING: Option<&'static str> = None;
    /// Wire names of the tagged variants, in declaration order.
    const VARIANTS: &'static [&'static str];
    /// Other names read as a variant (serde's `alias`), each with its index in `VARIANTS`.
    const ALIASES: &'static [(&'static str, usize)] = &[];
    /// Every name read, aliases included, in serde_derive's order (serde's `VARIANTS`): what
    /// `unknown variant` lists and `deserialize_enum` is told.
    const EXPECTED: &'static [&'static str] = Self::VARIANTS;
    /// The declaration index of each entry of `VARIANTS`, when they differ (a variant serde's
    /// `skip_deserializing` leaves out); empty otherwise.
    const INDICES: &'static [usize] = &[];
    /// Per variant (declaration order), the aliases of its struct fields (each with its index
    /// in the variant's keys) and every name its fields are read by, in serde_derive's order:
    /// empty when no struct variant has a field `alias`.
    const FIELD_ALIASES: &'static [FieldAliases] = &[];
    /// The declaration index of the first `untagged` variant.
    const UNTAGGED_FROM: usize = Self::VARIANTS.len();
    /// `#[api(serde_defaults)]`: serde_derive's behaviour where apimodel's differs on purpose —
    /// an internally tagged object is buffered before it is read even when its tag comes first
    /// (so that errors carry serde's positions), and an untagged enum's error does not say why
    /// each variant refused the input.
    const SERDE: bool = false;
    /// Every variant's shape, in declaration order.
    const SHAPES: &'static [Shape];
    /// How the variant is marked.
    const TAGGING: Tagging = Tagging::External;
    /// `#[api(tag = "...")]`.
    const TAG: &'static str = "";
    /// `#[api(content = "...")]`.
    const CONTENT: &'static str = "";
    /// The index of the `#[api(other)]` variant: unknown tags read as it (a unit variant), or
    /// as it holding the whole object (a newtype variant, of an internally tagged enum).
    const OTHER: Option<usize> = None;
    /// `#[api(deny_unknown_fields)]`: struct variants refuse unknown keys.
    const DENY_UNKNOWN: bool = false;
    /// `[TAG, CONTENT]` of an adjacently tagged enum: the fields of its `deserialize_struct`.
    const KEYS: &'static [&'static str] = &[];

    /// The unit variant at `index`.
    fn unit(index: usize) -> Self {
        let _ = index;
        unreachable!("no unit variant")
    }

    /// The newtype variant at `index`, its value read from `deserializer`.
    fn newtype<D: Deserializer<'de>>(index: usize, deserializer: D) -> Result<Self, D::Error> {
        let _ = (index, deserializer);
        unreachable!("no newtype variant")
    }

    /// The struct variant at `index`, read from a map or (through [`SeqFields`](crate::__private::de::SeqFields)) a sequence.
    fn fields<F: Fields<'de>>(index: usize, fields: F) -> Result<Self, F::Error> {
        let _ = (index, fields);
        unreachable!("no struct variant")
    }

    /// The tuple variant at `index`, read from a sequence.
    fn seq<A: SeqAccess<'de>>(index: usize, seq: A) -> Result<Self, A::Error> {
        let _ = (index, seq);
        unreachable!("no tuple variant")
    }

    /// The struct variant with a `flatten` field at `index`, read from a map.
    fn flat<A: MapAccess<'de>>(index: usize, map: A) -> Result<Self, A::Error> {
        let _ = (index, map);
        unreachable!("no struct variant that flattens")
    }
}

/// What a data enum's messages say is expected: `expecting`, or `{kind}Name`.
pub(super) fn expecting<'de, T: DeUnion<'de>>(
    f: &mut fmt::Formatter<'_>,
    kind: &str,
) -> fmt::Result {
    match T::EXPECTING {
        Some(text) => f.write_str(text),
        None => write!(f, "{kind}{}", T::TYPE_NAME),
    }
}

/// The `other` variant keeps the whole unknown object (a newtype `other`): internally and
/// adjacently tagged enums then buffer what they cannot name.
pub(super) fn keeps_unknown<'de, T: DeUnion<'de>>() -> bool {
    matches!(T::OTHER.map(|i| T::SHAPES[i]), Some(Shape::Newtype(_)))
}
