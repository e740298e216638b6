//! The exact calls the generated impls make on a `Serializer` / `Deserializer`, as serde_test
//! tokens — including the `len` given to `serialize_struct` — each asserted on the
//! serde_derive mirror with the same tokens.

#![allow(
    clippy::too_many_lines,
    clippy::needless_raw_string_hashes,
    clippy::items_after_statements,
    reason = "test tables: long lists of literal JSON, written uniformly"
)]

use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use apimodel_tests::mirror::{self, shapes};
use serde::{Deserialize, Serialize};
use serde_json::json;
use serde_test::{
    Configure as _, Readable, Token, assert_de_tokens, assert_de_tokens_error, assert_ser_tokens,
    assert_tokens,
};

// The tokens are those of a human-readable format (`Readable`): an open enum reads serde's map
// form of a known value there, and a compact format holds its string only.

/// `ours` and `theirs` both serialize to `tokens` and read back from them.
fn both<A, M>(ours: &A, theirs: &M, tokens: &[Token])
where
    A: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Clone,
    M: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Clone,
{
    assert_tokens(&ours.clone().readable(), tokens);
    assert_tokens(&theirs.clone().readable(), tokens);
}

/// `ours` and `theirs` both read from `tokens` (which they need not serialize to).
fn both_de<A, M>(ours: &A, theirs: &M, tokens: &[Token])
where
    A: for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Clone,
    M: for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug + Clone,
{
    assert_de_tokens(&ours.clone().readable(), tokens);
    assert_de_tokens(&theirs.clone().readable(), tokens);
}

/// Both fail on `tokens` with `error`.
fn both_err<A, M>(tokens: &[Token], error: &str)
where
    A: for<'de> Deserialize<'de>,
    M: for<'de> Deserialize<'de>,
{
    assert_de_tokens_error::<Readable<A>>(tokens, error);
    assert_de_tokens_error::<Readable<M>>(tokens, error);
}

fn minimal() -> (ConnectSessionCreate, mirror::ConnectSessionCreate) {
    let ours = ConnectSessionCreate::builder()
        .origin_owner_id("id")
        .origin_owner_name("name")
        .build();
    let theirs = mirror::ConnectSessionCreate::from_api(&ours);
    (ours, theirs)
}

fn full() -> (ConnectSessionCreate, mirror::ConnectSessionCreate) {
    let mut metadata = ConnectSessionCreateMetadata::new();
    metadata.insert("team", "platform");
    let ours = ConnectSessionCreate::builder()
        .origin_owner_id("id")
        .origin_owner_name("name")
        .categories(vec![
            ConnectSessionCreateCategories::Hris,
            ConnectSessionCreateCategories::Unknown("new".to_owned()),
        ])
        .expires_in(60)
        .metadata(metadata)
        .origin_username("user")
        .provider("hibob")
        .build();
    let theirs = mirror::ConnectSessionCreate::from_api(&ours);
    (ours, theirs)
}

const MINIMAL: &[Token] = &[
    Token::Struct {
        name: "ConnectSessionCreate",
        len: 2,
    },
    Token::Str("originOwnerId"),
    Token::Str("id"),
    Token::Str("originOwnerName"),
    Token::Str("name"),
    Token::StructEnd,
];

#[test]
fn minimal_tokens() {
    let (ours, theirs) = minimal();
    both(&ours, &theirs, MINIMAL);
}

#[test]
fn full_tokens() {
    let (ours, theirs) = full();
    both(
        &ours,
        &theirs,
        &[
            Token::Struct {
                name: "ConnectSessionCreate",
                len: 7,
            },
            Token::Str("categories"),
            Token::Some,
            Token::Seq { len: Some(2) },
            Token::Str("hris"),
            Token::Str("new"),
            Token::SeqEnd,
            Token::Str("expiresIn"),
            Token::Some,
            Token::F64(60.0),
            Token::Str("metadata"),
            Token::Some,
            Token::Map { len: None },
            Token::Str("team"),
            Token::Str("platform"),
            Token::MapEnd,
            Token::Str("originOwnerId"),
            Token::Str("id"),
            Token::Str("originOwnerName"),
            Token::Str("name"),
            Token::Str("originUsername"),
            Token::Some,
            Token::Str("user"),
            Token::Str("provider"),
            Token::Some,
            Token::Str("hibob"),
            Token::StructEnd,
        ],
    );
}

