//! `#[api(...)]` attributes: one parser per position, one branch per key.

use std::fmt::Write as _;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, LitBool, LitStr, Token};

use crate::case::RenameRule;
use crate::ctxt::Ctxt;

/// A value given at most once; the second occurrence is reported where it stands.
pub struct Attr<T> {
    name: &'static str,
    value: Option<(Span, T)>,
}

impl<T> Attr<T> {
    fn none(name: &'static str) -> Self {
        Attr { name, value: None }
    }

    fn set(&mut self, cx: &Ctxt, key: &syn::Path, value: T) {
        if self.value.is_some() {
            cx.error_spanned_by(key, format!("duplicate apimodel attribute `{}`", self.name));
        } else {
            self.value = Some((span_of(key), value));
        }
    }

    pub fn get(&self) -> Option<&T> {
        self.value.as_ref().map(|(_, v)| v)
    }

    pub fn span(&self) -> Option<Span> {
        self.value.as_ref().map(|(s, _)| *s)
    }

    pub fn is_set(&self) -> bool {
        self.value.is_some()
    }
}

fn span_of(path: &syn::Path) -> Span {
    path.segments
        .first()
        .map_or_else(Span::call_site, |s| s.ident.span())
}

pub struct ContainerAttrs {
    pub rename_all: Attr<RenameRule>,
    pub deny_unknown_fields: Attr<()>,
    pub krate: Attr<syn::Path>,
    pub skip_none: Attr<bool>,
    /// `#[api(tag = "type")]`: a data enum, internally (or, with `content`, adjacently) tagged.
    pub tag: Attr<LitStr>,
    /// `#[api(content = "data")]`: with `tag`, adjacently tagged.
    pub content: Attr<LitStr>,
    /// `#[api(untagged)]`: a data enum read by trying each variant in order.
    pub untagged: Attr<()>,
}

pub enum Default {
    /// `#[api(default)]`: `Default::default()`.
    Trait,
    /// `#[api(default = expr)]`.
    Expr(TokenStream),
}

pub struct FieldAttrs {
    pub rename: Attr<LitStr>,
    pub default: Attr<Default>,
    pub required: Attr<()>,
    pub skip: Attr<()>,
    pub with: Attr<syn::Path>,
    pub additional_properties: Attr<()>,
    pub into: Attr<bool>,
    pub skip_none: Attr<bool>,
    pub flatten: Attr<()>,
}

pub struct VariantAttrs {
    pub rename: Attr<LitStr>,
    pub other: Attr<()>,
    /// `#[api(untagged)]` on a variant of a tagged enum: tried when no tag matches.
    pub untagged: Attr<()>,
}

// Every key, named once: the parsers, the duplicate and unknown-key messages use these.
const RENAME_ALL: &str = "rename_all";
const DENY_UNKNOWN_FIELDS: &str = "deny_unknown_fields";
const CRATE: &str = "crate";
const RENAME: &str = "rename";
const DEFAULT: &str = "default";
const REQUIRED: &str = "required";
const SKIP: &str = "skip";
const WITH: &str = "with";
const ADDITIONAL_PROPERTIES: &str = "additional_properties";
const INTO: &str = "into";
const OTHER: &str = "other";
const SKIP_NONE: &str = "skip_none";
const FLATTEN: &str = "flatten";
const TAG: &str = "tag";
const CONTENT: &str = "content";
const UNTAGGED: &str = "untagged";

const CONTAINER_KEYS: &[&str] = &[
    RENAME_ALL,
    DENY_UNKNOWN_FIELDS,
    CRATE,
    SKIP_NONE,
    TAG,
    CONTENT,
    UNTAGGED,
];
const FIELD_KEYS: &[&str] = &[
    RENAME,
    DEFAULT,
    REQUIRED,
    SKIP,
    WITH,
    ADDITIONAL_PROPERTIES,
    INTO,
    SKIP_NONE,
    FLATTEN,
];
const VARIANT_KEYS: &[&str] = &[RENAME, OTHER, UNTAGGED];

