//! Internally tagged enums, read from JSON: apimodel against serde_derive in the same run, with
//! the tag as the first key (read in one pass by apimodel, buffered by serde) and as the last
//! key (buffered by both).
//!
//! ```text
//! cargo bench -p apimodel-tests --bench unions
//! ```

#![allow(missing_docs, clippy::missing_panics_doc)]

use apimodel::ApiModel;
use divan::{Bencher, black_box};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

fn main() {
    divan::main();
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Message {
    pub id: String,
    pub author: String,
    pub body: String,
    pub reply_to: Option<String>,
    pub edited: Option<bool>,
}

#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(tag = "type")]
pub enum Event {
    Ping,
    MessageCreated(Message),
    MemberJoined {
        member_id: String,
        display_name: String,
        joined_at: u64,
        invited_by: Option<String>,
        roles: Vec<String>,
    },
    Typing {
        member_id: String,
        channel_id: String,
    },
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MirrorMessage {
    pub id: String,
    pub author: String,
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<bool>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum MirrorEvent {
    Ping,
    MessageCreated(MirrorMessage),
    MemberJoined {
        member_id: String,
        display_name: String,
        joined_at: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        invited_by: Option<String>,
        roles: Vec<String>,
    },
    Typing {
        member_id: String,
        channel_id: String,
    },
}

/// 200 events, the tag first or last in each object.
fn payload(tag_first: bool) -> String {
    let mut events = Vec::new();
    for i in 0..200 {
        let (tag, rest) = match i % 4 {
            0 => ("ping", String::new()),
            1 => (
                "messageCreated",
                format!(
                    r#""id":"msg_{i}","author":"user_{i}","body":"Hello there, this is message number {i}","replyTo":"msg_{}","edited":false"#,
                    i / 2
                ),
            ),
            2 => (
                "memberJoined",
                format!(
                    r#""memberId":"mem_{i}","displayName":"Member {i}","joinedAt":17000000{i},"roles":["reader","writer"]"#
                ),
            ),
            _ => (
                "typing",
                format!(r#""memberId":"mem_{i}","channelId":"chan_{}""#, i % 7),
            ),
        };
        let tag = format!(r#""type":"{tag}""#);
        let body = match (rest.is_empty(), tag_first) {
            (true, _) => tag,
            (false, true) => format!("{tag},{rest}"),
            (false, false) => format!("{rest},{tag}"),
        };
        events.push(format!("{{{body}}}"));
    }
    format!("[{}]", events.join(","))
}

fn same_output(json: &str) {
    let ours: Vec<Event> = serde_json::from_str(json).unwrap();
    let theirs: Vec<MirrorEvent> = serde_json::from_str(json).unwrap();
    assert_eq!(
        serde_json::to_string(&ours).unwrap(),
        serde_json::to_string(&theirs).unwrap()
    );
}

fn run<T: DeserializeOwned>(bencher: Bencher<'_, '_>, json: &str) {
    bencher
        .counter(divan::counter::BytesCount::new(json.len()))
        .bench(|| serde_json::from_str::<Vec<T>>(black_box(json)).unwrap());
}

const ORDER: &[&str] = &["tag_first", "tag_last"];

#[divan::bench(args = ORDER)]
fn apimodel(bencher: Bencher<'_, '_>, order: &str) {
    let json = payload(order == "tag_first");
    same_output(&json);
    run::<Event>(bencher, &json);
}

#[divan::bench(args = ORDER)]
fn serde_derive(bencher: Bencher<'_, '_>, order: &str) {
    let json = payload(order == "tag_first");
    run::<MirrorEvent>(bencher, &json);
}
