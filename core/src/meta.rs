//! What `#[derive(ApiModel)]` knows about a model, as `'static` data.
//!
//! The derive implements [`ApiModel`] with one constant table per model: its name, its doc
//! comment and, per field, the Rust name, the wire key, the type as written, how the builder
//! and the wire treat it, the default and the doc comment; for a string enum, its variants and
//! their wire values. Nothing is computed or allocated until it is read, and a table that is
//! never read costs nothing at run time. [`crate::docs`] renders it as a reference page and
//! [`crate::schema`] as a JSON Schema.
//!
//! ```
//! use apimodel::ApiModel;
//! use apimodel::meta::{Role, Type};
//!
//! #[derive(ApiModel)]
//! pub struct Pet {
//!     /// The pet's name.
//!     pub name: String,
//!     /// Its tags, if any.
//!     pub tag_names: Option<Vec<String>>,
//! }
//!
//! let model = Pet::MODEL;
//! assert_eq!(model.name, "Pet");
//! let tags = &model.fields()[1];
//! assert_eq!((tags.name, tags.wire, tags.ty), ("tag_names", "tagNames", "Option<Vec<String>>"));
//! assert_eq!(tags.role, Role::Optional);
//! assert_eq!(tags.kind, Type::Option(&Type::List(&Type::String)));
//! assert_eq!(tags.docs, "Its tags, if any.");
//! ```
//!
//! # How a field's [`Type`] is read
//!
//! The derive sees tokens, not types, so the classification is made on the type as written,
//! by the last segment of each path (`std::string::String`, `String` and `alloc::string::String`
//! are the same), as serde's derive recognises `Option`:
//!
//! | written | [`Type`] |
//! |---|---|
//! | `Option<T>` | [`Type::Option`] |
//! | `String`, `str`, `char`, `Cow<str>` | [`Type::String`] |
//! | `i8` … `i128`, `isize`, `u8` … `u128`, `usize`, `NonZero*` | [`Type::Integer`] |
//! | `f32`, `f64` | [`Type::Number`] |
//! | `bool` | [`Type::Boolean`] |
//! | `DateTime<Tz>`, `NaiveDateTime`, `OffsetDateTime`, `PrimitiveDateTime`, `UtcDateTime`, `Timestamp`, `Zoned` | [`Type::DateTime`] |
//! | `Value` (`serde_json::Value`) | [`Type::Any`] |
//! | `Vec<T>`, `VecDeque<T>`, `HashSet<T>`, `BTreeSet<T>`, `IndexSet<T>`, `[T]`, `[T; N]` | [`Type::List`] |
//! | `HashMap<K, V>`, `BTreeMap<K, V>`, `IndexMap<K, V>`, `Map<K, V>` (`serde_json::Map`) | [`Type::Map`] of `V` |
//! | `&T`, `Box<T>`, `Rc<T>`, `Arc<T>`, `Cow<T>` | what `T` is |
//! | any other path, e.g. `Address` | [`Type::Named`], with the model's table when that type implements [`ApiModel`] |
//!
//! A type alias is read as the name it is written with (`type Tags = Vec<String>` gives
//! `Named("Tags")`, without a table), and a type parameter of a generic model never has a
//! table. A field with `#[api(with = "...")]` keeps the classification of its Rust type; its
//! [`Field::with`] tells readers that the wire format is the module's.

use core::fmt;

pub(crate) mod text;

/// A type whose shape on the wire is known as `'static` data. Implemented by
/// `#[derive(ApiModel)]`, which is the same name in the macro namespace: `use apimodel::ApiModel;`
/// imports both.
pub trait ApiModel {
    /// The model's table.
    const MODEL: &'static Model;
}

/// A model: a struct with named fields, a newtype or a string enum.
#[derive(Debug)]
pub struct Model {
    /// The Rust name, e.g. `ConnectSessionCreate`.
    pub name: &'static str,
    /// The doc comment: its lines joined by `\n`, with the common indentation removed.
    pub docs: &'static str,
    /// Fields or variants.
    pub kind: ModelKind,
}

