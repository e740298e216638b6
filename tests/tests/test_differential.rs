//! Differential test against serde_derive: thousands of JSON documents — hand-listed and
//! generated (every key with every kind of value, missing keys, nulls, unknown, duplicated
//! and escaped keys, wrong types, arrays instead of objects, truncations, out-of-range numbers,
//! invalid UTF-8) — read as the model and as its mirror with `from_str`, `from_slice`,
//! `from_reader` and `from_value`. Both must accept with the same value (compared by their JSON
//! bytes) or both reject with the same message.

#![allow(
    clippy::too_many_lines,
    clippy::needless_raw_string_hashes,
    clippy::items_after_statements,
    reason = "test tables: long lists of literal JSON, written uniformly"
)]

use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use apimodel_tests::mirror::{self, Outcome, agree, agree_bytes, shapes};

/// Tallies outcomes so a run that accepts (or rejects) everything is noticed.
#[derive(Default)]
struct Tally {
    ok: usize,
    err: usize,
}

impl Tally {
    fn add(&mut self, outcome: &Outcome) {
        match outcome {
            Ok(_) => self.ok += 1,
            Err(_) => self.err += 1,
        }
    }

    fn assert_mixed(&self, min_ok: usize, min_err: usize) {
        assert!(
            self.ok >= min_ok && self.err >= min_err,
            "only {} accepted and {} rejected",
            self.ok,
            self.err
        );
    }
}

type Seed = ConnectSessionCreate;
type SeedMirror = mirror::ConnectSessionCreate;

/// JSON values of every kind, valid or not as values of some field.
const VALUES: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1",
    "-1",
    "3600",
    "0.5",
    "-0.0",
    "1e3",
    "1E-3",
    "1e400",
    "-1e400",
    "255",
    "256",
    "-128",
    "-129",
    "32767",
    "32768",
    "65535",
    "65536",
    "2147483647",
    "2147483648",
    "-2147483649",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "123456789012345678901234567890",
    r#""""#,
    r#""a""#,
    r#""hris""#,
    r#""hris-legacy""#,
    r#""HRIS""#,
    r#""ACTIVE""#,
    r#""gone""#,
    r#""80""#,
    r#""70000""#,
    r#""\u00e9\n\t\"""#,
    r#""\ud83d\ude00""#,
    r#""\ud800""#,
    r#""\x""#,
    "[]",
    "[null]",
    r#"["hris"]"#,
    r#"["hris","nope",""]"#,
    r#"["hris",1]"#,
    "[1,2,3]",
    "[-1,127]",
    "[128]",
    "[[]]",
    "{}",
    r#"{"a":1}"#,
    r#"{"a":1,"a":2}"#,
    r#"{"ownerId":"o","roles":[]}"#,
    r#"{"ownerId":"o","roles":["ACTIVE"],"emailAddress":null}"#,
    r#"{"ownerId":"o"}"#,
    r#"{"ACTIVE":null}"#,
    r#"{"gone":1}"#,
    "[[[[[[[[[[1]]]]]]]]]]",
    r#"{"a":{"b":{"c":[{"d":null}]}}}"#,
    // Not JSON values.
    "nul",
    "tru",
    "01",
    "1.",
    ".5",
    "+1",
    "NaN",
    "Infinity",
    "'a'",
    "[1,]",
    "{,}",
    r#"{"a"}"#,
    r#""unterminated"#,
    "",
];

/// Keys of the seed model, as sent and as users get them wrong.
const SEED_KEYS: &[&str] = &[
    "categories",
    "expiresIn",
    "metadata",
    "originOwnerId",
    "originOwnerName",
    "originUsername",
    "provider",
    "Categories",
    "expires_in",
    "ExpiresIn",
    "EXPIRES_IN",
    "origin_owner_id",
    "originownerid",
    "provider ",
    " provider",
    "",
    "unknown",
    "values",
    "0",
    r"origin\u004fwnerName",
    r"\u0070rovider",
    r"expires\u0049n",
    r"provid\u0065r\u0000",
];

fn seed_doc(members: &[String]) -> String {
    format!("{{{}}}", members.join(","))
}

fn member(key: &str, value: &str) -> String {
    format!("\"{key}\":{value}")
}