impl ContainerAttrs {
    pub fn parse(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = ContainerAttrs {
            rename_all: Attr::none(RENAME_ALL),
            deny_unknown_fields: Attr::none(DENY_UNKNOWN_FIELDS),
            krate: Attr::none(CRATE),
            skip_none: Attr::none(SKIP_NONE),
            tag: Attr::none(TAG),
            content: Attr::none(CONTENT),
            untagged: Attr::none(UNTAGGED),
        };
        for_each_api_meta(cx, attrs, |meta| {
            if meta.path.is_ident(RENAME_ALL) {
                // #[api(rename_all = "camelCase")]
                let lit = string_value(&meta)?;
                match RenameRule::from_str(&lit.value()) {
                    Ok(rule) => out.rename_all.set(cx, &meta.path, rule),
                    Err(msg) => cx.error_spanned_by(&lit, msg),
                }
            } else if meta.path.is_ident(DENY_UNKNOWN_FIELDS) {
                // #[api(deny_unknown_fields)]
                no_value(&meta)?;
                out.deny_unknown_fields.set(cx, &meta.path, ());
            } else if meta.path.is_ident(CRATE) {
                // #[api(crate = "path::to::apimodel")]
                let lit = string_value(&meta)?;
                match lit.parse::<syn::Path>() {
                    Ok(path) => out.krate.set(cx, &meta.path, path),
                    Err(_) => cx.error_spanned_by(
                        &lit,
                        format!("`crate = {:?}` is not a path, expected e.g. `crate = \"my_sdk::apimodel\"`", lit.value()),
                    ),
                }
            } else if meta.path.is_ident(SKIP_NONE) {
                // #[api(skip_none = false)]: every `Option` field writes `None` as `null`
                out.skip_none.set(cx, &meta.path, bool_value(&meta)?);
            } else if meta.path.is_ident(TAG) {
                // #[api(tag = "type")]
                let lit = string_value(&meta)?;
                out.tag.set(cx, &meta.path, lit);
            } else if meta.path.is_ident(CONTENT) {
                // #[api(content = "data")]
                let lit = string_value(&meta)?;
                out.content.set(cx, &meta.path, lit);
            } else if meta.path.is_ident(UNTAGGED) {
                // #[api(untagged)]
                no_value(&meta)?;
                out.untagged.set(cx, &meta.path, ());
            } else {
                return Err(unknown_key(&meta, "container", CONTAINER_KEYS));
            }
            Ok(())
        });
        out
    }
}

impl FieldAttrs {
    pub fn parse(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = FieldAttrs {
            rename: Attr::none(RENAME),
            default: Attr::none(DEFAULT),
            required: Attr::none(REQUIRED),
            skip: Attr::none(SKIP),
            with: Attr::none(WITH),
            additional_properties: Attr::none(ADDITIONAL_PROPERTIES),
            into: Attr::none(INTO),
            skip_none: Attr::none(SKIP_NONE),
            flatten: Attr::none(FLATTEN),
        };
        for_each_api_meta(cx, attrs, |meta| {
            if meta.path.is_ident(RENAME) {
                // #[api(rename = "wireName")]
                let lit = string_value(&meta)?;
                out.rename.set(cx, &meta.path, lit);
            } else if meta.path.is_ident(DEFAULT) {
                // #[api(default)] or #[api(default = expr)]
                let value = if meta.input.peek(Token![=]) {
                    let eq: Token![=] = meta.input.parse()?;
                    let expr = expr_until_comma(&meta)?;
                    if expr.is_empty() {
                        return Err(syn::Error::new(
                            eq.span,
                            "expected an expression after `default =`, e.g. `default = 30` or `default = Vec::new()`",
                        ));
                    }
                    Default::Expr(expr)
                } else {
                    Default::Trait
                };
                out.default.set(cx, &meta.path, value);
            } else if meta.path.is_ident(REQUIRED) {
                // #[api(required)]
                no_value(&meta)?;
                out.required.set(cx, &meta.path, ());
            } else if meta.path.is_ident(SKIP) {
                // #[api(skip)]
                no_value(&meta)?;
                out.skip.set(cx, &meta.path, ());
            } else if meta.path.is_ident(WITH) {
                // #[api(with = "module")]
                let lit = string_value(&meta)?;
                match lit.parse::<syn::Path>() {
                    Ok(path) => out.with.set(cx, &meta.path, path),
                    Err(_) => cx.error_spanned_by(
                        &lit,
                        format!("`with = {:?}` is not a module path, expected e.g. `with = \"my_module\"`", lit.value()),
                    ),
                }
            } else if meta.path.is_ident(ADDITIONAL_PROPERTIES) {
                // #[api(additional_properties)]
                no_value(&meta)?;
                out.additional_properties.set(cx, &meta.path, ());
            } else if meta.path.is_ident(INTO) {
                // #[api(into = false)]
                out.into.set(cx, &meta.path, bool_value(&meta)?);
            } else if meta.path.is_ident(SKIP_NONE) {
                // #[api(skip_none = false)]: `None` is written as `null`
                out.skip_none.set(cx, &meta.path, bool_value(&meta)?);
            } else if meta.path.is_ident(FLATTEN) {
                // #[api(flatten)]: the field's keys are read and written at this model's level
                no_value(&meta)?;
                out.flatten.set(cx, &meta.path, ());
            } else {
                return Err(unknown_key(&meta, "field", FIELD_KEYS));
            }
            Ok(())
        });
        out
    }
}