/// What a [`Model`] is made of.
#[derive(Debug)]
pub enum ModelKind {
    /// A struct with named fields, serialized as a JSON object.
    Struct {
        /// Every field, in declaration order, including skipped ones.
        fields: &'static [Field],
        /// `#[api(deny_unknown_fields)]`.
        deny_unknown_fields: bool,
    },
    /// A newtype (a tuple struct of one field), serialized as its inner value.
    Newtype {
        /// The inner type as written, e.g. `String`.
        ty: &'static str,
        /// The inner type, classified (see the [module docs](self)).
        inner: &'static Type,
    },
    /// A data enum (OpenAPI `oneOf`): variants holding data, marked on the wire by their
    /// [`Tagging`].
    Union {
        /// Every variant, in declaration order (`untagged` ones last).
        variants: &'static [UnionVariant],
        /// How the variant is marked on the wire.
        tagging: Tagging,
    },
    /// An enum of unit variants, serialized as strings.
    Enum {
        /// The known variants, in declaration order (not the `#[api(other)]` catch-all).
        variants: &'static [Variant],
        /// An `#[api(other)]` variant keeps any other string: the enum is open.
        open: bool,
    },
}

/// One field of a struct model.
#[derive(Debug)]
pub struct Field {
    /// The Rust name, without `r#`.
    pub name: &'static str,
    /// The key on the wire, after `rename` / `rename_all`.
    pub wire: &'static str,
    /// The type as written, e.g. `Option<Vec<ConnectSessionCreateCategories>>`.
    pub ty: &'static str,
    /// The type, classified (see the [module docs](self)).
    pub kind: Type,
    /// How the builder and the wire treat the field.
    pub role: Role,
    /// The `#[api(default = ...)]` expression as written; `Default::default()` for a bare
    /// `#[api(default)]`.
    pub default: Option<&'static str>,
    /// The `#[api(with = "...")]` module (else serde's `deserialize_with`, else
    /// `serialize_with` function): the wire format is theirs.
    pub with: Option<&'static str>,
    /// The doc comment: its lines joined by `\n`, with the common indentation removed.
    pub docs: &'static str,
}

/// How the builder and the wire treat a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Set in the builder; the key must be on the wire (plain fields, and `#[api(required)]`
    /// options, which may be `null`).
    Required,
    /// `Option<T>`: may be absent or `null`; not serialized when `None` (written as `null`
    /// with `#[api(skip_none = false)]`).
    Optional,
    /// `#[api(default)]`: may be absent; always serialized.
    Defaulted,
    /// `#[api(skip)]`: not on the wire.
    Skipped,
    /// `#[api(additional_properties)]`: receives every undeclared key.
    Additional,
    /// `#[api(flatten)]`: the keys of another model (its `kind`), read and written at this
    /// model's level (OpenAPI `allOf`). Required in the builder unless an `Option`.
    Flattened,
}

/// One variant of a string enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variant {
    /// The Rust name, e.g. `HrisLegacy`.
    pub name: &'static str,
    /// The string on the wire, e.g. `hris-legacy`.
    pub wire: &'static str,
    /// The doc comment.
    pub docs: &'static str,
}

/// How a data enum marks its variant on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tagging {
    /// `{"variant": content}`; unit variants as plain strings (serde's default).
    External,
    /// `#[api(tag = "...")]`: `{"<tag>": "variant", ...fields}`.
    Internal {
        /// The tag's key.
        tag: &'static str,
    },
    /// `#[api(tag = "...", content = "...")]`: `{"<tag>": "variant", "<content>": content}`.
    Adjacent {
        /// The tag's key.
        tag: &'static str,
        /// The content's key.
        content: &'static str,
    },
    /// `#[api(untagged)]`: the first variant that reads the input.
    Untagged,
}

