//! The typestate builder on the seed model and on users' own shapes.

use std::borrow::Cow;
use std::collections::BTreeMap;

use apimodel::ApiModel;
use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};

#[test]
fn spec_snippet_builds_the_model() {
    let session = ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .provider("hibob")
        .maybe_origin_username(None)
        .categories(vec![ConnectSessionCreateCategories::Hris])
        .expires_in(3600)
        .build();
    assert_eq!(
        session,
        ConnectSessionCreate {
            categories: Some(vec![ConnectSessionCreateCategories::Hris]),
            expires_in: Some(3600.0),
            metadata: None,
            origin_owner_id: "customer-123".to_owned(),
            origin_owner_name: "Acme Inc".to_owned(),
            origin_username: None,
            provider: Some("hibob".to_owned()),
        }
    );
}

#[test]
fn required_fields_in_any_order() {
    let a = ConnectSessionCreate::builder()
        .origin_owner_name("Acme Inc")
        .origin_owner_id("customer-123")
        .build();
    let b = ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .build();
    assert_eq!(a, b);
    assert_eq!(a.provider, None);
    assert_eq!(a.categories, None);
}

#[test]
fn optional_fields_keep_the_builder_type() {
    for with_provider in [false, true] {
        let mut b = ConnectSessionCreate::builder();
        if with_provider {
            b = b.provider("p");
        }
        b = b.maybe_origin_username(Some("ada".to_owned()));
        let session = b.origin_owner_id("i").origin_owner_name("n").build();
        assert_eq!(session.provider.is_some(), with_provider);
        assert_eq!(session.origin_username.as_deref(), Some("ada"));
    }
    // Also after the required fields are set.
    let mut b = ConnectSessionCreate::builder()
        .origin_owner_id("i")
        .origin_owner_name("n");
    if "x".len() == 1 {
        b = b.expires_in(1.5);
    }
    assert_eq!(b.build().expires_in, Some(1.5));
}

#[test]
fn setting_a_field_twice_keeps_the_last_value() {
    let session = ConnectSessionCreate::builder()
        .origin_owner_id("first")
        .origin_owner_name("n")
        .origin_owner_id("second")
        .provider("a")
        .provider("b")
        .build();
    assert_eq!(session.origin_owner_id, "second");
    assert_eq!(session.provider.as_deref(), Some("b"));
}

#[test]
fn maybe_setter_can_unset() {
    let session = ConnectSessionCreate::builder()
        .origin_owner_id("i")
        .origin_owner_name("n")
        .provider("a")
        .maybe_provider(None)
        .build();
    assert_eq!(session.provider, None);
}

#[test]
fn metadata_in_the_builder() {
    let metadata: ConnectSessionCreateMetadata = [("team", "platform")].into_iter().collect();
    let session = ConnectSessionCreate::builder()
        .origin_owner_id("i")
        .origin_owner_name("n")
        .metadata(metadata.clone())
        .build();
    assert_eq!(session.metadata, Some(metadata));
}

/// A generic page of results.
#[derive(ApiModel, Debug, PartialEq)]
pub struct Page<T, C = String>
where
    T: Clone,
{
    /// The items.
    pub items: Vec<T>,
    /// Where the next page starts.
    pub next_cursor: Option<C>,
    /// How many items there are in all.
    pub total: u64,
}

#[test]
fn generic_struct() {
    let page = Page::<u8>::builder()
        .items(vec![1, 2])
        .total(2_u32)
        .next_cursor("abc")
        .build();
    assert_eq!(page.items, [1, 2]);
    assert_eq!(page.total, 2);
    assert_eq!(page.next_cursor.as_deref(), Some("abc"));
    let page: Page<i32, u32> = Page::builder().items(vec![]).total(0_u8).build();
    assert_eq!(page.next_cursor, None);
}

/// Borrowed fields and a const parameter.
#[derive(ApiModel, Debug, PartialEq)]
pub struct Borrowed<'a, const N: usize> {
    /// A name.
    pub name: &'a str,
    /// A label.
    pub label: Option<Cow<'a, str>>,
    /// Fixed-size scratch space, never on the wire.
    #[api(skip, default = [0; N])]
    pub data: [u8; N],
}

#[test]
fn lifetimes_and_const_generics() {
    let owned = String::from("x");
    let b = Borrowed::<'_, 2>::builder()
        .name(owned.as_str())
        .label("l")
        .build();
    assert_eq!(b.data, [0, 0]);
    assert_eq!(b.label.as_deref(), Some("l"));
    let b = Borrowed::<'_, 1>::builder().name("y").data([9]).build();
    assert_eq!(b.data, [9]);
    assert_eq!(b.name, "y");
}

/// Fields whose names are Rust keywords.
#[derive(ApiModel, Debug, PartialEq)]
pub struct Keywords {
    /// `type` on the wire.
    pub r#type: String,
    /// `match` on the wire.
    pub r#match: Option<String>,
    /// Collides with nothing: the builder's own method is `build`.
    pub builder: Option<u8>,
}

