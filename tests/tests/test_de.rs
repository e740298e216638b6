//! Deserialization from JSON: exact values and exact error messages (with serde_json's
//! positions), each also checked against the serde_derive mirror by
//! [`apimodel_tests::mirror::agree`] (`from_str`, `from_slice`, `from_reader`, `from_value`).

#![allow(
    clippy::too_many_lines,
    clippy::needless_raw_string_hashes,
    clippy::items_after_statements,
    reason = "test tables: long lists of literal JSON, written uniformly"
)]

use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use apimodel_tests::mirror::{self, Outcome, agree, shapes};
use serde_json::json;

type Case = (&'static str, Result<&'static str, &'static str>);

fn check<A, M>(cases: &[Case])
where
    A: serde::Serialize + serde::de::DeserializeOwned,
    M: serde::Serialize + serde::de::DeserializeOwned,
{
    for (text, expected) in cases {
        let expected: Outcome = expected.map(str::to_owned).map_err(str::to_owned);
        assert_eq!(agree::<A, M>(text), expected, "on {text:?}");
    }
}

#[test]
fn connect_session_create_table() {
    check::<ConnectSessionCreate, mirror::ConnectSessionCreate>(&[
        (
            r#"{"originOwnerId":"a","originOwnerName":"b"}"#,
            Ok(r#"{"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerName":"b","originOwnerId":"a"}"#,
            Ok(r#"{"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a"}"#,
            Err(r#"missing field `originOwnerName` at line 1 column 21"#),
        ),
        (
            r#"{"originOwnerName":"b"}"#,
            Err(r#"missing field `originOwnerId` at line 1 column 23"#),
        ),
        (
            r#"{}"#,
            Err(r#"missing field `originOwnerId` at line 1 column 2"#),
        ),
        (
            r#"{"originOwnerId":null,"originOwnerName":"b"}"#,
            Err(r#"invalid type: null, expected a string at line 1 column 21"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","provider":null,"originUsername":null,"metadata":null,"expiresIn":null,"categories":null}"#,
            Ok(r#"{"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","provider":"p","provider":"q"}"#,
            Err(r#"duplicate field `provider` at line 1 column 68"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","provider":null,"provider":"q"}"#,
            Err(r#"duplicate field `provider` at line 1 column 69"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerId":"a","originOwnerName":"b"}"#,
            Err(r#"duplicate field `originOwnerId` at line 1 column 36"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","unknown":1,"unknown":{"x":[1,2]}}"#,
            Ok(r#"{"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","OriginOwnerId":1,"origin_owner_id":2}"#,
            Ok(r#"{"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":1,"originOwnerName":"b"}"#,
            Err(r#"invalid type: integer `1`, expected a string at line 1 column 18"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":"3600"}"#,
            Err(r#"invalid type: string "3600", expected f64 at line 1 column 61"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":3600}"#,
            Ok(r#"{"expiresIn":3600.0,"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":-1e400}"#,
            Err(r#"number out of range at line 1 column 61"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":1e400}"#,
            Err(r#"number out of range at line 1 column 60"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":18446744073709551616}"#,
            Ok(r#"{"expiresIn":1.8446744073709552e+19,"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","categories":"hris"}"#,
            Err(r#"invalid type: string "hris", expected a sequence at line 1 column 62"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","categories":["hris",1]}"#,
            Err(
                r#"data did not match any variant of untagged enum ConnectSessionCreateCategories at line 1 column 66"#,
            ),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","categories":["hris","new",""]}"#,
            Ok(r#"{"categories":["hris","new",""],"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","categories":[null]}"#,
            Err(
                r#"data did not match any variant of untagged enum ConnectSessionCreateCategories at line 1 column 62"#,
            ),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","metadata":[]}"#,
            Err(
                r#"invalid type: sequence, expected struct ConnectSessionCreateMetadata at line 1 column 54"#,
            ),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","metadata":"x"}"#,
            Err(
                r#"invalid type: string "x", expected struct ConnectSessionCreateMetadata at line 1 column 57"#,
            ),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"k":1,"k":2}}"#,
            Ok(r#"{"metadata":{"k":2},"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"originOwnerId":1}}"#,
            Ok(r#"{"metadata":{"originOwnerId":1},"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b""#,
            Err(r#"EOF while parsing an object at line 1 column 42"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b",}"#,
            Err(r#"trailing comma at line 1 column 44"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b"}x"#,
            Err(r#"trailing characters at line 1 column 44"#),
        ),
        (
            r#"{"origin\u004fwnerId":"a","originOwnerName":"b"}"#,
            Ok(r#"{"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a\u0000","originOwnerName":"\ud83d\ude00"}"#,
            Ok(r#"{"originOwnerId":"a\u0000","originOwnerName":"😀"}"#),
        ),
        (
            r#"["a","b"]"#,
            Err(r#"invalid type: string "a", expected a sequence at line 1 column 4"#),
        ),
        (
            r#"[null,null,null,"a","b"]"#,
            Ok(r#"{"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"[null,null,null,"a","b",null,null]"#,
            Ok(r#"{"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"[null,null,null,"a","b",null,null,null]"#,
            Err(r#"trailing characters at line 1 column 35"#),
        ),
        (
            r#"[["hris"],1.5,{"k":true},"a","b","u","p"]"#,
            Ok(
                r#"{"categories":["hris"],"expiresIn":1.5,"metadata":{"k":true},"originOwnerId":"a","originOwnerName":"b","originUsername":"u","provider":"p"}"#,
            ),
        ),
        (
            r#"[]"#,
            Err(
                r#"invalid length 3, expected struct ConnectSessionCreate with 7 elements at line 1 column 2"#,
            ),
        ),
        (
            r#"null"#,
            Err(r#"invalid type: null, expected struct ConnectSessionCreate at line 1 column 4"#),
        ),
        (
            r#""x""#,
            Err(
                r#"invalid type: string "x", expected struct ConnectSessionCreate at line 1 column 3"#,
            ),
        ),
        (
            r#"1"#,
            Err(
                r#"invalid type: integer `1`, expected struct ConnectSessionCreate at line 1 column 1"#,
            ),
        ),
        (
            r#""#,
            Err(r#"EOF while parsing a value at line 1 column 0"#),
        ),
        (
            r#"   "#,
            Err(r#"EOF while parsing a value at line 1 column 3"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"a":1}}trailing"#,
            Err(r#"trailing characters at line 1 column 63"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","provider":true}"#,
            Err(r#"invalid type: boolean `true`, expected a string at line 1 column 58"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","provider":{}}"#,
            Err(r#"invalid type: map, expected a string at line 1 column 54"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","provider":[]}"#,
            Err(r#"invalid type: sequence, expected a string at line 1 column 54"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":-0.0}"#,
            Ok(r#"{"expiresIn":-0.0,"originOwnerId":"a","originOwnerName":"b"}"#),
        ),
        (
            r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":1.7976931348623157e308}"#,
            Ok(
                r#"{"expiresIn":1.7976931348623157e+308,"originOwnerId":"a","originOwnerName":"b"}"#,
            ),
        ),
    ]);
}

#[test]
fn account_table() {
    check::<shapes::Account, mirror::Account>(&[
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":"ACTIVE"}"#,
            Ok(
                r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":"ACTIVE"}"#,
            ),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":"ACTIVE","extra":1}"#,
            Err(
                r#"unknown field `extra`, expected one of `account_id`, `displayName`, `is_active`, `small`, `signed_small`, `short_value`, `unsigned_short`, `medium_value`, `big_value`, `level`, `tags`, `owner`, `backup_owner`, `status`, `scores` at line 1 column 215"#,
            ),
        ),
        (
            r#"{"account_id":1,"display_name":"n"}"#,
            Err(
                r#"unknown field `display_name`, expected one of `account_id`, `displayName`, `is_active`, `small`, `signed_small`, `short_value`, `unsigned_short`, `medium_value`, `big_value`, `level`, `tags`, `owner`, `backup_owner`, `status`, `scores` at line 1 column 30"#,
            ),
        ),
        (
            r#"{"account_id":-1}"#,
            Err(r#"invalid value: integer `-1`, expected u64 at line 1 column 16"#),
        ),
        (
            r#"{"account_id":18446744073709551616}"#,
            Err(
                r#"invalid type: floating point `1.8446744073709552e+19`, expected u64 at line 1 column 34"#,
            ),
        ),
        (
            r#"{"account_id":1.0}"#,
            Err(r#"invalid type: floating point `1.0`, expected u64 at line 1 column 17"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":256}"#,
            Err(r#"invalid value: integer `256`, expected u8 at line 1 column 63"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":-1}"#,
            Err(r#"invalid value: integer `-1`, expected u8 at line 1 column 62"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":128}"#,
            Err(r#"invalid value: integer `128`, expected i8 at line 1 column 80"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":-129}"#,
            Err(r#"invalid value: integer `-129`, expected i8 at line 1 column 81"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":32768}"#,
            Err(r#"invalid value: integer `32768`, expected i16 at line 1 column 98"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":65536}"#,
            Err(r#"invalid value: integer `65536`, expected u16 at line 1 column 117"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":2147483648}"#,
            Err(r#"invalid value: integer `2147483648`, expected i32 at line 1 column 139"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":9223372036854775808}"#,
            Err(
                r#"invalid value: integer `9223372036854775808`, expected i64 at line 1 column 162"#,
            ),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":"false"}"#,
            Err(r#"invalid type: string "false", expected a boolean at line 1 column 53"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":["nope"]},"status":"ACTIVE"}"#,
            Err(
                r#"unknown variant `nope`, expected one of `ACTIVE`, `PENDING_REVIEW`, `gone` at line 1 column 193"#,
            ),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":"active"}"#,
            Err(
                r#"unknown variant `active`, expected one of `ACTIVE`, `PENDING_REVIEW`, `gone` at line 1 column 207"#,
            ),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":{"gone":null}}"#,
            Ok(
                r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":"gone"}"#,
            ),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":{"gone":1}}"#,
            Err(r#"invalid type: integer `1`, expected unit at line 1 column 208"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":7}"#,
            Err(r#"expected value at line 1 column 200"#),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[],"x":1},"status":"gone","level":null,"backup_owner":null,"scores":[-128,127]}"#,
            Ok(
                r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":"gone","scores":[-128,127]}"#,
            ),
        ),
        (
            r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"roles":[]},"status":"ACTIVE"}"#,
            Err(r#"missing field `ownerId` at line 1 column 175"#),
        ),
        (
            r#"{"account_id":1,"account_id":1}"#,
            Err(r#"duplicate field `account_id` at line 1 column 28"#),
        ),
        (
            r#"[1,"n",false,0,0,0,0,0,0,null,[],{"ownerId":"o","roles":[]},null,"ACTIVE"]"#,
            Ok(
                r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":"ACTIVE"}"#,
            ),
        ),
        (
            r#"[1,"n",false,0,0,0,0,0,0,null,[],["o",null,[]],null,"ACTIVE",null]"#,
            Ok(
                r#"{"account_id":1,"displayName":"n","is_active":false,"small":0,"signed_small":0,"short_value":0,"unsigned_short":0,"medium_value":0,"big_value":0,"tags":[],"owner":{"ownerId":"o","roles":[]},"status":"ACTIVE"}"#,
            ),
        ),
        (
            r#"[1,"n",false,0,0,0,0,0,0,null,[],["o"],null,"ACTIVE",null]"#,
            Err(r#"invalid length 2, expected struct Owner with 3 elements at line 1 column 38"#),
        ),
        (
            r#"[1,"n"]"#,
            Err(r#"invalid length 2, expected struct Account with 15 elements at line 1 column 7"#),
        ),
    ]);
}

#[test]
fn settings_table() {
    check::<shapes::Settings, mirror::Settings>(&[
        (
            r#"{"name":"s","parent":null,"port":"80"}"#,
            Ok(r#"{"name":"s","retries":0,"timeoutMs":30,"parent":null,"port":"80"}"#),
        ),
        (
            r#"{"name":"s","port":"80"}"#,
            Err(r#"missing field `parent` at line 1 column 24"#),
        ),
        (
            r#"{"name":"s","parent":null}"#,
            Err(r#"missing field `port` at line 1 column 26"#),
        ),
        (
            r#"{"name":"s","parent":null,"port":80}"#,
            Err(r#"invalid type: integer `80`, expected a string at line 1 column 35"#),
        ),
        (
            r#"{"name":"s","parent":null,"port":"99999"}"#,
            Err(r#"number too large to fit in target type at line 1 column 41"#),
        ),
        (
            r#"{"name":"s","parent":"p","port":"1","retries":3,"timeoutMs":5,"cache":[1],"color":"darkBlue"}"#,
            Ok(
                r#"{"name":"s","retries":3,"timeoutMs":5,"parent":"p","port":"1","color":"darkBlue"}"#,
            ),
        ),
        (
            r#"{"name":"s","parent":"p","port":"1","color":"DarkBlue"}"#,
            Err(r#"unknown variant `DarkBlue`, expected `red` or `darkBlue` at line 1 column 54"#),
        ),
        (
            r#"{"name":"s","parent":"p","parent":null,"port":"1"}"#,
            Err(r#"duplicate field `parent` at line 1 column 33"#),
        ),
        (
            r#"{"name":"s","parent":"p","port":"1","port":"2"}"#,
            Err(r#"duplicate field `port` at line 1 column 42"#),
        ),
        (
            r#"["s",1,2,null,"80"]"#,
            Ok(r#"{"name":"s","retries":1,"timeoutMs":2,"parent":null,"port":"80"}"#),
        ),
        (
            r#"["s",1,2,null,"80","red"]"#,
            Ok(r#"{"name":"s","retries":1,"timeoutMs":2,"parent":null,"port":"80","color":"red"}"#),
        ),
        (
            r#"["s"]"#,
            Err(r#"invalid length 3, expected struct Settings with 6 elements at line 1 column 5"#),
        ),
        (
            r#"["s",1,2]"#,
            Err(r#"invalid length 3, expected struct Settings with 6 elements at line 1 column 9"#),
        ),
        (
            r#"["s",1,2,null]"#,
            Err(
                r#"invalid length 4, expected struct Settings with 6 elements at line 1 column 14"#,
            ),
        ),
    ]);
}

#[test]
fn metadata_table() {
    check::<ConnectSessionCreateMetadata, mirror::ConnectSessionCreateMetadata>(&[
        (
            r#"{"a":1,"b":[null,{"c":"d"}],"a":3}"#,
            Ok(r#"{"a":3,"b":[null,{"c":"d"}]}"#),
        ),
        (r#"{}"#, Ok(r#"{}"#)),
        (
            r#"[]"#,
            Err(
                r#"invalid type: sequence, expected struct ConnectSessionCreateMetadata at line 1 column 0"#,
            ),
        ),
        (
            r#"null"#,
            Err(
                r#"invalid type: null, expected struct ConnectSessionCreateMetadata at line 1 column 4"#,
            ),
        ),
        (r#"{"a":}"#, Err(r#"expected value at line 1 column 6"#)),
    ]);
}

#[test]
fn error_positions_on_later_lines() {
    let text = "{\"originOwnerId\":\"a\",\n\"originOwnerName\":\n  5}";
    assert_eq!(
        agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(text),
        Err("invalid type: integer `5`, expected a string at line 3 column 3".to_owned())
    );
    let text = "{\n  \"originOwnerId\": \"a\"\n}";
    assert_eq!(
        agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(text),
        Err("missing field `originOwnerName` at line 3 column 1".to_owned())
    );
}

#[test]
fn full_document_reads_into_the_expected_value() {
    let text = r#"{
        "categories": ["ats", "hris-legacy", "scheduling", "brand-new"],
        "expiresIn": 3600,
        "metadata": {"team": "platform", "seats": 12, "nested": {"a": [1, null]}},
        "originOwnerId": "customer-123",
        "originOwnerName": "Acme Inc",
        "originUsername": "ada",
        "provider": "hibob"
    }"#;
    let session: ConnectSessionCreate = serde_json::from_str(text).unwrap();
    let mut metadata = ConnectSessionCreateMetadata::new();
    metadata.insert("team", "platform");
    metadata.insert("seats", 12);
    metadata.insert("nested", json!({"a": [1, null]}));
    assert_eq!(
        session,
        ConnectSessionCreate {
            categories: Some(vec![
                ConnectSessionCreateCategories::Ats,
                ConnectSessionCreateCategories::HrisLegacy,
                ConnectSessionCreateCategories::Scheduling,
                ConnectSessionCreateCategories::Unknown("brand-new".to_owned()),
            ]),
            expires_in: Some(3600.0),
            metadata: Some(metadata),
            origin_owner_id: "customer-123".to_owned(),
            origin_owner_name: "Acme Inc".to_owned(),
            origin_username: Some("ada".to_owned()),
            provider: Some("hibob".to_owned()),
        }
    );
    let theirs: mirror::ConnectSessionCreate = serde_json::from_str(text).unwrap();
    assert_eq!(mirror::ConnectSessionCreate::from_api(&session), theirs);
    assert_eq!(ConnectSessionCreate::from(theirs), session);
}

#[test]
fn nulls_and_absent_options_are_none() {
    let a: ConnectSessionCreate = serde_json::from_str(
        r#"{"originOwnerId":"a","originOwnerName":"b","provider":null,"metadata":null}"#,
    )
    .unwrap();
    let b: ConnectSessionCreate =
        serde_json::from_str(r#"{"originOwnerId":"a","originOwnerName":"b"}"#).unwrap();
    assert_eq!(a, b);
    assert_eq!(
        a,
        ConnectSessionCreate::builder()
            .origin_owner_id("a")
            .origin_owner_name("b")
            .build()
    );
}

#[test]
fn categories_read_every_wire_value_and_keep_unknown_ones() {
    for wire in mirror::CATEGORY_VALUES {
        let ours: ConnectSessionCreateCategories =
            serde_json::from_str(&format!("\"{wire}\"")).unwrap();
        assert!(!matches!(ours, ConnectSessionCreateCategories::Unknown(_)));
        assert_eq!(ours.as_str(), wire);
        assert_eq!(wire.parse::<ConnectSessionCreateCategories>(), Ok(ours));
    }
    let ours: ConnectSessionCreateCategories = serde_json::from_str(r#""HRIS""#).unwrap();
    assert_eq!(
        ours,
        ConnectSessionCreateCategories::Unknown("HRIS".to_owned())
    );
    let escaped: ConnectSessionCreateCategories = serde_json::from_str(r#""hr\u0069s""#).unwrap();
    assert_eq!(escaped, ConnectSessionCreateCategories::Hris);
    for (text, expected) in [
        (r#""""#, Ok(r#""""#)),
        (r#""ats""#, Ok(r#""ats""#)),
        (r#""Ats""#, Ok(r#""Ats""#)),
        (
            "1",
            Err("data did not match any variant of untagged enum ConnectSessionCreateCategories"),
        ),
        (
            "null",
            Err("data did not match any variant of untagged enum ConnectSessionCreateCategories"),
        ),
        (
            r#"["ats"]"#,
            Err("data did not match any variant of untagged enum ConnectSessionCreateCategories"),
        ),
        (r#"{"ats":null}"#, Ok(r#""ats""#)),
        (
            r#""ats"#,
            Err("EOF while parsing a string at line 1 column 4"),
        ),
    ] {
        let expected: Outcome = expected.map(str::to_owned).map_err(str::to_owned);
        assert_eq!(
            agree::<ConnectSessionCreateCategories, mirror::ConnectSessionCreateCategories>(text),
            expected,
            "on {text}"
        );
    }
}

/// serde_json reads an enum from a string or a one-key object only; anything else is its
/// syntax error "expected value", for serde_derive's enums as for ours.
#[test]
fn closed_enum_errors() {
    for (text, expected) in [
        (r#""ACTIVE""#, Ok(r#""ACTIVE""#)),
        (r#""gone""#, Ok(r#""gone""#)),
        (r#"{"PENDING_REVIEW":null}"#, Ok(r#""PENDING_REVIEW""#)),
        (
            r#""Deleted""#,
            Err(
                "unknown variant `Deleted`, expected one of `ACTIVE`, `PENDING_REVIEW`, `gone` at line 1 column 9",
            ),
        ),
        (
            r#""""#,
            Err(
                "unknown variant ``, expected one of `ACTIVE`, `PENDING_REVIEW`, `gone` at line 1 column 2",
            ),
        ),
        ("0", Err("expected value at line 1 column 1")),
        ("null", Err("expected value at line 1 column 1")),
        (r#"["ACTIVE"]"#, Err("expected value at line 1 column 1")),
        (
            r#"{"ACTIVE":1}"#,
            Err("invalid type: integer `1`, expected unit at line 1 column 11"),
        ),
        (
            r#"{"ACTIVE":null,"gone":null}"#,
            Err("expected value at line 1 column 14"),
        ),
        (r#"{}"#, Err("expected value at line 1 column 2")),
    ] {
        let expected: Outcome = expected.map(str::to_owned).map_err(str::to_owned);
        assert_eq!(
            agree::<shapes::Status, mirror::Status>(text),
            expected,
            "on {text}"
        );
    }
    assert_eq!(
        agree::<shapes::Color, mirror::Color>(r#""Red""#),
        Err("unknown variant `Red`, expected `red` or `darkBlue` at line 1 column 5".to_owned())
    );
}

#[test]
fn from_str_of_enums() {
    assert_eq!(
        "PENDING_REVIEW".parse::<shapes::Status>(),
        Ok(shapes::Status::PendingReview)
    );
    let err = "pending".parse::<shapes::Status>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown Status value `pending`, expected one of `ACTIVE`, `PENDING_REVIEW`, `gone`"
    );
    assert_eq!(err.value(), "pending");
    assert_eq!(
        "x".parse::<ConnectSessionCreateCategories>(),
        Ok(ConnectSessionCreateCategories::Unknown("x".to_owned()))
    );
}

/// A deeply nested value under each kind of key: serde_json's recursion limit, not a stack
/// overflow, and the same error as serde_derive.
#[test]
fn deep_nesting_hits_the_recursion_limit() {
    let deep = "[".repeat(10_000);
    let deep_obj = "{\"a\":".repeat(10_000);
    for (key, value, expected) in [
        (
            "metadata",
            format!("{{\"k\":{deep}"),
            "recursion limit exceeded at line 1 column 163",
        ),
        (
            "metadata",
            format!("{{\"k\":{deep_obj}"),
            "recursion limit exceeded at line 1 column 663",
        ),
        (
            "unknownKey",
            deep.clone(),
            "EOF while parsing a list at line 1 column 10034",
        ),
        (
            "unknownKey",
            deep_obj.clone(),
            "EOF while parsing a value at line 1 column 50034",
        ),
        // An open enum buffers what is not a string, as serde's untagged variant does.
        (
            "categories",
            deep.clone(),
            "recursion limit exceeded at line 1 column 161",
        ),
        (
            "provider",
            deep.clone(),
            "invalid type: sequence, expected a string at line 1 column 32",
        ),
        (
            "expiresIn",
            deep_obj.clone(),
            "invalid type: map, expected f64 at line 1 column 33",
        ),
    ] {
        let text = format!(r#"{{"originOwnerId":"a","{key}":{value}"#);
        assert_eq!(
            agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(&text),
            Err(expected.to_owned()),
            "under {key}"
        );
    }
    // serde_json skips an ignored value without recursing: balanced nesting under an unknown
    // key is skipped whole (then the missing field is reported), under `metadata` it is not.
    let balanced = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let text = format!(r#"{{"originOwnerId":"a","x":{balanced}}}"#);
    assert_eq!(
        agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(&text),
        Err("missing field `originOwnerName` at line 1 column 20026".to_owned())
    );
    let text =
        format!(r#"{{"originOwnerId":"a","originOwnerName":"b","metadata":{{"x":{balanced}}}}}"#);
    assert_eq!(
        agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(&text),
        Err("recursion limit exceeded at line 1 column 185".to_owned())
    );
    // The whole document nested: the struct itself is the first level, read as a sequence
    // whose first element is `categories` (an open enum's list, buffered).
    assert_eq!(
        agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(&deep),
        Err("recursion limit exceeded at line 1 column 128".to_owned())
    );
    assert_eq!(
        agree::<ConnectSessionCreateMetadata, mirror::ConnectSessionCreateMetadata>(&deep_obj),
        Err("recursion limit exceeded at line 1 column 636".to_owned())
    );
}

/// 100,000 levels of nesting inside a field value — a known field, an unknown key (ignored,
/// and denied by `deny_unknown_fields`), a nested model and the top-level array of models —
/// end in serde_json's recursion-limit error (or the error the value's type gives first),
/// never a stack overflow, with the same message as serde_derive.
#[test]
fn hundred_thousand_levels_of_nesting() {
    const DEPTH: usize = 100_000;
    let open = "[".repeat(DEPTH);
    let balanced = format!("{open}{}", "]".repeat(DEPTH));
    let open_obj = "{\"a\":".repeat(DEPTH);
    let seed = |key: &str, value: &str| format!(r#"{{"originOwnerId":"a","{key}":{value}}}"#);
    let cases: Vec<(String, String)> = vec![
        // A known field holding a `serde_json::Value`: the recursion limit.
        (
            seed("metadata", &format!("{{\"k\":{open}")),
            "recursion limit exceeded at line 1 column 163".to_owned(),
        ),
        (
            seed("metadata", &format!("{{\"k\":{balanced}}}")),
            "recursion limit exceeded at line 1 column 163".to_owned(),
        ),
        (
            seed("metadata", &format!("{{\"k\":{open_obj}")),
            "recursion limit exceeded at line 1 column 663".to_owned(),
        ),
        // An open enum buffers what is not a string (serde's untagged variant): the limit.
        (
            seed("categories", &open),
            "recursion limit exceeded at line 1 column 161".to_owned(),
        ),
        // A known field of a typed value: its type refuses the first nested level.
        (
            seed("expiresIn", &open_obj),
            "invalid type: map, expected f64 at line 1 column 33".to_owned(),
        ),
        // An unknown key: its value is skipped without recursion, to the first byte that is
        // not a value or past the balanced brackets (then the missing field is reported).
        (
            seed("unknownKey", &open),
            format!("expected value at line 1 column {}", DEPTH + 35),
        ),
        (
            seed("unknownKey", &balanced),
            format!(
                "missing field `originOwnerName` at line 1 column {}",
                2 * DEPTH + 35
            ),
        ),
    ];
    for (text, expected) in &cases {
        assert_eq!(
            agree::<ConnectSessionCreate, mirror::ConnectSessionCreate>(text),
            Err(expected.clone()),
            "{}…",
            &text[..40]
        );
    }
    // The `additional_properties` model itself, and the array of models, nested.
    assert_eq!(
        agree::<ConnectSessionCreateMetadata, mirror::ConnectSessionCreateMetadata>(&format!(
            "{{\"k\":{balanced}}}"
        )),
        Err("recursion limit exceeded at line 1 column 132".to_owned())
    );
    assert_eq!(
        agree::<Vec<ConnectSessionCreate>, Vec<mirror::ConnectSessionCreate>>(&open),
        Err("recursion limit exceeded at line 1 column 128".to_owned())
    );
    // `deny_unknown_fields`: the unknown key is refused before its value is read; an unknown
    // key of a nested model (which ignores them) is skipped whole.
    let account = format!(r#"{{"account_id":1,"nope":{open}"#);
    assert_eq!(
        agree::<shapes::Account, mirror::Account>(&account),
        Err(
            "unknown field `nope`, expected one of `account_id`, `displayName`, `is_active`, \
             `small`, `signed_small`, `short_value`, `unsigned_short`, `medium_value`, \
             `big_value`, `level`, `tags`, `owner`, `backup_owner`, `status`, `scores` \
             at line 1 column 22"
                .to_owned()
        )
    );
    let owner =
        format!(r#"{{"account_id":1,"owner":{{"ownerId":"o","x":{balanced},"roles":[]}}}}"#);
    assert_eq!(
        agree::<shapes::Account, mirror::Account>(&owner),
        Err(format!(
            "missing field `displayName` at line 1 column {}",
            2 * DEPTH + 56
        ))
    );
    let owner = format!(r#"{{"account_id":1,"backup_owner":{open}"#);
    assert_eq!(
        agree::<shapes::Account, mirror::Account>(&owner),
        Err("invalid type: sequence, expected a string at line 1 column 32".to_owned())
    );
}