fn required() -> Vec<String> {
    vec![
        member("originOwnerId", r#""id""#),
        member("originOwnerName", r#""name""#),
    ]
}

/// A valid value for each of the seed's keys.
const SEED_VALID: &[(&str, &str)] = &[
    ("categories", r#"["ats","hris-legacy","x"]"#),
    ("expiresIn", "3600"),
    ("metadata", r#"{"k":[1,{"z":null}],"a":"b"}"#),
    ("originOwnerId", r#""id""#),
    ("originOwnerName", r#""name""#),
    ("originUsername", r#""u""#),
    ("provider", r#""p""#),
];

#[test]
fn hand_listed_documents() {
    let docs: &[&str] = &[
        r#"{"originOwnerId":"a","originOwnerName":"b"}"#,
        r#" { "originOwnerId" : "a" , "originOwnerName" : "b" } "#,
        "{\n\t\"originOwnerId\": \"a\",\r\n\"originOwnerName\": \"b\"\n}\n",
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{}}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"originOwnerId":"x"}}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"":null}}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"a":1,"a":[2]}}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"a":1,}}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{1:2}}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{"a" 1}}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","categories":[]}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","categories":["hris","hris"]}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","categories":[{"hris":null}]}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","categories":["ats",]}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":1.0000000000000002}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":5e-324}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":1e-400}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":-18446744073709551617}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":00}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":1e}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","expiresIn":-}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b"}}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b"}]"#,
        r#"{"originOwnerId":"a","originOwnerName":"b"} {}"#,
        r#"{"originOwnerId":"a" "originOwnerName":"b"}"#,
        r#"{"originOwnerId":"a",,"originOwnerName":"b"}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","originOwnerId":null}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","originOwnerId":"a"}"#,
        r#"{"originOwnerName":"b","originOwnerName":"b"}"#,
        r#"{"x":1,"x":1,"originOwnerName":"b"}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":null,"metadata":null}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","metadata":{},"metadata":{}}"#,
        r#"{originOwnerId:"a"}"#,
        r#"{'originOwnerId':'a'}"#,
        r#"{"originOwnerId":"a\"","originOwnerName":"b\\"}"#,
        r#"{"originOwnerId":"\u0041","originOwnerName":"\uD834\uDD1E"}"#,
        r#"{"originOwnerId":"\uDD1E","originOwnerName":"b"}"#,
        r#"{"originOwnerId":"a","originOwnerName":"b","\u0000":1}"#,
        "{\"originOwnerId\":\"a\u{1}\",\"originOwnerName\":\"b\"}",
        "{\"originOwnerId\":\"line\nbreak\",\"originOwnerName\":\"b\"}",
        r#"[null,null,null,"a","b"]"#,
        r#"[null,null,null,"a","b",null]"#,
        r#"[null,null,null,"a","b",null,"p"]"#,
        r#"[null,null,null,"a","b",null,"p",null]"#,
        r#"[null,null,null,"a","b",]"#,
        r#"[null,null,null,"a"]"#,
        r#"[null,null,null,null,"b"]"#,
        r#"[[],0,{},"a","b","c","d"]"#,
        r#"[["x"],"0",{},"a","b","c","d"]"#,
        r#"[[],0,[],"a","b","c","d"]"#,
        r#"[[],0,{"k":1},"a","b","c","d"]"#,
        "[]",
        "[",
        "]",
        "{",
        "}",
        "{}",
        "[{}]",
        "0",
        "-1",
        "true",
        "null",
        r#""{}""#,
        "\u{feff}{}",
        "{} ",
        " ",
        "\n",
    ];
    let mut tally = Tally::default();
    for doc in docs {
        tally.add(&agree::<Seed, SeedMirror>(doc));
    }
    tally.assert_mixed(10, 40);
}

#[test]
fn every_key_with_every_value() {
    let mut tally = Tally::default();
    let mut count = 0;
    for key in SEED_KEYS {
        for value in VALUES {
            // The key alone, with the required fields around it, before and after them.
            let mut members = required();
            members.push(member(key, value));
            tally.add(&agree::<Seed, SeedMirror>(&seed_doc(&members)));
            members.rotate_right(1);
            tally.add(&agree::<Seed, SeedMirror>(&seed_doc(&members)));
            // Only the key: the required fields are missing (unless the value errors first).
            tally.add(&agree::<Seed, SeedMirror>(&seed_doc(&[member(key, value)])));
            count += 3;
        }
    }
    assert!(count >= 5000, "{count}");
    tally.assert_mixed(500, 2000);
}