impl VariantAttrs {
    pub fn parse(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut out = VariantAttrs {
            rename: Attr::none(RENAME),
            other: Attr::none(OTHER),
            untagged: Attr::none(UNTAGGED),
        };
        for_each_api_meta(cx, attrs, |meta| {
            if meta.path.is_ident(RENAME) {
                // #[api(rename = "wire-value")]
                let lit = string_value(&meta)?;
                out.rename.set(cx, &meta.path, lit);
            } else if meta.path.is_ident(OTHER) {
                // #[api(other)]
                no_value(&meta)?;
                out.other.set(cx, &meta.path, ());
            } else if meta.path.is_ident(UNTAGGED) {
                // #[api(untagged)]
                no_value(&meta)?;
                out.untagged.set(cx, &meta.path, ());
            } else {
                return Err(unknown_key(&meta, "variant", VARIANT_KEYS));
            }
            Ok(())
        });
        out
    }
}

/// Runs `f` on every key of every `#[api(...)]` attribute; a parse error in one attribute
/// is recorded and the next attribute is still read.
fn for_each_api_meta(
    cx: &Ctxt,
    attrs: &[Attribute],
    mut f: impl FnMut(ParseNestedMeta<'_>) -> syn::Result<()>,
) {
    for attr in attrs {
        if !attr.path().is_ident("api") {
            continue;
        }
        if let syn::Meta::Path(path) = &attr.meta {
            cx.error_spanned_by(
                path,
                "expected a list of keys, e.g. `#[api(rename = \"wireName\")]`",
            );
            continue;
        }
        if let Err(err) = attr.parse_nested_meta(&mut f) {
            cx.syn_error(err);
        }
    }
}

fn string_value(meta: &ParseNestedMeta<'_>) -> syn::Result<LitStr> {
    let key = meta.path.to_token_stream().to_string();
    let value = meta
        .value()
        .map_err(|_| meta.error(format!("expected a string value: `{key} = \"...\"`")))?;
    value.parse::<LitStr>().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("expected a string value: `{key} = \"...\"`"),
        )
    })
}

/// `key = false` / `key = true`.
fn bool_value(meta: &ParseNestedMeta<'_>) -> syn::Result<bool> {
    let key = meta.path.to_token_stream().to_string();
    let expected = || format!("expected `{key} = false` or `{key} = true`");
    let value = meta.value().map_err(|_| meta.error(expected()))?;
    let lit: LitBool = value
        .parse()
        .map_err(|e| syn::Error::new(e.span(), expected()))?;
    Ok(lit.value)
}

fn no_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(())
    } else {
        let key = meta.path.to_token_stream().to_string();
        Err(meta.error(format!("`{key}` takes no value, write `#[api({key})]`")))
    }
}

/// The tokens of `default = <expr>` up to the next top-level comma. The expression is spliced
/// into generated code as written, so the compiler type-checks it at the user's tokens.
fn expr_until_comma(meta: &ParseNestedMeta<'_>) -> syn::Result<TokenStream> {
    meta.input.step(|cursor| {
        let mut rest = *cursor;
        let mut tokens = TokenStream::new();
        let mut angle_depth = 0usize;
        while let Some((tt, next)) = rest.token_tree() {
            if let TokenTree::Punct(p) = &tt {
                match p.as_char() {
                    ',' if angle_depth == 0 => break,
                    '<' => angle_depth += 1,
                    '>' => angle_depth = angle_depth.saturating_sub(1),
                    _ => {}
                }
            }
            tokens.extend([tt]);
            rest = next;
        }
        Ok((tokens, rest))
    })
}

fn unknown_key(meta: &ParseNestedMeta<'_>, position: &str, known: &[&str]) -> syn::Error {
    let key = meta.path.to_token_stream().to_string().replace(' ', "");
    let mut msg = format!("unknown apimodel {position} attribute `{key}`");
    if let Some(best) = known
        .iter()
        .filter(|k| edit_distance(k, &key) <= 2.max(key.len() / 3))
        .min_by_key(|k| edit_distance(k, &key))
    {
        let _ = write!(msg, ", did you mean `{best}`?");
    } else {
        msg.push_str(", expected one of ");
        let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
        msg.push_str(&list.join(", "));
    }
    syn::Error::new_spanned(&meta.path, msg)
}

