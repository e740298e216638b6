//! Runtime of the generated code against serde_derive, side by side (divan).
//!
//! Every benchmark exists twice: `apimodel` runs the `#[derive(ApiModel)]` model, `serde_derive`
//! runs a mirror defined below with `#[derive(Serialize, Deserialize)]`, `rename_all = "camelCase"`
//! and `#[serde(default, skip_serializing_if = "Option::is_none")]` on every `Option` — the same
//! wire format. Where serde has two ways to say one thing, the mirror takes the faster one
//! (so the comparison is conservative): the categories are a closed enum, the metadata a plain
//! `serde_json::Map` (no `#[serde(flatten)]`).
//!
//! ```text
//! cargo bench -p apimodel-tests --bench runtime
//! ```
//!
//! BENCHMARKS.md has the figures and the ratios.

// Benchmark bodies are expression closures and table-building loops, written for reading.
#![allow(
    missing_docs,
    clippy::missing_panics_doc,
    clippy::semicolon_if_nothing_returned,
    clippy::wildcard_imports,
    clippy::format_push_string
)]

use apimodel::ApiModel;
use apimodel::models::{
    ConnectSessionCreate, ConnectSessionCreateCategories, ConnectSessionCreateMetadata,
};
use divan::{Bencher, black_box};
use serde::{Deserialize, Serialize};

fn main() {
    divan::main();
}

// ------------------------------------------------------------------------- the serde mirrors

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MirrorConnectSessionCreate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<MirrorCategories>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    pub origin_owner_id: String,
    pub origin_owner_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub enum MirrorCategories {
    Ats,
    Hris,
    HrisLegacy,
    Crm,
    Iam,
    Marketing,
    Lms,
    Stackone,
    Documents,
    Ticketing,
    Screening,
    Messaging,
    Accounting,
    Scheduling,
}

/// 50 fields, every fifth required (`String`), the others `Option` of four kinds.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Wide50 {
    pub field_name_0: String,
    pub field_name_1: Option<f64>,
    pub field_name_2: Option<bool>,
    pub field_name_3: Option<Vec<String>>,
    pub field_name_4: Option<String>,
    pub field_name_5: String,
    pub field_name_6: Option<bool>,
    pub field_name_7: Option<Vec<String>>,
    pub field_name_8: Option<String>,
    pub field_name_9: Option<f64>,
    pub field_name_10: String,
    pub field_name_11: Option<Vec<String>>,
    pub field_name_12: Option<String>,
    pub field_name_13: Option<f64>,
    pub field_name_14: Option<bool>,
    pub field_name_15: String,
    pub field_name_16: Option<String>,
    pub field_name_17: Option<f64>,
    pub field_name_18: Option<bool>,
    pub field_name_19: Option<Vec<String>>,
    pub field_name_20: String,
    pub field_name_21: Option<f64>,
    pub field_name_22: Option<bool>,
    pub field_name_23: Option<Vec<String>>,
    pub field_name_24: Option<String>,
    pub field_name_25: String,
    pub field_name_26: Option<bool>,
    pub field_name_27: Option<Vec<String>>,
    pub field_name_28: Option<String>,
    pub field_name_29: Option<f64>,
    pub field_name_30: String,
    pub field_name_31: Option<Vec<String>>,
    pub field_name_32: Option<String>,
    pub field_name_33: Option<f64>,
    pub field_name_34: Option<bool>,
    pub field_name_35: String,
    pub field_name_36: Option<String>,
    pub field_name_37: Option<f64>,
    pub field_name_38: Option<bool>,
    pub field_name_39: Option<Vec<String>>,
    pub field_name_40: String,
    pub field_name_41: Option<f64>,
    pub field_name_42: Option<bool>,
    pub field_name_43: Option<Vec<String>>,
    pub field_name_44: Option<String>,
    pub field_name_45: String,
    pub field_name_46: Option<bool>,
    pub field_name_47: Option<Vec<String>>,
    pub field_name_48: Option<String>,
    pub field_name_49: Option<f64>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MirrorWide50 {
    pub field_name_0: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_1: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_2: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_3: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_4: Option<String>,
    pub field_name_5: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_6: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_7: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_8: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_9: Option<f64>,
    pub field_name_10: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_11: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_12: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_13: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_14: Option<bool>,
    pub field_name_15: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_16: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_17: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_18: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_19: Option<Vec<String>>,
    pub field_name_20: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_21: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_22: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_23: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_24: Option<String>,
    pub field_name_25: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_26: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_27: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_28: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_29: Option<f64>,
    pub field_name_30: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_31: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_32: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_33: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_34: Option<bool>,
    pub field_name_35: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_36: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_37: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_38: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_39: Option<Vec<String>>,
    pub field_name_40: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_41: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_42: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_43: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_44: Option<String>,
    pub field_name_45: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_46: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_47: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_48: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name_49: Option<f64>,
}