#[test]
fn struct_len_counts_only_the_emitted_fields() {
    let (mut ours, _) = minimal();
    ours.provider = Some("p".to_owned());
    ours.expires_in = Some(1.5);
    let theirs = mirror::ConnectSessionCreate::from_api(&ours);
    both(
        &ours,
        &theirs,
        &[
            Token::Struct {
                name: "ConnectSessionCreate",
                len: 4,
            },
            Token::Str("expiresIn"),
            Token::Some,
            Token::F64(1.5),
            Token::Str("originOwnerId"),
            Token::Str("id"),
            Token::Str("originOwnerName"),
            Token::Str("name"),
            Token::Str("provider"),
            Token::Some,
            Token::Str("p"),
            Token::StructEnd,
        ],
    );
}

#[test]
fn struct_read_from_a_map_a_seq_and_other_key_types() {
    let (ours, theirs) = minimal();
    // A map instead of a struct, keys in any order, unknown keys with any value.
    both_de(
        &ours,
        &theirs,
        &[
            Token::Map { len: Some(4) },
            Token::String("zzz"),
            Token::Seq { len: None },
            Token::Bool(true),
            Token::SeqEnd,
            Token::BorrowedStr("originOwnerName"),
            Token::Str("name"),
            Token::Bytes(b"originOwnerId"),
            Token::Str("id"),
            Token::Str("provider"),
            Token::None,
            Token::MapEnd,
        ],
    );
    // Keys as field indices (formats that write structs by index), unknown indices ignored.
    both_de(
        &ours,
        &theirs,
        &[
            Token::Map { len: None },
            Token::U64(3),
            Token::Str("id"),
            Token::U8(4),
            Token::Str("name"),
            Token::U64(7),
            Token::I32(-1),
            Token::U64(u64::MAX),
            Token::Unit,
            Token::MapEnd,
        ],
    );
    // A sequence, with and without the trailing optional fields.
    both_de(
        &ours,
        &theirs,
        &[
            Token::Seq { len: Some(5) },
            Token::None,
            Token::None,
            Token::None,
            Token::Str("id"),
            Token::Str("name"),
            Token::SeqEnd,
        ],
    );
    both_de(
        &ours,
        &theirs,
        &[
            Token::Tuple { len: 7 },
            Token::None,
            Token::None,
            Token::None,
            Token::Str("id"),
            Token::Str("name"),
            Token::None,
            Token::None,
            Token::TupleEnd,
        ],
    );
    // The seed's Option fields read through `Some`, and a unit-like none.
    let (full_ours, full_theirs) = full();
    both_de(
        &full_ours,
        &full_theirs,
        &[
            Token::Seq { len: Some(7) },
            Token::Some,
            Token::Seq { len: Some(2) },
            Token::String("hris"),
            Token::BorrowedStr("new"),
            Token::SeqEnd,
            Token::Some,
            Token::I64(60),
            Token::Some,
            Token::Map { len: Some(1) },
            Token::Str("team"),
            Token::Str("platform"),
            Token::MapEnd,
            Token::Str("id"),
            Token::Str("name"),
            Token::Some,
            Token::Str("user"),
            Token::Some,
            Token::Str("hibob"),
            Token::SeqEnd,
        ],
    );
}