/// One variant of a data enum.
#[derive(Debug)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "four independent attributes of a variant, each asked about by itself"
)]
pub struct UnionVariant {
    /// The Rust name.
    pub name: &'static str,
    /// The tag value on the wire (after `rename` / `rename_all`).
    pub wire: &'static str,
    /// The doc comment.
    pub docs: &'static str,
    /// What the variant holds.
    pub data: VariantData,
    /// `#[api(untagged)]` (or the whole enum is): no tag, tried in order.
    pub untagged: bool,
    /// `#[api(other)]`: unknown tags read as this variant.
    pub other: bool,
    /// Read (not serde's `skip` / `skip_deserializing`): a variant that is not is unknown when
    /// read, and the indices a tag may be read as count only the variants that are.
    pub read: bool,
    /// Written (not serde's `skip` / `skip_serializing`): writing a variant that is not fails.
    pub written: bool,
}

/// What a data enum's variant holds.
#[derive(Debug)]
pub enum VariantData {
    /// Nothing: the tag alone.
    Unit,
    /// One value.
    Newtype {
        /// The type as written.
        ty: &'static str,
        /// The type, classified.
        inner: &'static Type,
    },
    /// Several values, as an array.
    Tuple(&'static [Type]),
    /// Named fields, as an object.
    Struct(&'static [Field]),
}

/// A field's type, as far as the wire is concerned.
#[derive(Clone, Copy)]
pub enum Type {
    /// A JSON string.
    String,
    /// A JSON number without fraction.
    Integer,
    /// A JSON number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A date and time, as an RFC 3339 / ISO 8601 string (chrono's, time's and jiff's types
    /// and any type of those names).
    DateTime,
    /// Any JSON value.
    Any,
    /// `Option<T>`: the value, or `null`.
    Option(&'static Type),
    /// A JSON array.
    List(&'static Type),
    /// A JSON object with string keys and values of this type.
    Map(&'static Type),
    /// Any other type, by the last segment of its path (or as written, for non-path types).
    Named {
        /// The name as written, e.g. `Address`.
        name: &'static str,
        /// The type's table, when it implements [`ApiModel`].
        model: Option<fn() -> &'static Model>,
    },
}

impl Model {
    /// The fields of a struct model; empty for an enum or a newtype.
    pub fn fields(&self) -> &'static [Field] {
        match self.kind {
            ModelKind::Struct { fields, .. } => fields,
            ModelKind::Enum { .. } | ModelKind::Newtype { .. } | ModelKind::Union { .. } => &[],
        }
    }

    /// The known variants of an enum model; empty for a struct or a newtype.
    pub fn variants(&self) -> &'static [Variant] {
        match self.kind {
            ModelKind::Enum { variants, .. } => variants,
            ModelKind::Struct { .. } | ModelKind::Newtype { .. } | ModelKind::Union { .. } => &[],
        }
    }

    /// The field that has this wire key.
    pub fn field(&self, wire: &str) -> Option<&'static Field> {
        self.fields()
            .iter()
            .find(|f| f.wire == wire && f.is_keyed())
    }

    /// The variants of a data enum; empty for any other model.
    pub fn union_variants(&self) -> &'static [UnionVariant] {
        match self.kind {
            ModelKind::Union { variants, .. } => variants,
            _ => &[],
        }
    }

    /// The models this one's fields (or its variants' values and fields) name directly, each
    /// once, in order.
    pub fn nested(&self) -> Vec<&'static Model> {
        let mut out: Vec<&'static Model> = Vec::new();
        let mut add = |ty: &Type| {
            if let Some(model) = ty.model() {
                if !out.iter().any(|m| same(m, model)) {
                    out.push(model);
                }
            }
        };
        for field in self.fields() {
            add(&field.kind);
        }
        for variant in self.union_variants() {
            match variant.data {
                VariantData::Unit => {}
                VariantData::Newtype { inner, .. } => add(inner),
                VariantData::Tuple(types) => types.iter().for_each(&mut add),
                VariantData::Struct(fields) => fields.iter().for_each(|f| add(&f.kind)),
            }
        }
        out
    }