#[test]
fn raw_identifiers() {
    let k = Keywords::builder()
        .r#type("user")
        .r#match("all")
        .builder(3)
        .build();
    assert_eq!(k.r#type, "user");
    assert_eq!(k.r#match.as_deref(), Some("all"));
    assert_eq!(k.builder, Some(3));
    let k = Keywords::builder().r#type("t").maybe_match(None).build();
    assert_eq!(k.r#match, None);
}

fn thirty() -> u32 {
    30
}

/// Every field attribute that changes the builder.
#[derive(ApiModel, Debug, PartialEq)]
pub struct Attributes {
    /// Defaults to `Default::default()`.
    #[api(default)]
    pub retries: u32,
    /// Defaults to an expression.
    #[api(default = thirty() * 2)]
    pub timeout: u32,
    /// Defaults to `Some(..)`.
    #[api(default = Some(String::from("eu")))]
    pub region: Option<String>,
    /// Must be given, possibly as `None`.
    #[api(required)]
    pub parent: Option<String>,
    /// Never on the wire.
    #[api(skip)]
    pub cache: Vec<u8>,
    /// Takes exactly its type.
    #[api(into = false)]
    pub exact: Option<u16>,
    /// Unknown keys.
    #[api(additional_properties)]
    pub extra: BTreeMap<String, i64>,
}

#[test]
fn attribute_defaults() {
    let a = Attributes::builder().maybe_parent(None).build();
    assert_eq!(
        a,
        Attributes {
            retries: 0,
            timeout: 60,
            region: Some("eu".to_owned()),
            parent: None,
            cache: Vec::new(),
            exact: None,
            extra: BTreeMap::new(),
        }
    );
    let a = Attributes::builder()
        .parent("root")
        .retries(3_u8)
        .timeout(5_u8)
        .maybe_region(None)
        .cache(vec![1])
        .exact(7_u16)
        .extra(BTreeMap::from([("k".to_owned(), 1)]))
        .build();
    assert_eq!(a.parent.as_deref(), Some("root"));
    assert_eq!((a.retries, a.timeout), (3, 5));
    assert_eq!(a.region, None);
    assert_eq!(a.cache, [1]);
    assert_eq!(a.exact, Some(7));
    assert_eq!(a.extra.len(), 1);
}

#[test]
fn builder_is_a_plain_value() {
    // The builder only moves values: its size is the fields' size plus nothing boxed.
    assert!(
        size_of::<
            ConnectSessionCreateBuilder<
                apimodel::__private::builder::Set<String>,
                apimodel::__private::builder::Set<String>,
            >,
        >() <= size_of::<ConnectSessionCreate>()
    );
}

use apimodel::models::ConnectSessionCreateBuilder;

#[test]
fn into_builder_changes_one_field() {
    let session = ConnectSessionCreate::builder()
        .origin_owner_id("customer-123")
        .origin_owner_name("Acme Inc")
        .provider("hibob")
        .expires_in(60)
        .build();
    let other = session.clone().into_builder().provider("other").build();
    assert_eq!(other.provider.as_deref(), Some("other"));
    assert_eq!(
        ConnectSessionCreate {
            provider: Some("hibob".to_owned()),
            ..other.clone()
        },
        session
    );
    // Nothing set again: the round trip is the identity.
    assert_eq!(session.clone().into_builder().build(), session);
    // Required fields can be set again too; the last value wins.
    let renamed = session.into_builder().origin_owner_name("Acme Ltd").build();
    assert_eq!(renamed.origin_owner_name, "Acme Ltd");
    assert_eq!(renamed.origin_owner_id, "customer-123");
}

#[test]
fn into_builder_on_a_generic_model() {
    let page = Page::<u8>::builder().items(vec![1]).total(1_u8).build();
    let next: Page<u8> = page.into_builder().next_cursor("c2").total(9_u8).build();
    assert_eq!(
        next,
        Page {
            items: vec![1],
            next_cursor: Some("c2".to_owned()),
            total: 9
        }
    );
}

#[test]
fn into_builder_keeps_defaulted_and_skipped_fields() {
    let a = Attributes::builder()
        .parent("root")
        .retries(3_u8)
        .maybe_region(None)
        .cache(vec![1, 2])
        .exact(7_u16)
        .extra(BTreeMap::from([("k".to_owned(), 1)]))
        .build();
    // Defaulted fields keep their values (not their defaults), skipped ones too.
    let b = Attributes { timeout: 1, ..a }
        .into_builder()
        .maybe_parent(None)
        .build();
    assert_eq!(
        b,
        Attributes {
            retries: 3,
            timeout: 1,
            region: None,
            parent: None,
            cache: vec![1, 2],
            exact: Some(7),
            extra: BTreeMap::from([("k".to_owned(), 1)]),
        }
    );
}