#[test]
fn struct_errors() {
    type C = ConnectSessionCreate;
    type M = mirror::ConnectSessionCreate;
    let head = Token::Struct {
        name: "ConnectSessionCreate",
        len: 2,
    };
    both_err::<C, M>(
        &[
            head,
            Token::Str("originOwnerId"),
            Token::Str("id"),
            Token::StructEnd,
        ],
        "missing field `originOwnerName`",
    );
    both_err::<C, M>(&[head, Token::StructEnd], "missing field `originOwnerId`");
    both_err::<C, M>(
        &[
            head,
            Token::Str("provider"),
            Token::None,
            Token::Str("provider"),
            Token::None,
        ],
        "duplicate field `provider`",
    );
    both_err::<C, M>(
        &[head, Token::U64(3), Token::Str("a"), Token::U64(3)],
        "duplicate field `originOwnerId`",
    );
    both_err::<C, M>(
        &[head, Token::Str("originOwnerId"), Token::None],
        "invalid type: Option value, expected a string",
    );
    both_err::<C, M>(
        &[head, Token::Str("expiresIn"), Token::Str("1")],
        "invalid type: string \"1\", expected option",
    );
    both_err::<C, M>(
        &[head, Token::Bool(true)],
        "invalid type: boolean `true`, expected field identifier",
    );
    both_err::<C, M>(
        &[head, Token::I64(3)],
        "invalid type: integer `3`, expected field identifier",
    );
    both_err::<C, M>(
        &[Token::Seq { len: Some(0) }, Token::SeqEnd],
        "invalid length 3, expected struct ConnectSessionCreate with 7 elements",
    );
    both_err::<C, M>(
        &[
            Token::Seq { len: Some(4) },
            Token::None,
            Token::None,
            Token::None,
            Token::Str("id"),
            Token::SeqEnd,
        ],
        "invalid length 4, expected struct ConnectSessionCreate with 7 elements",
    );
    both_err::<C, M>(
        &[Token::Str("x")],
        "invalid type: string \"x\", expected struct ConnectSessionCreate",
    );
    both_err::<C, M>(
        &[Token::Unit],
        "invalid type: unit value, expected struct ConnectSessionCreate",
    );
    both_err::<C, M>(
        &[
            head,
            Token::Str("metadata"),
            Token::Some,
            Token::Seq { len: Some(0) },
        ],
        "invalid type: sequence, expected struct ConnectSessionCreateMetadata",
    );
    both_err::<C, M>(
        &[
            head,
            Token::Str("categories"),
            Token::Some,
            Token::Str("hris"),
        ],
        "invalid type: string \"hris\", expected a sequence",
    );
}

#[test]
fn deny_unknown_fields_tokens() {
    type A = shapes::Account;
    type M = mirror::Account;
    let head = Token::Struct {
        name: "Account",
        len: 1,
    };
    let expected_one_of = "expected one of `account_id`, `displayName`, `is_active`, `small`, `signed_small`, `short_value`, `unsigned_short`, `medium_value`, `big_value`, `level`, `tags`, `owner`, `backup_owner`, `status`, `scores`";
    both_err::<A, M>(
        &[head, Token::Str("nope")],
        &format!("unknown field `nope`, {expected_one_of}"),
    );
    both_err::<A, M>(
        &[head, Token::Bytes(b"by\xfftes")],
        &format!("unknown field `by\u{fffd}tes`, {expected_one_of}"),
    );
    both_err::<A, M>(
        &[head, Token::String("accountId")],
        &format!("unknown field `accountId`, {expected_one_of}"),
    );
    both_err::<A, M>(
        &[head, Token::U64(15)],
        "invalid value: integer `15`, expected field index 0 <= i < 15",
    );
    both_err::<A, M>(
        &[head, Token::U32(u32::MAX)],
        "invalid value: integer `4294967295`, expected field index 0 <= i < 15",
    );
    both_err::<A, M>(
        &[head, Token::Str("account_id"), Token::I64(-1)],
        "invalid value: integer `-1`, expected u64",
    );
    both_err::<A, M>(
        &[head, Token::Str("small"), Token::U16(256)],
        "invalid value: integer `256`, expected u8",
    );
    both_err::<A, M>(
        &[Token::Seq { len: Some(1) }, Token::U64(1), Token::SeqEnd],
        "invalid length 1, expected struct Account with 15 elements",
    );
}