// ------------------------------------------------------------------------- payloads

/// Every field set; the categories only hold known values.
const FULL: &str = r#"{"categories":["hris","hris-legacy","ats","crm"],"expiresIn":3600.0,"metadata":{"team":"platform","tier":3,"beta":true},"originOwnerId":"customer-123","originOwnerName":"Acme Inc","originUsername":"ada@acme.example","provider":"hibob"}"#;

/// The required fields only.
const MINIMAL: &str = r#"{"originOwnerId":"customer-123","originOwnerName":"Acme Inc"}"#;

/// The full body with unknown keys before, between and after the fields (skipped values of
/// every JSON kind).
const UNKNOWN: &str = r#"{"requestId":"8f2c1d","categories":["hris","hris-legacy","ats","crm"],"trace":{"span":[1,2,3],"sampled":false},"expiresIn":3600.0,"metadata":{"team":"platform","tier":3,"beta":true},"originOwnerId":"customer-123","legacy":null,"originOwnerName":"Acme Inc","originUsername":"ada@acme.example","provider":"hibob","extra":[{"a":1},{"b":"two"}]}"#;

/// `{"fieldName0":"value 0","fieldName1":1.5,...}`: every field of `Wide50` set.
fn wide_json() -> String {
    let mut out = String::from("{");
    for i in 0..50 {
        if i > 0 {
            out.push(',');
        }
        let value = if i % 5 == 0 {
            format!("\"required value {i}\"")
        } else {
            match i % 4 {
                0 => format!("\"value {i}\""),
                1 => format!("{i}.5"),
                2 => "true".to_owned(),
                _ => format!("[\"a{i}\",\"b{i}\",\"c{i}\"]"),
            }
        };
        out.push_str(&format!("\"fieldName{i}\":{value}"));
    }
    out.push('}');
    out
}

fn payload(name: &str) -> String {
    match name {
        "full" => FULL.to_owned(),
        "minimal" => MINIMAL.to_owned(),
        "unknown_keys" => UNKNOWN.to_owned(),
        "wide50" => wide_json(),
        _ => unreachable!(),
    }
}

const PAYLOADS: &[&str] = &["full", "minimal", "unknown_keys", "wide50"];

/// Parses with the `apimodel` model or the serde mirror, by payload.
trait Pair {
    type Api: serde::de::DeserializeOwned + Serialize;
    type Mirror: serde::de::DeserializeOwned + Serialize;
}
struct Session;
impl Pair for Session {
    type Api = ConnectSessionCreate;
    type Mirror = MirrorConnectSessionCreate;
}
struct Wide;
impl Pair for Wide {
    type Api = Wide50;
    type Mirror = MirrorWide50;
}

/// Checks once, before timing, that both types read the payload to the same JSON.
fn same_output(json: &str) {
    fn check<P: Pair>(json: &str) {
        let a: P::Api = serde_json::from_str(json).unwrap();
        let m: P::Mirror = serde_json::from_str(json).unwrap();
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&m).unwrap()
        );
    }
    if json.starts_with("{\"fieldName0\"") {
        check::<Wide>(json);
    } else {
        check::<Session>(json);
    }
}

// ------------------------------------------------------------------------- serde_json

mod from_str {
    use super::*;

    fn run<T: serde::de::DeserializeOwned>(bencher: Bencher<'_, '_>, json: &str) {
        bencher.bench_local(|| serde_json::from_str::<T>(black_box(json)).unwrap());
    }

    #[divan::bench(args = PAYLOADS)]
    fn apimodel(bencher: Bencher<'_, '_>, name: &str) {
        let json = payload(name);
        same_output(&json);
        if name == "wide50" {
            run::<Wide50>(bencher, &json)
        } else {
            run::<ConnectSessionCreate>(bencher, &json)
        }
    }

    #[divan::bench(args = PAYLOADS)]
    fn serde_derive(bencher: Bencher<'_, '_>, name: &str) {
        let json = payload(name);
        if name == "wide50" {
            run::<MirrorWide50>(bencher, &json)
        } else {
            run::<MirrorConnectSessionCreate>(bencher, &json)
        }
    }
}

mod from_slice {
    use super::*;

    fn run<T: serde::de::DeserializeOwned>(bencher: Bencher<'_, '_>, json: &str) {
        let bytes = json.as_bytes();
        bencher.bench_local(|| serde_json::from_slice::<T>(black_box(bytes)).unwrap());
    }

    #[divan::bench(args = PAYLOADS)]
    fn apimodel(bencher: Bencher<'_, '_>, name: &str) {
        let json = payload(name);
        if name == "wide50" {
            run::<Wide50>(bencher, &json)
        } else {
            run::<ConnectSessionCreate>(bencher, &json)
        }
    }

