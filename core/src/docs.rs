//! Reference pages in markdown, rendered from the models' tables.
//!
//! The format is that of the Speakeasy-generated SDK documentation the StackOne SDKs ship:
//!
//! ```text
//! # ConnectSessionCreate
//!
//!
//! ## Fields
//!
//! | Field        | Type         | Required     | Description  |
//! | ------------ | ------------ | ------------ | ------------ |
//! | `provider`   | *string*     | :heavy_minus_sign: | The provider to connect to |
//! ```
//!
//! - the title is the Rust name; the model's doc comment, when it has one, is the paragraph
//!   under it;
//! - one row per field on the wire (not `#[api(skip)]`, not `#[api(additional_properties)]`):
//!   the wire key in backticks; the type as `*string*`, `*number*` (integers too: JSON has one
//!   number type), `*boolean*`, `*any*`, [`DATE_LINK`] for a date-time, a link `[Name](<prefix><name lowercased>.md)` to the
//!   page of a nested model or enum, `*Name*` for a type without a table, `…[]` for a list,
//!   `Record<string, …>` for a map; `:heavy_check_mark:` when the key is required, else
//!   `:heavy_minus_sign:`; the description, or `N/A`;
//! - a string enum lists its known values, one row each: the Rust name in backticks, the wire value;
//! - every column is padded to the widest cell of the table; the page has no final newline.
//!
//! A description is the doc comment up to its first heading (a `# Examples` section stays in
//! rustdoc). A table cell holds its first paragraph, lines joined by single spaces, `|`
//! escaped; the page's text under the title holds every paragraph.
//!
//! ```
//! use apimodel::models::ConnectSessionCreate;
//!
//! let page = apimodel::docs::markdown::<ConnectSessionCreate>();
//! assert!(page.starts_with("# ConnectSessionCreate\n"));
//! assert!(page.lines().any(|line| line.starts_with("| `originOwnerId` ")));
//! ```

use core::fmt::Write as _;

use crate::meta::text::{description, paragraphs};
use crate::meta::{
    ApiModel, Field, Model, ModelKind, Role, Tagging, Type, UnionVariant, VariantData,
};

/// The Type cell of a date-time, as the TypeScript SDKs' documentation writes it.
pub const DATE_LINK: &str =
    "[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)";

/// Where links to other pages point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options<'a> {
    /// Prepended to `<name lowercased>.md`. Default: `../../models/shared/`, as the pages of
    /// a Speakeasy SDK live in `docs/models/shared/`.
    pub link_prefix: &'a str,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            link_prefix: "../../models/shared/",
        }
    }
}

impl<'a> Options<'a> {
    /// The default options with another link prefix, e.g. `./` for pages in one folder.
    ///
    /// ```
    /// use apimodel::docs::{markdown_with, Options};
    /// use apimodel::models::ConnectSessionCreate;
    ///
    /// let page = markdown_with::<ConnectSessionCreate>(&Options::default().with_link_prefix("./"));
    /// assert!(page.contains("[ConnectSessionCreateMetadata](./connectsessioncreatemetadata.md)"));
    /// ```
    #[must_use]
    pub fn with_link_prefix(mut self, link_prefix: &'a str) -> Self {
        self.link_prefix = link_prefix;
        self
    }
}

/// The reference page of `T`, with the default [`Options`].
pub fn markdown<T: ApiModel + ?Sized>() -> String {
    render(T::MODEL, &Options::default())
}

/// The reference page of `T`.
pub fn markdown_with<T: ApiModel + ?Sized>(options: &Options<'_>) -> String {
    render(T::MODEL, options)
}

/// The reference page of a model's table.
pub fn render(model: &Model, options: &Options<'_>) -> String {
    let mut out = format!("# {}\n\n", model.name);
    let description = description(model.docs);
    if !description.is_empty() {
        out.push_str(&description);
        out.push_str("\n\n");
    }
    match model.kind {
        ModelKind::Struct { fields, .. } => fields_section(&mut out, fields, options),
        ModelKind::Newtype { ty, inner } => {
            out.push_str("\n## Type\n\n");
            out.push_str(&type_cell(inner, options));
            out.push_str(" (`");
            out.push_str(&escape(ty));
            out.push_str("`)\n");
        }
        ModelKind::Union { variants, tagging } => {
            variants_section(&mut out, variants, tagging, options);
        }
        ModelKind::Enum { variants, .. } => {
            out.push_str("\n## Values\n\n");
            let rows: Vec<[String; 2]> = variants
                .iter()
                .map(|v| [format!("`{}`", v.name), escape(v.wire)])
                .collect();
            table(&mut out, ["Name", "Value"], &rows);
        }
    }
    out
}