#[test]
fn subsets_duplicates_and_orders_of_valid_members() {
    let mut tally = Tally::default();
    let n = SEED_VALID.len();
    for mask in 0u32..(1 << n) {
        let members: Vec<String> = (0..n)
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| member(SEED_VALID[i].0, SEED_VALID[i].1))
            .collect();
        tally.add(&agree::<Seed, SeedMirror>(&seed_doc(&members)));
        let mut reversed = members.clone();
        reversed.reverse();
        tally.add(&agree::<Seed, SeedMirror>(&seed_doc(&reversed)));
        // Every member given twice (same value, and null as the second value).
        for i in 0..members.len() {
            let mut dup = members.clone();
            dup.push(members[i].clone());
            tally.add(&agree::<Seed, SeedMirror>(&seed_doc(&dup)));
            let key = members[i].split(':').next().unwrap();
            let mut dup_null = members.clone();
            dup_null.insert(0, format!("{key}:null"));
            tally.add(&agree::<Seed, SeedMirror>(&seed_doc(&dup_null)));
        }
        // Nulls for every member.
        let nulls: Vec<String> = (0..n)
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| member(SEED_VALID[i].0, "null"))
            .collect();
        tally.add(&agree::<Seed, SeedMirror>(&seed_doc(&nulls)));
        // The same subset as an array, `null` for the absent positions, cut at every length.
        let elems: Vec<&str> = (0..n)
            .map(|i| {
                if mask & (1 << i) != 0 {
                    SEED_VALID[i].1
                } else {
                    "null"
                }
            })
            .collect();
        for len in 0..=n {
            tally.add(&agree::<Seed, SeedMirror>(&format!(
                "[{}]",
                elems[..len].join(",")
            )));
        }
        tally.add(&agree::<Seed, SeedMirror>(&format!(
            "[{},null]",
            elems.join(",")
        )));
    }
    tally.assert_mixed(100, 500);
}

#[test]
fn truncations_and_byte_mutations() {
    let full = r#"{"categories":["ats","x\u00e9"],"expiresIn":-1.5e2,"metadata":{"k":[1,true,null,{"z":"\n"}]},"originOwnerId":"id","originOwnerName":"näme","originUsername":"u","provider":"p","unknown":[{}]}"#;
    let pretty =
        serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(full).unwrap())
            .unwrap();
    let array = r#"[["ats"],1,{"a":[]},"id","name","u","p"]"#;
    let mut tally = Tally::default();
    for doc in [full, pretty.as_str(), array] {
        for end in 0..=doc.len() {
            if doc.is_char_boundary(end) {
                tally.add(&agree::<Seed, SeedMirror>(&doc[..end]));
            }
            // Byte-level cuts, possibly inside a UTF-8 sequence.
            tally.add(&agree_bytes::<Seed, SeedMirror>(&doc.as_bytes()[..end]));
        }
        // Invalid UTF-8 and stray bytes at every position.
        for at in 0..doc.len() {
            for junk in [b"\xff".as_slice(), b"\xc3", b"\x00", b"}", b"\""] {
                let mut bytes = doc.as_bytes().to_vec();
                bytes.insert(at, junk[0]);
                tally.add(&agree_bytes::<Seed, SeedMirror>(&bytes));
            }
        }
    }
    tally.assert_mixed(3, 1000);
}