    /// `roots` and every model reachable from them through fields, each once, sorted by name:
    /// the pages of an SDK's reference documentation.
    pub fn collect(roots: &[&'static Model]) -> Vec<&'static Model> {
        let mut out: Vec<&'static Model> = Vec::new();
        let mut todo: Vec<&'static Model> = roots.to_vec();
        while let Some(model) = todo.pop() {
            if out.iter().any(|m| same(m, model)) {
                continue;
            }
            out.push(model);
            todo.extend(model.nested());
        }
        out.sort_by_key(|m| m.name);
        out
    }
}

/// Two tables describe the same model. The derive's tables are constants, which the compiler
/// may duplicate, so addresses do not tell; names, docs and wire keys do.
pub(crate) fn same(a: &Model, b: &Model) -> bool {
    core::ptr::eq(a, b)
        || (a.name == b.name
            && a.docs == b.docs
            && a.fields().len() == b.fields().len()
            && a.fields()
                .iter()
                .zip(b.fields())
                .all(|(x, y)| x.wire == y.wire)
            && a.variants() == b.variants()
            && a.union_variants().len() == b.union_variants().len()
            && a.union_variants()
                .iter()
                .zip(b.union_variants())
                .all(|(x, y)| x.wire == y.wire && x.name == y.name))
}

impl Field {
    /// The key must be on the wire and the builder requires the field.
    pub fn is_required(&self) -> bool {
        self.role == Role::Required
    }

    /// The field is (de)serialized under its own key.
    pub fn is_keyed(&self) -> bool {
        matches!(self.role, Role::Required | Role::Optional | Role::Defaulted)
    }

    /// `null` is accepted: the type is written `Option<_>`.
    pub fn is_nullable(&self) -> bool {
        matches!(self.kind, Type::Option(_))
    }
}

impl Type {
    /// The type without its `Option`s.
    pub fn strip_option(&self) -> &Type {
        let mut ty = self;
        while let Type::Option(inner) = ty {
            ty = inner;
        }
        ty
    }

    /// The model this type names, looking through `Option`, lists and maps.
    pub fn model(&self) -> Option<&'static Model> {
        match *self {
            Type::Option(inner) | Type::List(inner) | Type::Map(inner) => inner.model(),
            Type::Named { model, .. } => model.map(|f| f()),
            _ => None,
        }
    }
}

impl fmt::Debug for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::String => f.write_str("String"),
            Type::Integer => f.write_str("Integer"),
            Type::Number => f.write_str("Number"),
            Type::Boolean => f.write_str("Boolean"),
            Type::DateTime => f.write_str("DateTime"),
            Type::Any => f.write_str("Any"),
            Type::Option(t) => f.debug_tuple("Option").field(t).finish(),
            Type::List(t) => f.debug_tuple("List").field(t).finish(),
            Type::Map(t) => f.debug_tuple("Map").field(t).finish(),
            Type::Named { name, model } => f
                .debug_struct("Named")
                .field("name", name)
                .field("model", &model.map(|m| m().name))
                .finish(),
        }
    }
}

/// Structural equality; a [`Type::Named`] compares its name and whether it has a table (the
/// function pointers themselves are not comparable).
impl PartialEq for Type {
    fn eq(&self, other: &Type) -> bool {
        match (self, other) {
            (Type::String, Type::String)
            | (Type::Integer, Type::Integer)
            | (Type::Number, Type::Number)
            | (Type::Boolean, Type::Boolean)
            | (Type::DateTime, Type::DateTime)
            | (Type::Any, Type::Any) => true,
            (Type::Option(a), Type::Option(b))
            | (Type::List(a), Type::List(b))
            | (Type::Map(a), Type::Map(b)) => a == b,
            (Type::Named { name: a, model: ma }, Type::Named { name: b, model: mb }) => {
                a == b && ma.is_some() == mb.is_some()
            }
            _ => false,
        }
    }
}

impl Eq for Type {}