#[test]
fn account_and_settings_tokens() {
    let theirs = mirror::Account {
        account_id: 1,
        name: "n".to_owned(),
        is_active: true,
        small: 2,
        signed_small: -3,
        short_value: -4,
        unsigned_short: 5,
        medium_value: -6,
        big_value: -7,
        level: None,
        tags: vec!["t".to_owned()],
        owner: mirror::Owner {
            owner_id: "o".to_owned(),
            email_address: Some("e".to_owned()),
            roles: vec![mirror::Status::Deleted],
        },
        backup_owner: None,
        status: mirror::Status::Active,
        scores: Some(vec![-1]),
    };
    let ours = shapes::Account::from(theirs.clone());
    both(
        &ours,
        &theirs,
        &[
            Token::Struct {
                name: "Account",
                len: 13,
            },
            Token::Str("account_id"),
            Token::U64(1),
            Token::Str("displayName"),
            Token::Str("n"),
            Token::Str("is_active"),
            Token::Bool(true),
            Token::Str("small"),
            Token::U8(2),
            Token::Str("signed_small"),
            Token::I8(-3),
            Token::Str("short_value"),
            Token::I16(-4),
            Token::Str("unsigned_short"),
            Token::U16(5),
            Token::Str("medium_value"),
            Token::I32(-6),
            Token::Str("big_value"),
            Token::I64(-7),
            Token::Str("tags"),
            Token::Seq { len: Some(1) },
            Token::Str("t"),
            Token::SeqEnd,
            Token::Str("owner"),
            Token::Struct {
                name: "Owner",
                len: 3,
            },
            Token::Str("ownerId"),
            Token::Str("o"),
            Token::Str("emailAddress"),
            Token::Some,
            Token::Str("e"),
            Token::Str("roles"),
            Token::Seq { len: Some(1) },
            Token::UnitVariant {
                name: "Status",
                variant: "gone",
            },
            Token::SeqEnd,
            Token::StructEnd,
            Token::Str("status"),
            Token::UnitVariant {
                name: "Status",
                variant: "ACTIVE",
            },
            Token::Str("scores"),
            Token::Some,
            Token::Seq { len: Some(1) },
            Token::I8(-1),
            Token::SeqEnd,
            Token::StructEnd,
        ],
    );

    let theirs = mirror::Settings {
        name: "s".to_owned(),
        retries: 1,
        timeout_ms: 2,
        parent: None,
        cache: Vec::new(),
        port: 80,
        color: Some(mirror::Color::Red),
    };
    let ours = shapes::Settings::from(theirs.clone());
    both(
        &ours,
        &theirs,
        &[
            Token::Struct {
                name: "Settings",
                len: 6,
            },
            Token::Str("name"),
            Token::Str("s"),
            Token::Str("retries"),
            Token::U32(1),
            Token::Str("timeoutMs"),
            Token::U64(2),
            Token::Str("parent"),
            Token::None,
            Token::Str("port"),
            Token::Str("80"),
            Token::Str("color"),
            Token::Some,
            Token::UnitVariant {
                name: "Color",
                variant: "red",
            },
            Token::StructEnd,
        ],
    );
    // Defaults fill absent keys; `required` and `with` keys must be present.
    let theirs = mirror::Settings {
        retries: 0,
        timeout_ms: 30,
        color: None,
        ..theirs
    };
    let ours = shapes::Settings::from(theirs.clone());
    let head = Token::Struct {
        name: "Settings",
        len: 3,
    };
    both_de(
        &ours,
        &theirs,
        &[
            head,
            Token::Str("port"),
            Token::Str("80"),
            Token::Str("parent"),
            Token::None,
            Token::Str("name"),
            Token::Str("s"),
            Token::Str("cache"),
            Token::Bytes(b"ignored"),
            Token::StructEnd,
        ],
    );
    type S = shapes::Settings;
    type SM = mirror::Settings;
    both_err::<S, SM>(
        &[head, Token::Str("name"), Token::Str("s"), Token::StructEnd],
        "missing field `parent`",
    );
    both_err::<S, SM>(
        &[
            head,
            Token::Str("name"),
            Token::Str("s"),
            Token::Str("parent"),
            Token::Some,
            Token::Str("p"),
            Token::StructEnd,
        ],
        "missing field `port`",
    );
    both_err::<S, SM>(
        &[head, Token::Str("port"), Token::Str("x")],
        "invalid digit found in string",
    );
    both_err::<S, SM>(
        &[
            Token::Seq { len: Some(3) },
            Token::Str("s"),
            Token::U32(1),
            Token::U64(2),
            Token::SeqEnd,
        ],
        "invalid length 3, expected struct Settings with 6 elements",
    );
    both_err::<S, SM>(
        &[
            Token::Seq { len: Some(3) },
            Token::Str("s"),
            Token::U32(1),
            Token::U64(2),
            Token::None,
            Token::SeqEnd,
        ],
        "invalid length 4, expected struct Settings with 6 elements",
    );
}

