//! Reads a `rustc -Zself-profile -Zself-profile-events=default,args` trace and prints where the
//! compiler's time went, per generated item: every query's self time is charged to the item
//! named in its argument, with the model's number taken out (`Resource17::visit` and
//! `Resource3::visit` are one row, `visit`).
//!
//!     selfprofile <trace stem> [--queries | --parts | --item NAME] [--crate NAME]
//!
//! `--queries` prints the top queries instead (self time summed over all items); `--parts` sums
//! the items into the parts of the expansion of `bench/compile.py`'s 300-structs crate
//! (builder, Serialize, Deserialize, metadata), the rest by query; `--item` splits one item's
//! time by query. `--crate` names the crate
//! whose items are counted (default `bench`, the crate of `bench/items.sh`).

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, SystemTime};

use analyzeme::{EventPayload, ProfilingData, Timestamp};

struct Interval {
    thread: u32,
    start: SystemTime,
    end: SystemTime,
    query: String,
    item: Option<String>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(stem) = args.get(1) else {
        eprintln!("usage: selfprofile <trace stem> [--queries]");
        std::process::exit(2);
    };
    let by_query = args.iter().any(|a| a == "--queries");
    let by_part = args.iter().any(|a| a == "--parts");
    let one_item = args
        .iter()
        .position(|a| a == "--item")
        .and_then(|i| args.get(i + 1));
    let krate = args
        .iter()
        .position(|a| a == "--crate")
        .and_then(|i| args.get(i + 1))
        .map_or("bench", String::as_str);
    let data = ProfilingData::new(Path::new(stem)).expect("a self-profile trace");
    let mut events: Vec<Interval> = data
        .iter_full()
        .filter_map(|e| match e.payload {
            EventPayload::Timestamp(Timestamp::Interval { start, end }) => Some(Interval {
                thread: e.thread_id,
                start,
                end,
                query: e.label.to_string(),
                item: e.additional_data.first().and_then(|a| item(a, krate)),
            }),
            _ => None,
        })
        .collect();
    events.sort_by(|a, b| (a.thread, a.start, b.end).cmp(&(b.thread, b.start, a.end)));

    // Self time: an interval's length less its direct children's.
    let mut children = vec![Duration::ZERO; events.len()];
    let mut open: Vec<usize> = Vec::new();
    let mut total = Duration::ZERO;
    for (i, e) in events.iter().enumerate() {
        while open
            .last()
            .is_some_and(|&p| events[p].thread != e.thread || events[p].end <= e.start)
        {
            open.pop();
        }
        let length = e.end.duration_since(e.start).unwrap_or_default();
        match open.last() {
            Some(&parent) => children[parent] += length,
            None => total += length,
        }
        open.push(i);
    }

    let mut sums: HashMap<String, (Duration, usize)> = HashMap::new();
    for (e, below) in events.iter().zip(&children) {
        let own = e
            .end
            .duration_since(e.start)
            .unwrap_or_default()
            .saturating_sub(*below);
        let key = if let Some(wanted) = one_item {
            if e.item.as_ref() != Some(wanted) {
                continue;
            }
            e.query.clone()
        } else if by_query {
            e.query.clone()
        } else if by_part {
            e.item
                .as_deref()
                .map_or_else(|| format!("(not an item: {})", e.query), part)
        } else {
            e.item
                .clone()
                .unwrap_or_else(|| format!("(not an item: {})", e.query))
        };
        let entry = sums.entry(key).or_default();
        entry.0 += own;
        entry.1 += 1;
    }
    let mut rows: Vec<_> = sums.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0));
    println!("total {:.0} ms", total.as_secs_f64() * 1e3);
    for (key, (time, count)) in rows.iter().take(40) {
        println!(
            "{:8.1} ms {:5.1} % {count:7}  {key}",
            time.as_secs_f64() * 1e3,
            100.0 * time.as_secs_f64() / total.as_secs_f64()
        );
    }
}

/// The generated item a query argument names, without the model: `bench::_[12]::{{impl}}[3]::visit`
/// and `DefId(0:42 ~ bench[ab12]::_#7::{impl#3}::visit)` are both `visit`; an `impl` itself is
/// `impl`. `None` for arguments that name no item of the crate under test.
fn item(arg: &str, krate: &str) -> Option<String> {
    let path = match arg.split_once(" ~ ") {
        Some((_, rest)) => rest.split(')').next().unwrap_or(rest),
        None => arg,
    };
    if !path.starts_with(krate) {
        return None;
    }
    let last = path.rsplit("::").next()?;
    let last: String = last
        .chars()
        .take_while(|c| *c != '[' && *c != '#')
        .collect();
    let last = last
        .trim_start_matches('{')
        .trim_end_matches('}')
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .to_owned();
    Some(if last.starts_with("impl") {
        "impl".to_owned()
    } else {
        last
    })
}

/// The part of the expansion an item of the 300-structs crate belongs to (its fields are `id`,
/// `name`, `description`, `owner_email`, `categories`, `score`, `labels`; setters and the
/// builder's gate traits share those names).
fn part(item: &str) -> String {
    const FIELDS: [&str; 7] = [
        "id",
        "name",
        "description",
        "owner_email",
        "categories",
        "score",
        "labels",
    ];
    match item {
        "visit" | "visit_map" | "deserialize" | "FIELDS" | "NAME" | "field_index" => "Deserialize",
        "serialize" => "Serialize",
        "MODEL" => "metadata",
        "builder" | "into_builder" | "build" | "required" | "ResourceBuilder" => "builder",
        _ if item.starts_with("maybe_") || FIELDS.contains(&item) => {
            "builder (setters, gates, fields)"
        }
        "Resource" => "the structs",
        _ => return format!("other: {item}"),
    }
    .to_owned()
}