/// Every integer field of `Account` with every numeric and non-numeric value.
#[test]
fn account_fields_with_every_value() {
    let base: &[(&str, &str)] = &[
        ("account_id", "1"),
        ("displayName", r#""n""#),
        ("is_active", "true"),
        ("small", "1"),
        ("signed_small", "-1"),
        ("short_value", "-2"),
        ("unsigned_short", "2"),
        ("medium_value", "-3"),
        ("big_value", "-4"),
        ("level", "5"),
        ("tags", r#"["t"]"#),
        ("owner", r#"{"ownerId":"o","roles":["gone"]}"#),
        ("backup_owner", "null"),
        ("status", r#""PENDING_REVIEW""#),
        ("scores", "[1,-1]"),
    ];
    let mut tally = Tally::default();
    for (i, (key, _)) in base.iter().enumerate() {
        for value in VALUES {
            let members: Vec<String> = base
                .iter()
                .enumerate()
                .map(|(j, (k, v))| {
                    if i == j {
                        member(key, value)
                    } else {
                        member(k, v)
                    }
                })
                .collect();
            tally.add(&agree::<shapes::Account, mirror::Account>(&seed_doc(
                &members,
            )));
        }
        // Without the key, with it twice, with an unknown key next to it.
        let without: Vec<String> = base
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, (k, v))| member(k, v))
            .collect();
        tally.add(&agree::<shapes::Account, mirror::Account>(&seed_doc(
            &without,
        )));
        let mut twice: Vec<String> = base.iter().map(|(k, v)| member(k, v)).collect();
        twice.insert(i, twice[i].clone());
        tally.add(&agree::<shapes::Account, mirror::Account>(&seed_doc(
            &twice,
        )));
        let mut unknown: Vec<String> = base.iter().map(|(k, v)| member(k, v)).collect();
        unknown.insert(i, member(&key.to_uppercase(), "1"));
        tally.add(&agree::<shapes::Account, mirror::Account>(&seed_doc(
            &unknown,
        )));
        // As an array of the first i + 1 values.
        let elems: Vec<&str> = base.iter().take(i + 1).map(|(_, v)| *v).collect();
        tally.add(&agree::<shapes::Account, mirror::Account>(&format!(
            "[{}]",
            elems.join(",")
        )));
    }
    tally.assert_mixed(15, 500);
}

#[test]
fn settings_owner_metadata_and_enums_with_every_value() {
    let mut tally = Tally::default();
    for value in VALUES {
        for key in [
            "name",
            "retries",
            "timeoutMs",
            "parent",
            "cache",
            "port",
            "color",
            "other",
        ] {
            let base = [
                member("name", r#""s""#),
                member("parent", "null"),
                member("port", r#""1""#),
            ];
            let mut members: Vec<String> = base.to_vec();
            members.push(member(key, value));
            tally.add(&agree::<shapes::Settings, mirror::Settings>(&seed_doc(
                &members,
            )));
            tally.add(&agree::<shapes::Settings, mirror::Settings>(&seed_doc(&[
                member(key, value),
            ])));
        }
        for key in ["ownerId", "emailAddress", "roles", "x"] {
            let doc = seed_doc(&[
                member("ownerId", r#""o""#),
                member("roles", "[]"),
                member(key, value),
            ]);
            tally.add(&agree::<shapes::Owner, mirror::Owner>(&doc));
        }
        for key in ["a", "", "originOwnerId"] {
            let doc = seed_doc(&[member(key, value), member("b", value)]);
            tally.add(&agree::<
                ConnectSessionCreateMetadata,
                mirror::ConnectSessionCreateMetadata,
            >(&doc));
        }
        // Each value as a whole document, for every type.
        tally.add(&agree::<Seed, SeedMirror>(value));
        tally.add(&agree::<shapes::Account, mirror::Account>(value));
        tally.add(&agree::<shapes::Settings, mirror::Settings>(value));
        tally.add(&agree::<
            ConnectSessionCreateMetadata,
            mirror::ConnectSessionCreateMetadata,
        >(value));
        tally.add(&agree::<
            ConnectSessionCreateCategories,
            mirror::ConnectSessionCreateCategories,
        >(value));
        tally.add(&agree::<shapes::Status, mirror::Status>(value));
        tally.add(&agree::<shapes::Color, mirror::Color>(value));
        tally.add(&agree::<
            Vec<ConnectSessionCreateCategories>,
            Vec<mirror::ConnectSessionCreateCategories>,
        >(value));
        tally.add(&agree::<Option<shapes::Status>, Option<mirror::Status>>(
            value,
        ));
    }
    for variant in [
        "ACTIVE",
        "PENDING_REVIEW",
        "gone",
        "Active",
        "active",
        "",
        "GONE",
    ] {
        tally.add(&agree::<shapes::Status, mirror::Status>(&format!(
            "\"{variant}\""
        )));
        for payload in ["null", "1", "[]", "{}", r#""x""#] {
            tally.add(&agree::<shapes::Status, mirror::Status>(&format!(
                "{{\"{variant}\":{payload}}}"
            )));
        }
    }
    tally.assert_mixed(100, 500);
}