    #[divan::bench(args = PAYLOADS)]
    fn serde_derive(bencher: Bencher<'_, '_>, name: &str) {
        let json = payload(name);
        if name == "wide50" {
            run::<MirrorWide50>(bencher, &json)
        } else {
            run::<MirrorConnectSessionCreate>(bencher, &json)
        }
    }
}

mod to_writer {
    use super::*;

    fn run<T: serde::de::DeserializeOwned + Serialize>(bencher: Bencher<'_, '_>, json: &str) {
        let value: T = serde_json::from_str(json).unwrap();
        let mut buf = Vec::with_capacity(4096);
        bencher.bench_local(|| {
            buf.clear();
            serde_json::to_writer(&mut buf, black_box(&value)).unwrap();
            black_box(buf.len())
        });
    }

    #[divan::bench(args = PAYLOADS)]
    fn apimodel(bencher: Bencher<'_, '_>, name: &str) {
        let json = payload(name);
        if name == "wide50" {
            run::<Wide50>(bencher, &json)
        } else {
            run::<ConnectSessionCreate>(bencher, &json)
        }
    }

    #[divan::bench(args = PAYLOADS)]
    fn serde_derive(bencher: Bencher<'_, '_>, name: &str) {
        let json = payload(name);
        if name == "wide50" {
            run::<MirrorWide50>(bencher, &json)
        } else {
            run::<MirrorConnectSessionCreate>(bencher, &json)
        }
    }
}

// ------------------------------------------------------------------------- postcard

/// postcard is not self-describing: a struct is a sequence of its serialized fields, and a
/// skipped `None` would shift the ones after it (with serde_derive exactly as with apimodel).
/// So the round trip uses the 50-field model with every field set; `serde_json::Value`
/// (the session's metadata) cannot be read from postcard at all.
mod postcard_round_trip {
    use super::*;

    fn run<T: serde::de::DeserializeOwned + Serialize + PartialEq + core::fmt::Debug>(
        bencher: Bencher<'_, '_>,
    ) {
        let value: T = serde_json::from_str(&wide_json()).unwrap();
        let bytes = postcard::to_allocvec(&value).unwrap();
        assert_eq!(postcard::from_bytes::<T>(&bytes).unwrap(), value);
        bencher.bench_local(|| {
            let bytes = postcard::to_allocvec(black_box(&value)).unwrap();
            postcard::from_bytes::<T>(black_box(&bytes)).unwrap()
        });
    }

    #[divan::bench]
    fn apimodel(bencher: Bencher<'_, '_>) {
        run::<Wide50>(bencher);
    }

    #[divan::bench]
    fn serde_derive(bencher: Bencher<'_, '_>) {
        run::<MirrorWide50>(bencher);
    }
}

// ------------------------------------------------------------------------- builder

/// The typestate builder against a struct literal of the same model (and of the mirror): the
/// builder should cost nothing over the literal.
mod construct {
    use super::*;

    #[divan::bench]
    fn apimodel_builder() -> ConnectSessionCreate {
        ConnectSessionCreate::builder()
            .origin_owner_id(black_box("customer-123"))
            .origin_owner_name(black_box("Acme Inc"))
            .provider(black_box("hibob"))
            .maybe_origin_username(None)
            .categories(vec![
                ConnectSessionCreateCategories::Hris,
                ConnectSessionCreateCategories::HrisLegacy,
            ])
            .expires_in(black_box(3600))
            .build()
    }

    #[divan::bench]
    fn apimodel_literal() -> ConnectSessionCreate {
        ConnectSessionCreate {
            categories: Some(vec![
                ConnectSessionCreateCategories::Hris,
                ConnectSessionCreateCategories::HrisLegacy,
            ]),
            expires_in: Some(f64::from(black_box(3600))),
            metadata: None::<ConnectSessionCreateMetadata>,
            origin_owner_id: String::from(black_box("customer-123")),
            origin_owner_name: String::from(black_box("Acme Inc")),
            origin_username: None,
            provider: Some(String::from(black_box("hibob"))),
        }
    }

    #[divan::bench]
    fn serde_derive_literal() -> MirrorConnectSessionCreate {
        MirrorConnectSessionCreate {
            categories: Some(vec![MirrorCategories::Hris, MirrorCategories::HrisLegacy]),
            expires_in: Some(f64::from(black_box(3600))),
            metadata: None,
            origin_owner_id: String::from(black_box("customer-123")),
            origin_owner_name: String::from(black_box("Acme Inc")),
            origin_username: None,
            provider: Some(String::from(black_box("hibob"))),
        }
    }
}
