//! Shapes from a real SDK where random documents read by the original serde_derive types and by
//! their `ApiModel` copies disagreed (issue 19, part 3), each against its serde_derive mirror:
//! the same value (compared as the JSON each writes back) or the same error message, in JSON and,
//! where the shape reads from it, postcard.

#![allow(
    clippy::needless_raw_string_hashes,
    reason = "test tables: literal JSON, written uniformly"
)]

use serde::Serialize;
use serde::de::DeserializeOwned;

/// What reading `doc` gives: the JSON the value writes back, or the error message.
fn json<T: Serialize + DeserializeOwned>(doc: &str) -> Result<String, String> {
    serde_json::from_str::<T>(doc)
        .map(|v| serde_json::to_string(&v).unwrap())
        .map_err(|e| e.to_string())
}

/// Both read every document to the same value or fail with the same message.
fn same_json<A, M>(docs: &[&str])
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    for doc in docs {
        assert_eq!(json::<A>(doc), json::<M>(doc), "{doc}");
    }
}

/// [`json`] with the error's position cut off: an internally tagged enum whose tag comes first is
/// read in one pass, so its errors carry the position serde's buffered ones lack (README,
/// "Unions").
fn json_unplaced<T: Serialize + DeserializeOwned>(doc: &str) -> Result<String, String> {
    json::<T>(doc).map_err(|e| match e.rfind(" at line ") {
        Some(at) => e[..at].to_owned(),
        None => e,
    })
}

/// [`json_unplaced`] for values that cannot be written back: the value's `Debug` (the same text
/// for ours and theirs, whose types have the same names).
fn debug_unplaced<T: DeserializeOwned + std::fmt::Debug>(doc: &str) -> Result<String, String> {
    serde_json::from_str::<T>(doc)
        .map(|v| format!("{v:?}"))
        .map_err(|e| match e.to_string() {
            e if e.contains(" at line ") => e[..e.rfind(" at line ").unwrap()].to_owned(),
            e => e,
        })
}

/// What reading postcard `bytes` gives: the JSON the value writes, or the error.
fn postcard<T: Serialize + DeserializeOwned>(bytes: &[u8]) -> Result<String, postcard::Error> {
    postcard::from_bytes::<T>(bytes).map(|v| serde_json::to_string(&v).unwrap())
}

// ---------------------------------------------------------------------------------------------
// An `Option` that writes `None` as `null` is serde's plain `Option<T>`: in a sequence it must
// be there.

mod plain_option {
    use apimodel::ApiModel;
    use serde::{Deserialize, Serialize};

    /// An `Option` field of the model, written `null` when `None`, through a `with` module.
    pub mod upper {
        use serde::{Deserialize, Deserializer, Serializer};

