//! Generated code is a guest in the user's crate: it compiles beside a hostile prelude, through a
//! re-exporting facade, and under strict lints. (Not inside `#![no_implicit_prelude]`: rustc
//! cannot resolve the `#[diagnostic::…]` attributes of the builder's gates there.)

#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    rust_2018_idioms,
    clippy::pedantic
)]
#![forbid(unsafe_code)]

/// Every name the expansion might lean on, shadowed.
#[allow(dead_code, non_camel_case_types, clippy::upper_case_acronyms)]
mod hostile {
    struct Option;
    struct Some;
    struct None;
    struct Result;
    struct Ok;
    struct Err;
    struct String;
    struct Vec;
    struct Box;
    struct Default;
    struct PhantomData;
    struct Serialize;
    struct Deserialize;
    struct Serializer;
    struct Deserializer;
    struct Into;
    mod core {}
    mod std {}
    mod serde {}
    mod apimodel_macros {}

    use ::apimodel::ApiModel;

    /// A model among enemies.
    #[derive(ApiModel, Debug, PartialEq)]
    pub struct Guest<T> {
        /// Required.
        pub id: ::std::string::String,
        /// Optional.
        pub note: ::core::option::Option<::std::string::String>,
        /// Generic.
        pub items: ::std::vec::Vec<T>,
        /// Defaulted.
        #[api(default = 7)]
        pub count: u32,
        /// Required option.
        #[api(required)]
        pub parent: ::core::option::Option<u8>,
        /// Unknown keys.
        #[api(additional_properties)]
        pub extra: ::std::collections::BTreeMap<::std::string::String, u8>,
    }

    /// An open enum among enemies.
    #[derive(ApiModel, Debug, PartialEq)]
    pub enum Kind {
        /// A.
        Alpha,
        /// Others.
        #[api(other)]
        Other(::std::string::String),
    }