/// Levenshtein distance, for "did you mean".
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A doc comment, read once for every use (setter docs, the metadata table). Literal lines are
/// joined with `\n` and unindented as rustdoc does; a `#[doc = include_str!(..)]` (or any other
/// expression) is kept as written, inside `concat!`, which expands it.
pub struct Docs<'a> {
    pieces: Vec<DocPiece<'a>>,
}

enum DocPiece<'a> {
    Text(String),
    Expr(&'a syn::Expr),
}

impl<'a> Docs<'a> {
    /// The `#[doc = ...]` attributes among `attrs`, in order.
    pub fn parse(attrs: &'a [Attribute]) -> Self {
        let pieces = attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .filter_map(|attr| match &attr.meta {
                syn::Meta::NameValue(nv) => Some(match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => DocPiece::Text(s.value()),
                    expr => DocPiece::Expr(expr),
                }),
                _ => None,
            })
            .collect();
        Docs { pieces }
    }

    /// The whole text when every line is a literal.
    pub fn text(&self) -> Option<String> {
        let mut lines = Vec::with_capacity(self.pieces.len());
        for piece in &self.pieces {
            match piece {
                DocPiece::Text(line) => lines.push(line.as_str()),
                DocPiece::Expr(_) => return None,
            }
        }
        Some(unindent(&lines.join("\n")))
    }

    /// An expression of type `&'static str`: the doc, followed by `suffix` (nothing when the doc
    /// is empty). A string literal when every line is one, else `concat!(..)`.
    pub fn to_expr(&self, suffix: &str) -> TokenStream {
        if let Some(text) = self.text() {
            let text = if text.is_empty() {
                suffix.trim_start().to_owned()
            } else {
                text + suffix
            };
            return quote::quote!(#text);
        }
        let parts = self.pieces.iter().enumerate().map(|(i, piece)| {
            let sep = (i > 0).then(|| quote::quote!("\n",));
            match piece {
                DocPiece::Text(s) => quote::quote!(#sep #s,),
                DocPiece::Expr(expr) => quote::quote!(#sep #expr,),
            }
        });
        quote::quote!(::core::concat!(#(#parts)* #suffix))
    }
}

/// Lines without their common leading whitespace, without leading and trailing blank lines.
fn unindent(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let indent = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = lines
        .iter()
        .map(|l| if l.is_empty() { "" } else { &l[indent..] })
        .collect();
    let start = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(start, |e| e + 1);
    lines[start..end].join("\n")
}

#[cfg(test)]
mod tests {
    use super::{Docs, edit_distance, unindent};

    #[test]
    fn distance() {
        assert_eq!(edit_distance("rename", "rename"), 0);
        assert_eq!(edit_distance("rename", "renam"), 1);
        assert_eq!(edit_distance("rename_all", "renameall"), 1);
        assert_eq!(edit_distance("skip", "required"), 7);
    }

    #[test]
    fn docs_are_unindented_and_joined() {
        assert_eq!(unindent("  a\n\n    b\n  c  \n"), "a\n\n  b\nc");
        let item: syn::DeriveInput =
            syn::parse_str("/// The origin owner\n///   name\n#[doc = \"\"] struct A;").unwrap();
        let docs = Docs::parse(&item.attrs);
        assert_eq!(docs.text().as_deref(), Some("The origin owner\n  name"));
        assert_eq!(
            docs.to_expr("\n\nRequired.").to_string(),
            "\"The origin owner\\n  name\\n\\nRequired.\""
        );
        let none: syn::DeriveInput = syn::parse_str("struct A;").unwrap();
        assert_eq!(
            Docs::parse(&none.attrs)
                .to_expr("\n\nRequired.")
                .to_string(),
            "\"Required.\""
        );
    }

    #[test]
    fn docs_keep_expressions() {
        let item: syn::DeriveInput =
            syn::parse_str("/** Block\n    doc */ #[doc = include_str!(\"x.md\")] struct A;")
                .unwrap();
        let docs = Docs::parse(&item.attrs);
        assert_eq!(docs.text(), None);
        assert_eq!(
            docs.to_expr("!").to_string(),
            ":: core :: concat ! (\" Block\\n    doc \" , \"\\n\" , include_str ! (\"x.md\") , \"!\")"
        );
    }
}