        #[allow(clippy::ref_option, reason = "serde's `with` signature")]
        pub fn serialize<S: Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                Some(v) => s.serialize_some(&v.to_uppercase()),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
            Ok(Option::<String>::deserialize(d)?.map(|s| s.to_lowercase()))
        }
    }

    pub mod ours {
        use super::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        pub struct Contact {
            pub id: u32,
            #[api(skip_none = false)]
            pub email: Option<String>,
            pub phone: Option<String>,
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(skip_none = false)]
        pub struct Nulls {
            pub first: Option<u32>,
            #[api(with = "super::upper")]
            pub second: Option<String>,
        }

        #[derive(ApiModel, Debug, PartialEq)]
        pub struct Pair {
            #[api(skip_none = false)]
            pub left: Option<String>,
            #[api(skip_none = false)]
            pub right: Option<String>,
        }

        /// `[null]` is not a `Pair` (two elements): the next variant reads it.
        #[derive(ApiModel, Debug, PartialEq)]
        #[api(untagged)]
        pub enum PairOrList {
            Pair(Pair),
            List(Vec<Option<String>>),
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(tag = "type")]
        pub enum Event {
            Moved {
                x: i32,
                #[api(skip_none = false)]
                by: Option<String>,
            },
        }
    }

    pub mod theirs {
        use super::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        pub struct Contact {
            pub id: u32,
            pub email: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub phone: Option<String>,
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        pub struct Nulls {
            pub first: Option<u32>,
            #[serde(with = "super::upper")]
            pub second: Option<String>,
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        pub struct Pair {
            pub left: Option<String>,
            pub right: Option<String>,
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(untagged)]
        pub enum PairOrList {
            Pair(Pair),
            List(Vec<Option<String>>),
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(tag = "type", rename_all = "camelCase")]
        pub enum Event {
            Moved { x: i32, by: Option<String> },
        }
    }
}

#[test]
fn plain_option_is_required_in_a_sequence() {
    use plain_option::{ours, theirs};
    same_json::<ours::Contact, theirs::Contact>(&[
        r#"{"id":1}"#,
        r#"{"id":1,"email":null}"#,
        r#"{"id":1,"email":"e","phone":"p"}"#,
        r#"[1]"#,
        r#"[1,null]"#,
        r#"[1,"e","p"]"#,
        r#"[]"#,
    ]);
    assert_eq!(
        json::<ours::Contact>("[1]"),
        Err("invalid length 1, expected struct Contact with 3 elements at line 1 column 3".into())
    );
    assert_eq!(
        json::<ours::Contact>("[1,null]"),
        Ok(r#"{"id":1,"email":null}"#.into())
    );
    assert_eq!(
        json::<ours::Contact>(r#"{"id":1}"#),
        Ok(r#"{"id":1,"email":null}"#.into())
    );

    // postcard: the element is always written, so a sequence that ends before it is short.
    for bytes in [&[1][..], &[1, 0], &[1, 1, 1, b'e'], &[1, 0, 1, 1, b'p']] {
        assert_eq!(
            postcard::<ours::Contact>(bytes),
            postcard::<theirs::Contact>(bytes),
            "{bytes:?}"
        );
    }
    assert_eq!(
        postcard::<ours::Contact>(&[1]),
        Err(postcard::Error::DeserializeUnexpectedEnd)
    );
}

#[test]
fn plain_option_with_a_module_is_missing_when_absent() {
    use plain_option::{ours, theirs};
    same_json::<ours::Nulls, theirs::Nulls>(&[
        r#"{}"#,
        r#"{"first":1}"#,
        r#"{"second":"A"}"#,
        r#"{"first":null,"second":null}"#,
        r#"{"first":2,"second":"B"}"#,
        r#"[]"#,
        r#"[1]"#,
        r#"[1,"C"]"#,
    ]);
    assert_eq!(
        json::<ours::Nulls>(r#"{"first":1}"#),
        Err("missing field `second` at line 1 column 11".into())
    );
    assert_eq!(
        json::<ours::Nulls>(r#"{"second":"A"}"#),
        Ok(r#"{"first":null,"second":"A"}"#.into())
    );
}

#[test]
fn plain_option_in_untagged_and_struct_variants() {
    use plain_option::{ours, theirs};
    same_json::<ours::PairOrList, theirs::PairOrList>(&[
        r#"[null,"r"]"#,
        r#"{"left":"l"}"#,
        r#"["a","b","c"]"#,
    ]);
    // serde: `[null]` is too short for `Pair`, so it is a `List`.
    assert_eq!(json::<theirs::PairOrList>("[null]"), Ok("[null]".into()));
    assert_eq!(json::<ours::PairOrList>("[null]"), Ok("[null]".into()));

    same_json::<ours::Event, theirs::Event>(&[
        r#"{"type":"moved","x":1}"#,
        r#"{"x":1,"type":"moved"}"#,
        r#"["moved",1]"#,
        r#"["moved",1,"me"]"#,
    ]);
    assert_eq!(
        json::<ours::Event>(r#"["moved",1]"#),
        Err("invalid length 1, expected struct variant Event::Moved with 2 elements".into())
    );
}

// ---------------------------------------------------------------------------------------------
// An internally tagged newtype variant holding a newtype struct over a struct model: the
// object reaches the newtype struct as serde's buffered content does.

mod tagged_newtype {
    use apimodel::ApiModel;
    use serde::{Deserialize, Serialize};

    pub mod ours {
        use super::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        pub struct Voice {
            pub voice_id: String,
            pub speed: Option<f64>,
        }

        #[derive(ApiModel, Debug, PartialEq)]
        pub struct VoiceRef(pub Voice);

        #[derive(ApiModel, Debug, PartialEq)]
        pub struct Nested(pub VoiceRef);

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(tag = "type")]
        pub enum Source {
            Voice(VoiceRef),
            Nested(Nested),
            Plain(Voice),
            Unit,
        }
    }

    /// serde's newtype struct (what `ApiModel` derives for a tuple struct of one field).
    pub mod theirs {
        use super::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(rename_all = "camelCase")]
        pub struct Voice {
            pub voice_id: String,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub speed: Option<f64>,
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        pub struct VoiceRef(pub Voice);

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        pub struct Nested(pub VoiceRef);

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(tag = "type", rename_all = "camelCase")]
        pub enum Source {
            Voice(VoiceRef),
            Nested(Nested),
            Plain(Voice),
            Unit,
        }
    }

    /// The same with `#[serde(transparent)]` newtypes: the same wire.
    pub mod transparent {
        use super::theirs::Voice;
        use super::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(transparent)]
        pub struct VoiceRef(pub Voice);

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(transparent)]
        pub struct Nested(pub VoiceRef);

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(tag = "type", rename_all = "camelCase")]
        pub enum Source {
            Voice(VoiceRef),
            Nested(Nested),
            Plain(Voice),
            Unit,
        }
    }
}

#[test]
fn tagged_newtype_of_a_newtype_struct() {
    use tagged_newtype::{ours, theirs, transparent};
    let docs = [
        r#"{"type":"voice","voiceId":"alloy"}"#,
        r#"{"type":"voice","voiceId":"alloy","speed":1.5,"x":[1]}"#,
        r#"{"voiceId":"alloy","type":"voice"}"#,
        r#"{"type":"nested","voiceId":"alloy"}"#,
        r#"{"speed":2.0,"type":"nested","voiceId":"alloy"}"#,
        r#"{"type":"plain","voiceId":"alloy"}"#,
        r#"{"type":"unit"}"#,
        r#"{"type":"voice"}"#,
        r#"{"type":"voice","voiceId":5}"#,
        r#"{"type":"nested","speed":"fast"}"#,
        r#"{"type":"voice","voiceId":"a","voiceId":"b"}"#,
        r#"["voice","alloy"]"#,
    ];
    for doc in docs {
        let want = json_unplaced::<theirs::Source>(doc);
        assert_eq!(json_unplaced::<ours::Source>(doc), want, "{doc}");
        assert_eq!(json_unplaced::<transparent::Source>(doc), want, "{doc}");
    }
    assert_eq!(
        json::<ours::Source>(r#"{"type":"voice","voiceId":"alloy"}"#),
        Ok(r#"{"type":"voice","voiceId":"alloy"}"#.into())
    );
    assert_eq!(
        json::<ours::Source>(r#"{"type":"nested","voiceId":"alloy","speed":1.0}"#),
        Ok(r#"{"type":"nested","voiceId":"alloy","speed":1.0}"#.into())
    );
    assert_eq!(
        json::<ours::Source>(r#"{"type":"voice"}"#),
        Err("missing field `voiceId` at line 1 column 16".into())
    );
    // Written: the newtype's model with the tag first, as serde writes it.
    let value = ours::Source::Nested(ours::Nested(ours::VoiceRef(ours::Voice {
        voice_id: "v".into(),
        speed: None,
    })));
    assert_eq!(
        serde_json::to_string(&value).unwrap(),
        serde_json::to_string(&theirs::Source::Nested(theirs::Nested(theirs::VoiceRef(
            theirs::Voice {
                voice_id: "v".into(),
                speed: None,
            }
        ))))
        .unwrap()
    );
}

// ---------------------------------------------------------------------------------------------
// An internally tagged enum's untagged variants write no tag: they may hold anything.

mod untagged_in_internal {
    use apimodel::ApiModel;
    use serde::{Deserialize, Serialize};

    pub mod ours {
        use super::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(tag = "type")]
        pub enum Environment {
            Auto {
                memory_limit: Option<String>,
            },
            #[api(untagged)]
            ContainerId(String),
            #[api(untagged)]
            Sizes(Vec<u32>),
            #[api(untagged)]
            Typed {
                r#type: u32,
            },
        }
    }

    pub mod theirs {
        use super::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(
            tag = "type",
            rename_all = "camelCase",
            rename_all_fields = "camelCase"
        )]
        pub enum Environment {
            Auto {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                memory_limit: Option<String>,
            },
            #[serde(untagged)]
            ContainerId(String),
            #[serde(untagged)]
            Sizes(Vec<u32>),
            #[serde(untagged)]
            Typed { r#type: u32 },
        }
    }
}

/// Ours or theirs: the same value, or errors where ours starts with serde's message (ours then
/// says why each variant refused the input, README "Untagged errors say why").
fn same_untagged<A, M>(doc: &str)
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    match (json::<A>(doc), json::<M>(doc)) {
        (Ok(a), Ok(m)) => assert_eq!(a, m, "{doc}"),
        (Err(a), Err(m)) if m.starts_with("data did not match any variant") => {
            assert!(a.starts_with(&m), "{doc}: {a} / {m}");
        }
        (a, m) => assert_eq!(a, m, "{doc}"),
    }
}

#[test]
fn untagged_variants_of_an_internally_tagged_enum() {
    use untagged_in_internal::{ours, theirs};
    for doc in [
        r#""cntr_1""#,
        r#"{"type":"auto"}"#,
        r#"{"type":"auto","memoryLimit":"1g"}"#,
        r#"{"memoryLimit":"1g","type":"auto"}"#,
        r#"[1,2]"#,
        r#"{"type":3}"#,
        r#"{"type":"x"}"#,
        r#"{"type":"auto","memoryLimit":5}"#,
        r#"5"#,
        r#"null"#,
        r#"{}"#,
        r#"["auto"]"#,
    ] {
        same_untagged::<ours::Environment, theirs::Environment>(doc);
    }
    assert_eq!(
        json::<ours::Environment>(r#""cntr_1""#),
        Ok(r#""cntr_1""#.into())
    );
    assert_eq!(json::<ours::Environment>("[1,2]"), Ok("[1,2]".into()));
    assert_eq!(
        json::<ours::Environment>(r#"{"type":3}"#),
        Ok(r#"{"type":3}"#.into())
    );
    assert_eq!(
        json::<ours::Environment>("5"),
        Err("data did not match any variant of untagged enum Environment: \
             tagged variants: invalid type: integer `5`, expected internally tagged enum Environment; \
             ContainerId: invalid type: integer `5`, expected a string; \
             Sizes: invalid type: integer `5`, expected a sequence; \
             Typed: invalid type: integer `5`, expected struct variant Environment::Typed"
            .into())
    );
    for (ours, theirs) in [
        (
            ours::Environment::ContainerId("c".into()),
            theirs::Environment::ContainerId("c".into()),
        ),
        (
            ours::Environment::Sizes(vec![1]),
            theirs::Environment::Sizes(vec![1]),
        ),
        (
            ours::Environment::Typed { r#type: 2 },
            theirs::Environment::Typed { r#type: 2 },
        ),
        (
            ours::Environment::Auto { memory_limit: None },
            theirs::Environment::Auto { memory_limit: None },
        ),
    ] {
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&theirs).unwrap()
        );
    }
}

// ---------------------------------------------------------------------------------------------
// An open string enum is serde's enum of unit variants with a last `#[serde(untagged)]
// Other(String)`: it also reads serde's map form of a known value.

mod open_enum {
    use apimodel::ApiModel;
    use serde::{Deserialize, Serialize};

    pub mod ours {
        use super::ApiModel;

        #[derive(ApiModel, Debug, Clone, PartialEq)]
        pub enum SpeechModel {
            #[api(rename = "tts-1")]
            Tts1,
            #[api(rename = "tts-1-hd")]
            Tts1Hd,
            #[api(other)]
            Other(String),
        }
    }

    pub mod theirs {
        use super::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
        pub enum SpeechModel {
            #[serde(rename = "tts-1")]
            Tts1,
            #[serde(rename = "tts-1-hd")]
            Tts1Hd,
            #[serde(untagged)]
            Other(String),
        }
    }

    /// A serde_derive struct that buffers its content (`flatten`): the enum is read from serde's
    /// `Content`.
    #[derive(Serialize, Deserialize)]
    pub struct Flat<S> {
        #[serde(flatten)]
        pub inner: Field<S>,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Field<S> {
        pub model: S,
    }
}

/// Reading `doc` from JSON text, a `serde_json::Value` and YAML gives the same for ours and
/// theirs: the same value, or the same message (at the same position).
fn same_open<A, M>(doc: &str)
where
    A: Serialize + DeserializeOwned,
    M: Serialize + DeserializeOwned,
{
    fn show<T: Serialize, E: ToString>(r: Result<T, E>) -> Result<String, String> {
        r.map(|v| serde_json::to_string(&v).unwrap())
            .map_err(|e| e.to_string())
    }
    assert_eq!(
        show(serde_json::from_str::<A>(doc)),
        show(serde_json::from_str::<M>(doc)),
        "json {doc}"
    );
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(doc) {
        assert_eq!(
            show(serde_json::from_value::<A>(value.clone())),
            show(serde_json::from_value::<M>(value)),
            "value {doc}"
        );
    }
    assert_eq!(
        show(serde_yaml::from_str::<A>(doc)),
        show(serde_yaml::from_str::<M>(doc)),
        "yaml {doc}"
    );
}

#[test]
fn open_enum_reads_the_map_form_of_a_known_value() {
    use open_enum::{Flat, ours, theirs};
    for doc in [
        r#""tts-1""#,
        r#""tts-1-hd""#,
        r#""whisper""#,
        r#""""#,
        r#"{"tts-1": null}"#,
        r#"{"tts-1-hd": null}"#,
        r#"{"unknown": null}"#,
        r#"{"tts-1": 5}"#,
        r#"{"tts-1": {}}"#,
        r#"{"tts-1": []}"#,
        r#"{"tts-1": "x"}"#,
        r#"{}"#,
        r#"{"tts-1": null, "tts-1-hd": null}"#,
        r#"5"#,
        r#"-1.5"#,
        r#"true"#,
        r#"null"#,
        r#"[]"#,
        r#"["tts-1"]"#,
    ] {
        same_open::<ours::SpeechModel, theirs::SpeechModel>(doc);
        let nested = format!(r#"{{"model": {doc}}}"#);
        same_open::<Flat<ours::SpeechModel>, Flat<theirs::SpeechModel>>(&nested);
    }
    let read = |doc| serde_json::from_str::<ours::SpeechModel>(doc).map_err(|e| e.to_string());
    assert_eq!(read(r#"{"tts-1": null}"#), Ok(ours::SpeechModel::Tts1));
    assert_eq!(read(r#"{"tts-1-hd":null}"#), Ok(ours::SpeechModel::Tts1Hd));
    assert_eq!(read(r#""tts-1""#), Ok(ours::SpeechModel::Tts1));
    assert_eq!(
        read(r#""whisper""#),
        Ok(ours::SpeechModel::Other("whisper".into()))
    );
    for doc in [r#"{"unknown": null}"#, r#"{"tts-1": 5}"#, "5", "[]"] {
        assert_eq!(
            read(doc),
            Err("data did not match any variant of untagged enum SpeechModel".into()),
            "{doc}"
        );
    }
    // Inside a struct, serde_json names the position of the struct's value.
    assert_eq!(
        serde_json::from_str::<Flat<ours::SpeechModel>>(r#"{"model": 5}"#)
            .map(|_| ())
            .map_err(|e| e.to_string()),
        Err(
            "data did not match any variant of untagged enum SpeechModel at line 1 column 12"
                .into()
        )
    );
    // Written as a string, as serde writes the unit variant and the untagged `String` in JSON.
    for (ours, theirs) in [
        (ours::SpeechModel::Tts1, theirs::SpeechModel::Tts1),
        (
            ours::SpeechModel::Other("x".into()),
            theirs::SpeechModel::Other("x".into()),
        ),
    ] {
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&theirs).unwrap()
        );
    }
}

#[test]
fn open_enum_bytes_are_the_catch_alls() {
    use open_enum::{ours, theirs};
    use serde::Deserialize as _;
    use serde::de::IntoDeserializer as _;
    use serde::de::value::{BytesDeserializer, Error};

    // serde's buffer gives no variant a name from bytes, but `String` reads them; a char is
    // neither.
    let bytes = |b: &'static [u8]| {
        (
            ours::SpeechModel::deserialize(BytesDeserializer::<Error>::new(b))
                .map_err(|e| e.to_string()),
            theirs::SpeechModel::deserialize(BytesDeserializer::<Error>::new(b))
                .map_err(|e| e.to_string()),
        )
    };
    let (o, t) = bytes(b"tts-1");
    assert_eq!(o, Ok(ours::SpeechModel::Other("tts-1".into())));
    assert_eq!(t, Ok(theirs::SpeechModel::Other("tts-1".into())));
    let (o, t) = bytes(b"\xff");
    let want = "data did not match any variant of untagged enum SpeechModel";
    assert_eq!(t, Err(want.into()));
    assert_eq!(o, Err(want.into()));
    let ours: Result<_, Error> = ours::SpeechModel::deserialize('x'.into_deserializer());
    let theirs: Result<_, Error> = theirs::SpeechModel::deserialize('x'.into_deserializer());
    let (ours, theirs) = (
        ours.unwrap_err().to_string(),
        theirs.unwrap_err().to_string(),
    );
    assert_eq!(
        theirs,
        "data did not match any variant of untagged enum SpeechModel"
    );
    assert_eq!(ours, theirs);
}

#[test]
fn open_enum_is_a_string_in_postcard() {
    use open_enum::ours::SpeechModel;
    // A compact format has no `deserialize_any`: the enum is the string it writes (serde's
    // mirror cannot read postcard at all).
    for value in [SpeechModel::Tts1Hd, SpeechModel::Other("whisper".into())] {
        let bytes = postcard::to_allocvec(&value).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&value_str(&value)).unwrap());
        assert_eq!(postcard::from_bytes::<SpeechModel>(&bytes).unwrap(), value);
    }
    assert_eq!(
        postcard::from_bytes::<open_enum::theirs::SpeechModel>(b"\x05tts-1").unwrap_err(),
        postcard::Error::WontImplement
    );
}

fn value_str(value: &open_enum::ours::SpeechModel) -> &str {
    value.as_str()
}

// ---------------------------------------------------------------------------------------------
// An internally tagged newtype variant holding a value that is not an object compiles, as
// serde's; writing it fails with serde's message, reading it with its content error.

mod tagged_scalar {
    use apimodel::ApiModel;
    use serde::{Deserialize, Serialize};

    pub mod ours {
        use super::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        pub struct Point {
            pub x: i32,
            pub label: Option<String>,
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(tag = "type")]
        pub enum Value {
            Text(String),
            Count(u32),
            List(Vec<u8>),
            Maybe(Option<Point>),
            Unit(()),
            Point(Point),
        }
    }

    pub mod theirs {
        use super::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        pub struct Point {
            pub x: i32,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub label: Option<String>,
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(tag = "type", rename_all = "camelCase")]
        pub enum Value {
            Text(String),
            Count(u32),
            List(Vec<u8>),
            Maybe(Option<Point>),
            Unit(()),
            Point(Point),
        }
    }
}

#[test]
fn tagged_newtype_of_a_non_object_fails_at_run_time() {
    use tagged_scalar::{ours, theirs};
    let write = |o: &ours::Value, t: &theirs::Value| {
        let ours = serde_json::to_string(o).map_err(|e| e.to_string());
        assert_eq!(ours, serde_json::to_string(t).map_err(|e| e.to_string()));
        ours
    };
    assert_eq!(
        write(
            &ours::Value::Text("a".into()),
            &theirs::Value::Text("a".into())
        ),
        Err("cannot serialize tagged newtype variant Value::Text containing a string".into())
    );
    assert_eq!(
        write(&ours::Value::Count(1), &theirs::Value::Count(1)),
        Err("cannot serialize tagged newtype variant Value::Count containing an integer".into())
    );
    assert_eq!(
        write(&ours::Value::List(vec![1]), &theirs::Value::List(vec![1])),
        Err("cannot serialize tagged newtype variant Value::List containing a sequence".into())
    );
    assert_eq!(
        write(&ours::Value::Maybe(None), &theirs::Value::Maybe(None)),
        Err("cannot serialize tagged newtype variant Value::Maybe containing an optional".into())
    );
    let point = |label: Option<&str>| {
        (
            ours::Point {
                x: 1,
                label: label.map(Into::into),
            },
            theirs::Point {
                x: 1,
                label: label.map(Into::into),
            },
        )
    };
    let (o, t) = point(None);
    assert_eq!(
        write(&ours::Value::Maybe(Some(o)), &theirs::Value::Maybe(Some(t))),
        Err("cannot serialize tagged newtype variant Value::Maybe containing an optional".into())
    );
    assert_eq!(
        write(&ours::Value::Unit(()), &theirs::Value::Unit(())),
        Ok(r#"{"type":"unit"}"#.into())
    );
    let (o, t) = point(Some("p"));
    assert_eq!(
        write(&ours::Value::Point(o), &theirs::Value::Point(t)),
        Ok(r#"{"type":"point","x":1,"label":"p"}"#.into())
    );

    for doc in [
        r#"{"type":"text"}"#,
        r#"{"type":"text","x":1}"#,
        r#"{"x":1,"type":"text"}"#,
        r#"{"type":"count"}"#,
        r#"{"type":"list"}"#,
        r#"{"type":"maybe","x":2}"#,
        r#"{"x":2,"type":"maybe","label":"m"}"#,
        r#"{"type":"maybe"}"#,
        r#"{"type":"unit"}"#,
        r#"{"type":"unit","x":1}"#,
        r#"{"type":"point","x":3}"#,
        r#"["text","a"]"#,
    ] {
        assert_eq!(
            debug_unplaced::<ours::Value>(doc),
            debug_unplaced::<theirs::Value>(doc),
            "{doc}"
        );
    }
    // What is read from an object as serde reads it (and cannot be written back): the error of
    // the value's type, at the position of the object's end when the tag came first.
    let read = |doc| {
        serde_json::from_str::<ours::Value>(doc)
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    assert_eq!(
        read(r#"{"type":"text","x":1}"#),
        Err("invalid type: map, expected a string at line 1 column 21".into())
    );
    assert_eq!(
        read(r#"{"x":1,"type":"text"}"#),
        Err("invalid type: map, expected a string".into())
    );
    assert_eq!(
        read(r#"{"type":"list"}"#),
        Err("invalid type: map, expected a sequence at line 1 column 15".into())
    );
    assert_eq!(
        serde_json::from_str::<ours::Value>(r#"{"type":"maybe","x":2}"#).unwrap(),
        ours::Value::Maybe(Some(ours::Point { x: 2, label: None }))
    );
}

// ---------------------------------------------------------------------------------------------
// Flattened fields serde compiles and fails on (or reads oddly) at run time: a value without
// keys, a map whose keys are not strings, one model twice, two fields taking every leftover
// key, a flattened map with `deny_unknown_fields`.

mod odd_flatten {
    use std::collections::BTreeMap;

    use apimodel::ApiModel;
    use serde::{Deserialize, Serialize};

    macro_rules! both {
        ($(
            $(#[$cattr:meta])*
            struct $name:ident { $($(#[$ours:meta])* [$(#[$theirs:meta])*] $field:ident: $ty:ty,)* }
        )*) => {
            pub mod ours {
                use super::*;
                $(
                    #[derive(ApiModel, Debug, PartialEq, Clone)]
                    $(#[api($cattr)])*
                    pub struct $name { $($(#[$ours])* pub $field: $ty,)* }
                )*
            }
            pub mod theirs {
                use super::*;
                $(
                    #[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
                    #[serde(rename_all = "camelCase")]
                    $(#[serde($cattr)])*
                    pub struct $name { $($(#[$theirs])* pub $field: $ty,)* }
                )*
            }
        };
    }

    /// One model for both sides (its impls are serde_derive's wire).
    #[derive(ApiModel, Debug, PartialEq, Clone)]
    pub struct Base {
        pub id: String,
    }

    both! {
        struct Count {
            [] id: String,
            #[api(flatten)] [#[serde(flatten)]] count: u32,
        }
        struct Name {
            #[api(flatten)] [#[serde(flatten)]] name: String,
        }
        struct List {
            #[api(flatten)] [#[serde(flatten)]] list: Vec<String>,
        }
        struct Pair {
            #[api(flatten)] [#[serde(flatten)]] pair: (String, String),
        }
        struct Unit {
            #[api(flatten)] [#[serde(flatten)]] unit: (),
        }
        struct ByNumber {
            #[api(flatten)] [#[serde(flatten)]] by_number: BTreeMap<u32, String>,
        }
        struct Twice {
            #[api(flatten)] [#[serde(flatten)]] first: Base,
            #[api(flatten)] [#[serde(flatten)]] second: Option<Base>,
        }
        struct TwoMaps {
            #[api(flatten)] [#[serde(flatten)]] labels: BTreeMap<String, String>,
            #[api(flatten)] [#[serde(flatten)]] rest: BTreeMap<String, serde_json::Value>,
        }
        struct MapAndRest {
            #[api(flatten)] [#[serde(flatten)]] labels: BTreeMap<String, String>,
            #[api(additional_properties)] [#[serde(flatten)]] rest: BTreeMap<String, String>,
        }
        #[deny_unknown_fields]
        struct Denied {
            [] id: Option<u32>,
            #[api(flatten)] [#[serde(flatten)]] labels: BTreeMap<String, String>,
        }
    }
}

/// Ours and theirs read `docs` alike (`Debug` of the value, or the message) and write `value`
/// alike (the JSON, or the message).
fn same_flat<A, M>(docs: &[&str], ours: &A, theirs: &M)
where
    A: Serialize + DeserializeOwned + std::fmt::Debug,
    M: Serialize + DeserializeOwned + std::fmt::Debug,
{
    let debug = |doc: &str, r: Result<String, serde_json::Error>| {
        r.map_err(|e| e.to_string())
            .map(|v| v.replace("theirs::", ""))
            .map_err(|e| format!("{doc}: {e}"))
    };
    for doc in docs {
        assert_eq!(
            debug(
                doc,
                serde_json::from_str::<A>(doc).map(|v| format!("{v:?}"))
            ),
            debug(
                doc,
                serde_json::from_str::<M>(doc).map(|v| format!("{v:?}"))
            ),
        );
    }
    assert_eq!(
        serde_json::to_string(ours).map_err(|e| e.to_string()),
        serde_json::to_string(theirs).map_err(|e| e.to_string())
    );
}

#[test]
fn flatten_of_what_serde_refuses_at_run_time() {
    use odd_flatten::{Base, ours, theirs};
    use std::collections::BTreeMap;
    let docs = [
        r#"{}"#,
        r#"{"id":"a"}"#,
        r#"{"id":"a","count":1}"#,
        r#"{"id":"a","1":"x"}"#,
        r#"{"1":"x","2":"y"}"#,
        r#"{"id":5}"#,
        r#"[]"#,
    ];
    same_flat(
        &docs,
        &ours::Count {
            id: "a".into(),
            count: 1,
        },
        &theirs::Count {
            id: "a".into(),
            count: 1,
        },
    );
    same_flat(
        &docs,
        &ours::Name { name: "n".into() },
        &theirs::Name { name: "n".into() },
    );
    same_flat(
        &docs,
        &ours::List { list: vec![] },
        &theirs::List { list: vec![] },
    );
    same_flat(
        &docs,
        &ours::Pair {
            pair: ("a".into(), "b".into()),
        },
        &theirs::Pair {
            pair: ("a".into(), "b".into()),
        },
    );
    same_flat(&docs, &ours::Unit { unit: () }, &theirs::Unit { unit: () });
    let by_number: BTreeMap<u32, String> = [(1, "x".to_owned())].into();
    same_flat(
        &docs,
        &ours::ByNumber {
            by_number: by_number.clone(),
        },
        &theirs::ByNumber { by_number },
    );
    let base = Base { id: "b".into() };
    same_flat(
        &docs,
        &ours::Twice {
            first: base.clone(),
            second: Some(base.clone()),
        },
        &theirs::Twice {
            first: base.clone(),
            second: Some(base),
        },
    );
    let labels: BTreeMap<String, String> = [("k".to_owned(), "v".to_owned())].into();
    same_flat(
        &docs,
        &ours::TwoMaps {
            labels: labels.clone(),
            rest: BTreeMap::new(),
        },
        &theirs::TwoMaps {
            labels: labels.clone(),
            rest: BTreeMap::new(),
        },
    );
    same_flat(
        &docs,
        &ours::MapAndRest {
            labels: labels.clone(),
            rest: labels.clone(),
        },
        &theirs::MapAndRest {
            labels: labels.clone(),
            rest: labels.clone(),
        },
    );
    same_flat(
        &docs,
        &ours::Denied {
            id: Some(1),
            labels: labels.clone(),
        },
        &theirs::Denied {
            id: Some(1),
            labels,
        },
    );
}

// ---------------------------------------------------------------------------------------------
// `untagged` on the last variants of an `untagged` enum changes nothing, as serde's.

mod untagged_twice {
    use apimodel::ApiModel;
    use serde::{Deserialize, Serialize};

    pub mod ours {
        use super::ApiModel;

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(untagged)]
        pub enum Input {
            Text(String),
            #[api(untagged)]
            Tokens(Vec<u32>),
        }
    }

    pub mod theirs {
        use super::{Deserialize, Serialize};

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(untagged)]
        pub enum Input {
            Text(String),
            #[serde(untagged)]
            Tokens(Vec<u32>),
        }
    }
}

#[test]
fn untagged_variant_of_an_untagged_enum() {
    use untagged_twice::{ours, theirs};
    for doc in [r#""hi""#, "[1,2]", "5", "{}"] {
        same_untagged::<ours::Input, theirs::Input>(doc);
    }
    assert_eq!(json::<ours::Input>("[1,2]"), Ok("[1,2]".into()));
    assert_eq!(
        serde_json::to_string(&ours::Input::Tokens(vec![3])).unwrap(),
        serde_json::to_string(&theirs::Input::Tokens(vec![3])).unwrap()
    );
}

// ---------------------------------------------------------------------------------------------
// A newtype struct over a model reached through every other buffer: adjacently tagged content,
// an untagged variant, a flattened field.

mod newtype_elsewhere {
    use apimodel::ApiModel;
    use serde::{Deserialize, Serialize};

    pub mod ours {
        use super::ApiModel;
        pub use crate::tagged_newtype::ours::VoiceRef;

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(tag = "t", content = "c")]
        pub enum Adjacent {
            Voice(VoiceRef),
        }

        #[derive(ApiModel, Debug, PartialEq)]
        #[api(untagged)]
        pub enum Untagged {
            Name(String),
            Voice(VoiceRef),
        }

        #[derive(ApiModel, Debug, PartialEq)]
        pub struct Flat {
            pub name: String,
            #[api(flatten)]
            pub voice: VoiceRef,
        }
    }

    pub mod theirs {
        use super::{Deserialize, Serialize};
        pub use crate::tagged_newtype::theirs::VoiceRef;

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(tag = "t", content = "c", rename_all = "camelCase")]
        pub enum Adjacent {
            Voice(VoiceRef),
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        #[serde(untagged)]
        pub enum Untagged {
            Name(String),
            Voice(VoiceRef),
        }

        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        pub struct Flat {
            pub name: String,
            #[serde(flatten)]
            pub voice: VoiceRef,
        }
    }
}

#[test]
fn newtype_struct_over_a_model_in_every_buffer() {
    use newtype_elsewhere::{ours, theirs};
    for doc in [
        r#"{"t":"voice","c":{"voiceId":"a"}}"#,
        r#"{"c":{"voiceId":"a","speed":2.0},"t":"voice"}"#,
        r#"{"t":"voice","c":{}}"#,
    ] {
        assert_eq!(
            json::<ours::Adjacent>(doc),
            json::<theirs::Adjacent>(doc),
            "{doc}"
        );
    }
    for doc in [r#"{"voiceId":"a"}"#, r#""n""#] {
        same_untagged::<ours::Untagged, theirs::Untagged>(doc);
    }
    assert_eq!(
        json::<ours::Untagged>(r#"{"voiceId":"a"}"#),
        Ok(r#"{"voiceId":"a"}"#.into())
    );
    for doc in [
        r#"{"name":"n","voiceId":"a"}"#,
        r#"{"voiceId":"a","speed":1.5,"name":"n"}"#,
        r#"{"name":"n"}"#,
    ] {
        assert_eq!(json::<ours::Flat>(doc), json::<theirs::Flat>(doc), "{doc}");
    }
    assert_eq!(
        json::<ours::Flat>(r#"{"voiceId":"a","name":"n"}"#),
        Ok(r#"{"name":"n","voiceId":"a"}"#.into())
    );
}