#[test]
fn metadata_tokens() {
    let ours: ConnectSessionCreateMetadata =
        [("a", json!(1)), ("b", json!(null))].into_iter().collect();
    let theirs = mirror::ConnectSessionCreateMetadata {
        values: ours.values.clone(),
    };
    // serialize_map(None), as serde's `flatten`.
    both(
        &ours,
        &theirs,
        &[
            Token::Map { len: None },
            Token::Str("a"),
            Token::U64(1),
            Token::Str("b"),
            Token::Unit,
            Token::MapEnd,
        ],
    );
    both_de(
        &ours,
        &theirs,
        &[
            Token::Struct {
                name: "ConnectSessionCreateMetadata",
                len: 2,
            },
            Token::String("a"),
            Token::I8(1),
            Token::BorrowedStr("b"),
            Token::None,
            Token::StructEnd,
        ],
    );
    type A = ConnectSessionCreateMetadata;
    type M = mirror::ConnectSessionCreateMetadata;
    both_err::<A, M>(
        &[Token::Seq { len: Some(0) }],
        "invalid type: sequence, expected struct ConnectSessionCreateMetadata",
    );
    both_err::<A, M>(
        &[Token::Str("x")],
        "invalid type: string \"x\", expected struct ConnectSessionCreateMetadata",
    );
    // Keys that are not strings: serde_derive's `flatten` buffers them and fails when the
    // map's `String` key is read, so the messages say "expected a string". (serde_derive fails
    // after the whole map has been read; apimodel at the key. Both reject the same inputs.)
    for (key, message) in [
        (
            Token::U64(1),
            "invalid type: integer `1`, expected a string",
        ),
        (Token::U8(7), "invalid type: integer `7`, expected a string"),
        (
            Token::I8(-1),
            "invalid type: integer `-1`, expected a string",
        ),
        (
            Token::I64(-9),
            "invalid type: integer `-9`, expected a string",
        ),
        (
            Token::F32(1.5),
            "invalid type: floating point `1.5`, expected a string",
        ),
        (
            Token::F64(-0.5),
            "invalid type: floating point `-0.5`, expected a string",
        ),
        (
            Token::Bool(true),
            "invalid type: boolean `true`, expected a string",
        ),
        (
            Token::Char('c'),
            "invalid type: character `c`, expected a string",
        ),
        (Token::Unit, "invalid type: unit value, expected a string"),
        (
            Token::Bytes(b"\xff"),
            "invalid value: byte array, expected a string",
        ),
        (
            Token::ByteBuf(b"a\xfe"),
            "invalid value: byte array, expected a string",
        ),
    ] {
        let tokens = [
            Token::Map { len: None },
            Token::Str("ok"),
            Token::Bool(false),
            key,
            Token::U8(1),
            Token::MapEnd,
        ];
        // apimodel stops at the key; serde_derive reads the whole map first.
        assert_de_tokens_error::<A>(&tokens[..4], message);
        assert_de_tokens_error::<M>(&tokens, message);
    }
    // Keys that are neither: "expected field identifier", at the key, for both.
    both_err::<A, M>(
        &[Token::Map { len: None }, Token::Seq { len: None }],
        "invalid type: sequence, expected field identifier",
    );
    both_err::<A, M>(
        &[Token::Map { len: None }, Token::Map { len: None }],
        "invalid type: map, expected field identifier",
    );
    // Keys given as valid UTF-8 bytes are strings.
    let ours: ConnectSessionCreateMetadata = [("k", json!(true))].into_iter().collect();
    let theirs = mirror::ConnectSessionCreateMetadata {
        values: ours.values.clone(),
    };
    both_de(
        &ours,
        &theirs,
        &[
            Token::Map { len: Some(1) },
            Token::Bytes(b"k"),
            Token::Bool(true),
            Token::MapEnd,
        ],
    );
}

