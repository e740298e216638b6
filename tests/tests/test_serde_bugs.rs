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
        pub enum Container {
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
        pub enum Container {
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
        same_untagged::<ours::Container, theirs::Container>(doc);
    }
    assert_eq!(
        json::<ours::Container>(r#""cntr_1""#),
        Ok(r#""cntr_1""#.into())
    );
    assert_eq!(json::<ours::Container>("[1,2]"), Ok("[1,2]".into()));
    assert_eq!(
        json::<ours::Container>(r#"{"type":3}"#),
        Ok(r#"{"type":3}"#.into())
    );
    assert_eq!(
        json::<ours::Container>("5"),
        Err("data did not match any variant of untagged enum Container: \
             tagged variants: invalid type: integer `5`, expected internally tagged enum Container; \
             ContainerId: invalid type: integer `5`, expected a string; \
             Sizes: invalid type: integer `5`, expected a sequence; \
             Typed: invalid type: integer `5`, expected struct variant Container::Typed"
            .into())
    );
    for (ours, theirs) in [
        (
            ours::Container::ContainerId("c".into()),
            theirs::Container::ContainerId("c".into()),
        ),
        (
            ours::Container::Sizes(vec![1]),
            theirs::Container::Sizes(vec![1]),
        ),
        (
            ours::Container::Typed { r#type: 2 },
            theirs::Container::Typed { r#type: 2 },
        ),
        (
            ours::Container::Auto { memory_limit: None },
            theirs::Container::Auto { memory_limit: None },
        ),
    ] {
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            serde_json::to_string(&theirs).unwrap()
        );
    }
}