/// A struct's "Fields" table.
fn fields_section(out: &mut String, fields: &[Field], options: &Options<'_>) {
    out.push_str("\n## Fields\n\n");
    let rows: Vec<[String; 4]> = fields
        .iter()
        .filter(|f| f.is_keyed() || f.role == Role::Flattened)
        .map(|f| {
            let required = if f.role == Role::Required
                || (f.role == Role::Flattened && !matches!(f.kind, Type::Option(_)))
            {
                ":heavy_check_mark:"
            } else {
                ":heavy_minus_sign:"
            };
            // A flattened model's keys are this model's: the row links to them.
            let key = if f.role == Role::Flattened {
                format!("all fields of {}", type_cell(&f.kind, options))
            } else {
                format!("`{}`", escape(f.wire))
            };
            [
                key,
                type_cell(&f.kind, options),
                required.to_owned(),
                description_cell(f.docs),
            ]
        })
        .collect();
    table(out, ["Field", "Type", "Required", "Description"], &rows);
}

/// A data enum's "Variants" table, after a sentence on how a variant is chosen.
fn variants_section(
    out: &mut String,
    variants: &[UnionVariant],
    tagging: Tagging,
    options: &Options<'_>,
) {
    out.push_str("\n## Variants\n\n");
    let _ = match tagging {
        Tagging::External => writeln!(
            out,
            "One of the following, each an object whose only key is the variant's name (a unit variant is the name alone).\n"
        ),
        Tagging::Internal { tag } => writeln!(
            out,
            "One of the following, chosen by the value of `{}`.\n",
            escape(tag)
        ),
        Tagging::Adjacent { tag, content } => writeln!(
            out,
            "One of the following, chosen by the value of `{}`; the variant's data is under `{}`.\n",
            escape(tag),
            escape(content)
        ),
        Tagging::Untagged => writeln!(out, "One of the following shapes, tried in order.\n"),
    };
    let rows: Vec<[String; 4]> = variants
        .iter()
        .map(|v| {
            let value = if v.untagged || tagging == Tagging::Untagged {
                "*untagged*".to_owned()
            } else if v.other {
                "*any other*".to_owned()
            } else {
                format!("`{}`", escape(v.wire))
            };
            [
                format!("`{}`", v.name),
                value,
                variant_cell(&v.data, options),
                description_cell(v.docs),
            ]
        })
        .collect();
    table(out, ["Variant", "Tag", "Content", "Description"], &rows);
}

/// The Type cell of a field: `*string*`, `[Address](../../models/shared/address.md)[]`, …
pub fn type_cell(ty: &Type, options: &Options<'_>) -> String {
    match *ty {
        Type::String => "*string*".to_owned(),
        Type::Integer | Type::Number => "*number*".to_owned(),
        Type::Boolean => "*boolean*".to_owned(),
        Type::DateTime => DATE_LINK.to_owned(),
        Type::Any => "*any*".to_owned(),
        Type::Option(inner) => type_cell(inner, options),
        Type::List(inner) => format!("{}[]", type_cell(inner, options)),
        Type::Map(inner) => format!("Record<string, {}>", type_cell(inner, options)),
        Type::Named { name, model } => match model {
            Some(model) => {
                let name = model().name;
                format!(
                    "[{name}]({}{}.md)",
                    options.link_prefix,
                    name.to_lowercase()
                )
            }
            None => format!("*{}*", escape(name)),
        },
    }
}

/// The Content cell of a data enum's variant: `—`, its type, a list of types, its keys.
fn variant_cell(data: &VariantData, options: &Options<'_>) -> String {
    match *data {
        VariantData::Unit => "—".to_owned(),
        VariantData::Newtype { inner, .. } => type_cell(inner, options),
        VariantData::Tuple(types) => {
            let cells: Vec<String> = types.iter().map(|t| type_cell(t, options)).collect();
            format!("[{}]", cells.join(", "))
        }
        VariantData::Struct(fields) => {
            let cells: Vec<String> = fields
                .iter()
                .filter(|f| f.is_keyed())
                .map(|f| {
                    let optional = if f.role == Role::Required { "" } else { "?" };
                    format!(
                        "`{}{optional}`: {}",
                        escape(f.wire),
                        type_cell(&f.kind, options)
                    )
                })
                .collect();
            format!("{{ {} }}", cells.join(", "))
        }
    }
}

/// The Description cell of a field: the first paragraph of its doc comment, or `N/A`.
pub fn description_cell(docs: &str) -> String {
    match paragraphs(docs).into_iter().next() {
        Some(first) => escape(&first),
        None => "N/A".to_owned(),
    }
}

/// A table cell must not contain a bare `|`.
fn escape(text: &str) -> String {
    text.replace('|', "\\|")
}

/// A table whose columns are all as wide as its widest cell.
fn table<const N: usize>(out: &mut String, header: [&str; N], rows: &[[String; N]]) {
    let width = header
        .iter()
        .map(|h| h.chars().count())
        .chain(rows.iter().flatten().map(|c| c.chars().count()))
        .max()
        .unwrap_or(0);
    let line = |out: &mut String, cells: &mut dyn Iterator<Item = &str>| {
        out.push('|');
        for cell in cells {
            out.push(' ');
            out.push_str(cell);
            for _ in cell.chars().count()..width {
                out.push(' ');
            }
            out.push_str(" |");
        }
    };
    line(out, &mut header.iter().copied());
    out.push('\n');
    let dashes = "-".repeat(width);
    line(out, &mut header.iter().map(|_| dashes.as_str()));
    for row in rows {
        out.push('\n');
        line(out, &mut row.iter().map(String::as_str));
    }
}