#[test]
fn enum_tokens() {
    both(
        &ConnectSessionCreateCategories::HrisLegacy,
        &mirror::ConnectSessionCreateCategories::HrisLegacy,
        &[Token::Str("hris-legacy")],
    );
    both(
        &ConnectSessionCreateCategories::Unknown("zzz".to_owned()),
        &mirror::ConnectSessionCreateCategories::Unknown("zzz".to_owned()),
        &[Token::Str("zzz")],
    );
    both_de(
        &ConnectSessionCreateCategories::Crm,
        &mirror::ConnectSessionCreateCategories::Crm,
        &[Token::String("crm")],
    );
    // serde's map form of a known value.
    both_de(
        &ConnectSessionCreateCategories::Crm,
        &mirror::ConnectSessionCreateCategories::Crm,
        &[
            Token::Map { len: Some(1) },
            Token::Str("crm"),
            Token::Unit,
            Token::MapEnd,
        ],
    );
    // Bytes name no variant in serde's buffer, but `String` reads them: the catch-all's.
    both_de(
        &ConnectSessionCreateCategories::Unknown("crm".to_owned()),
        &mirror::ConnectSessionCreateCategories::Unknown("crm".to_owned()),
        &[Token::Bytes(b"crm")],
    );
    both_de(
        &ConnectSessionCreateCategories::Unknown("crm".to_owned()),
        &mirror::ConnectSessionCreateCategories::Unknown("crm".to_owned()),
        &[Token::ByteBuf(b"crm")],
    );
    type C = ConnectSessionCreateCategories;
    type CM = mirror::ConnectSessionCreateCategories;
    for tokens in [
        &[Token::U8(1)][..],
        &[
            Token::Map { len: Some(1) },
            Token::Str("crm"),
            Token::U8(1),
            Token::MapEnd,
        ],
        &[
            Token::Map { len: Some(1) },
            Token::Str("zzz"),
            Token::Unit,
            Token::MapEnd,
        ],
    ] {
        both_err::<C, CM>(
            tokens,
            "data did not match any variant of untagged enum ConnectSessionCreateCategories",
        );
    }
    // serde_test hands a unit variant to `deserialize_any` as its name.
    both_de(
        &ConnectSessionCreateCategories::Ats,
        &mirror::ConnectSessionCreateCategories::Ats,
        &[Token::UnitVariant {
            name: "ConnectSessionCreateCategories",
            variant: "ats",
        }],
    );

    both(
        &shapes::Status::PendingReview,
        &mirror::Status::PendingReview,
        &[Token::UnitVariant {
            name: "Status",
            variant: "PENDING_REVIEW",
        }],
    );
    both(
        &shapes::Color::DarkBlue,
        &mirror::Color::DarkBlue,
        &[Token::UnitVariant {
            name: "Color",
            variant: "darkBlue",
        }],
    );
    // By index, by bytes, as an externally tagged enum with a unit payload.
    both_de(
        &shapes::Status::Deleted,
        &mirror::Status::Deleted,
        &[Token::Enum { name: "Status" }, Token::U32(2), Token::Unit],
    );
    both_de(
        &shapes::Status::Active,
        &mirror::Status::Active,
        &[
            Token::Enum { name: "Status" },
            Token::Bytes(b"ACTIVE"),
            Token::Unit,
        ],
    );
    // A bare string is not an enum for serde_test (it is for serde_json).
    type S = shapes::Status;
    type SM = mirror::Status;
    both_err::<S, SM>(
        &[Token::Str("ACTIVE")],
        "invalid type: string \"ACTIVE\", expected enum Status",
    );
    both_err::<S, SM>(
        &[Token::Enum { name: "Status" }, Token::U32(3)],
        "invalid value: integer `3`, expected variant index 0 <= i < 3",
    );
    both_err::<S, SM>(
        &[
            Token::Enum { name: "Status" },
            Token::Str("gone"),
            Token::Bool(true),
        ],
        "invalid type: boolean `true`, expected unit",
    );
    both_err::<S, SM>(
        &[Token::UnitVariant {
            name: "Status",
            variant: "Gone",
        }],
        "unknown variant `Gone`, expected one of `ACTIVE`, `PENDING_REVIEW`, `gone`",
    );
    both_err::<S, SM>(
        &[Token::NewtypeVariant {
            name: "Status",
            variant: "gone",
        }],
        "invalid type: map, expected unit",
    );
    both_err::<S, SM>(
        &[Token::Enum { name: "Status" }, Token::Bool(false)],
        "invalid type: boolean `false`, expected variant identifier",
    );
    both_err::<S, SM>(
        &[Token::I32(0)],
        "invalid type: integer `0`, expected enum Status",
    );
}