    /// A data enum among enemies: every tagging, every shape.
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(tag = "type")]
    pub enum Event {
        /// Unit.
        Ping,
        /// Newtype of a model.
        Guest(Guest<u8>),
        /// Struct.
        Moved {
            /// Field named like a local.
            __v0: u8,
            /// Another.
            __key: ::core::option::Option<u8>,
            /// Defaulted.
            #[api(default = 3)]
            __f0: u8,
        },
        /// Anything else, kept.
        #[api(other)]
        Unknown(::serde_json::Value),
    }

    /// Adjacently tagged among enemies.
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(tag = "t", content = "c")]
    pub enum Adjacent {
        /// Tuple.
        Pair(u8, ::std::string::String),
        /// Struct.
        Point {
            /// X.
            x: u8,
        },
        /// Untagged fallback.
        #[api(untagged)]
        Raw(u8),
    }

    /// Externally tagged and untagged among enemies.
    #[derive(ApiModel, Debug, PartialEq)]
    pub enum External {
        /// Unit.
        Stop,
        /// Tuple.
        Pair(u8, u8),
        /// Struct.
        Point {
            /// X.
            x: u8,
        },
    }

    /// Untagged among enemies.
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(untagged)]
    pub enum Untagged {
        /// A number.
        Number(u8),
        /// A struct.
        Point {
            /// X.
            x: u8,
        },
        /// Nothing.
        Nothing,
    }

    pub fn run() {
        let moved: Event = ::serde_json::from_str(r#"{"type":"moved","v0":1}"#).unwrap();
        ::std::assert_eq!(
            moved,
            Event::Moved {
                __v0: 1,
                __key: ::core::option::Option::None,
                __f0: 3
            }
        );
        ::std::assert_eq!(
            ::serde_json::to_string(&moved).unwrap(),
            r#"{"type":"moved","v0":1,"f0":3}"#
        );
        let pair = Adjacent::Pair(1, ::std::string::ToString::to_string("a"));
        ::std::assert_eq!(
            ::serde_json::to_string(&pair).unwrap(),
            r#"{"t":"pair","c":[1,"a"]}"#
        );
        ::std::assert_eq!(
            ::serde_json::from_str::<Adjacent>("7").unwrap(),
            Adjacent::Raw(7)
        );
        ::std::assert_eq!(
            ::serde_json::from_str::<External>(r#"{"pair":[1,2]}"#).unwrap(),
            External::Pair(1, 2)
        );
        ::std::assert_eq!(
            ::serde_json::from_str::<Untagged>(r#"{"x":1}"#).unwrap(),
            Untagged::Point { x: 1 }
        );
        let guest = Guest::<u8>::builder()
            .id("g")
            .items(::std::vec![1_u8])
            .maybe_parent(::core::option::Option::None)
            .build();
        let json = ::serde_json::to_string(&guest).unwrap();
        ::std::assert_eq!(json, r#"{"id":"g","items":[1],"count":7,"parent":null}"#);
        let back: Guest<u8> = ::serde_json::from_str(&json).unwrap();
        ::std::assert_eq!(back, guest);
        ::std::assert_eq!(::serde_json::to_string(&Kind::Alpha).unwrap(), r#""alpha""#);
        ::std::assert_eq!(
            ::serde_json::from_str::<Kind>(r#""beta""#).unwrap(),
            Kind::Other(::std::string::ToString::to_string("beta"))
        );
    }
}

/// An SDK that re-exports apimodel; its users depend on the SDK only.
mod sdk {
    pub use ::apimodel as api;
}

mod facade_user {
    use crate::sdk::api::ApiModel;

    /// Derived through the facade.
    #[derive(ApiModel, Debug, PartialEq)]
    #[api(crate = "crate::sdk::api")]
    pub struct ViaFacade {
        /// A name.
        pub full_name: String,
    }

    /// A string enum through the facade.
    #[derive(ApiModel, Debug, PartialEq, Clone, Copy)]
    #[api(crate = "crate::sdk::api")]
    pub enum Colour {
        /// Red.
        DeepRed,
    }

    pub fn run() {
        let v = ViaFacade::builder().full_name("Ada").build();
        assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"fullName":"Ada"}"#);
        assert_eq!(Colour::DeepRed.to_string(), "deepRed");
        assert_eq!("deepRed".parse::<Colour>(), Ok(Colour::DeepRed));
    }
}

/// Fields named like the expansion's own locals and helpers.
#[allow(clippy::pub_underscore_fields)] // the names are the point of this test
#[derive(apimodel::ApiModel, Debug, PartialEq)]
pub struct Collisions {
    /// `builder`.
    pub builder: Option<u8>,
    /// `value`.
    pub value: Option<u8>,
    /// `map`.
    pub map: Option<u8>,
    /// `serializer`.
    pub serializer: Option<u8>,
    /// `deserializer`.
    pub deserializer: Option<u8>,
    /// `state`.
    pub state: Option<u8>,
    /// `__field0`.
    pub __field0: Option<u8>,
    /// `__f0`.
    pub __f0: Option<u8>,
    /// `__state`.
    #[api(rename = "__state")]
    pub __state: Option<u8>,
    /// `__map`.
    #[api(rename = "__map")]
    pub __map: Option<u8>,
    /// `__key`.
    pub __key: Option<u8>,
    /// `__value`.
    #[api(rename = "__value")]
    pub __value: Option<u8>,
    /// `__required`.
    pub __required: Option<u8>,
    /// `__optional`.
    pub __optional: Option<u8>,
    /// `__model`.
    pub __model: Option<u8>,
    /// `self_`.
    pub r#self_: u8,
}

#[test]
fn hostile_prelude() {
    hostile::run();
}

#[test]
fn facade_reexport() {
    facade_user::run();
}

#[test]
fn names_that_collide_with_generated_code() {
    let c = Collisions::builder()
        .builder(1)
        .value(2)
        .map(3)
        .serializer(4)
        .deserializer(5)
        .state(6)
        .__field0(7)
        .__f0(8)
        .__state(9)
        .__map(10)
        .__key(11)
        .__value(12)
        .__required(13)
        .__optional(14)
        .__model(15)
        .self_(16)
        .build();
    let json = serde_json::to_string(&c).unwrap();
    assert_eq!(
        json,
        r#"{"builder":1,"value":2,"map":3,"serializer":4,"deserializer":5,"state":6,"field0":7,"f0":8,"__state":9,"__map":10,"key":11,"__value":12,"required":13,"optional":14,"model":15,"self":16}"#
    );
}