#[test]
fn option_of_model_tokens() {
    let (ours, theirs) = minimal();
    let mut tokens = vec![Token::Some];
    tokens.extend_from_slice(MINIMAL);
    assert_ser_tokens(&Some(ours.clone()), &tokens);
    assert_ser_tokens(&Some(theirs.clone()), &tokens);
    both(&Some(ours), &Some(theirs), &tokens);
}

/// serde's `rename` on a string enum is the name the format is handed, in each direction
/// (`serialize_unit_variant`, `deserialize_enum`), as serde_derive hands it.
#[test]
fn renamed_string_enum_hands_the_format_its_name() {
    #[derive(apimodel::ApiModel, Debug, Clone, PartialEq)]
    #[api(serde_defaults)]
    #[serde(rename(serialize = "Written", deserialize = "Read"))]
    enum Ours {
        On,
        Off,
    }

    #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
    #[serde(rename(serialize = "Written", deserialize = "Read"))]
    enum Theirs {
        On,
        Off,
    }

    let written = [Token::UnitVariant {
        name: "Written",
        variant: "Off",
    }];
    assert_ser_tokens(&Ours::Off, &written);
    assert_ser_tokens(&Theirs::Off, &written);
    // serde_test hands `deserialize_enum` no check of the name; a recording deserializer does.
    struct Named<'a>(&'a mut Option<&'static str>);
    impl<'de> serde::Deserializer<'de> for Named<'_> {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(
            self,
            _: V,
        ) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("not an enum"))
        }
        fn deserialize_enum<V: serde::de::Visitor<'de>>(
            self,
            name: &'static str,
            _: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = Some(name);
            visitor.visit_enum(serde::de::value::StrDeserializer::new("On"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 char str string bytes byte_buf option
            unit unit_struct newtype_struct seq tuple tuple_struct map struct identifier
            ignored_any
        }
    }
    let (mut ours, mut theirs) = (None, None);
    assert_eq!(Ours::deserialize(Named(&mut ours)).unwrap(), Ours::On);
    assert_eq!(Theirs::deserialize(Named(&mut theirs)).unwrap(), Theirs::On);
    assert_eq!((ours, theirs), (Some("Read"), Some("Read")));
}
