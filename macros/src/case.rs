//! serde's `rename_all` rules, with serde's algorithm, minus its panics on unusual names.

use std::fmt::Write as _;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

const RULES: &[(&str, RenameRule)] = &[
    ("lowercase", RenameRule::Lower),
    ("UPPERCASE", RenameRule::Upper),
    ("PascalCase", RenameRule::Pascal),
    ("camelCase", RenameRule::Camel),
    ("snake_case", RenameRule::Snake),
    ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
    ("kebab-case", RenameRule::Kebab),
    ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
];

impl RenameRule {
    pub fn from_str(name: &str) -> Result<Self, String> {
        if let Some(&(_, rule)) = RULES.iter().find(|(n, _)| *n == name) {
            return Ok(rule);
        }
        let mut msg = format!("unknown rename rule `rename_all = {name:?}`, expected one of ");
        for (i, (n, _)) in RULES.iter().enumerate() {
            if i > 0 {
                msg.push_str(", ");
            }
            let _ = write!(msg, "{n:?}");
        }
        Err(msg)
    }

    /// A Rust field name (`snake_case` by convention) to its wire name.
    pub fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => {
                let mut pascal = String::with_capacity(field.len());
                let mut capitalize = true;
                for ch in field.chars() {
                    if ch == '_' {
                        capitalize = true;
                    } else if capitalize {
                        pascal.push(ch.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        pascal.push(ch);
                    }
                }
                pascal
            }
            // serde slices `pascal[..1]`, which panics on an empty result (a field named `__`)
            // or a non-ASCII first letter; lowering the first *char* gives the same answer
            // wherever serde has one.
            RenameRule::Camel => lower_first(&RenameRule::Pascal.apply_to_field(field)),
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }

    /// A Rust variant name (`PascalCase` by convention) to its wire name.
    pub fn apply_to_variant(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => lower_first(variant),
            RenameRule::Snake => {
                let mut snake = String::with_capacity(variant.len() + 4);
                for (i, ch) in variant.char_indices() {
                    if i > 0 && ch.is_uppercase() {
                        snake.push('_');
                    }
                    snake.push(ch.to_ascii_lowercase());
                }
                snake
            }
            RenameRule::ScreamingSnake => RenameRule::Snake
                .apply_to_variant(variant)
                .to_ascii_uppercase(),
            RenameRule::Kebab => RenameRule::Snake
                .apply_to_variant(variant)
                .replace('_', "-"),
            RenameRule::ScreamingKebab => RenameRule::ScreamingSnake
                .apply_to_variant(variant)
                .replace('_', "-"),
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::RenameRule::{self, *};

    /// The rules in the order of the expected columns below.
    const ALL_RULES: [RenameRule; 8] = [
        Lower,
        Upper,
        Pascal,
        Camel,
        Snake,
        ScreamingSnake,
        Kebab,
        ScreamingKebab,
    ];

    #[test]
    fn fields_follow_serde() {
        let cases: &[(&str, [&str; 8])] = &[
            // field, then Lower Upper Pascal Camel Snake ScreamingSnake Kebab ScreamingKebab
            (
                "outcome",
                [
                    "outcome", "OUTCOME", "Outcome", "outcome", "outcome", "OUTCOME", "outcome",
                    "OUTCOME",
                ],
            ),
            (
                "very_tasty",
                [
                    "very_tasty",
                    "VERY_TASTY",
                    "VeryTasty",
                    "veryTasty",
                    "very_tasty",
                    "VERY_TASTY",
                    "very-tasty",
                    "VERY-TASTY",
                ],
            ),
            ("a", ["a", "A", "A", "a", "a", "A", "a", "A"]),
            (
                "z42",
                ["z42", "Z42", "Z42", "z42", "z42", "Z42", "z42", "Z42"],
            ),
            (
                "origin_owner_id",
                [
                    "origin_owner_id",
                    "ORIGIN_OWNER_ID",
                    "OriginOwnerId",
                    "originOwnerId",
                    "origin_owner_id",
                    "ORIGIN_OWNER_ID",
                    "origin-owner-id",
                    "ORIGIN-OWNER-ID",
                ],
            ),
        ];
        for (field, expected) in cases {
            for (rule, want) in ALL_RULES.iter().zip(expected) {
                assert_eq!(rule.apply_to_field(field), *want, "{rule:?} on {field}");
            }
        }
    }

    #[test]
    fn variants_follow_serde() {
        let cases: &[(&str, [&str; 8])] = &[
            (
                "Outcome",
                [
                    "outcome", "OUTCOME", "Outcome", "outcome", "outcome", "OUTCOME", "outcome",
                    "OUTCOME",
                ],
            ),
            (
                "VeryTasty",
                [
                    "verytasty",
                    "VERYTASTY",
                    "VeryTasty",
                    "veryTasty",
                    "very_tasty",
                    "VERY_TASTY",
                    "very-tasty",
                    "VERY-TASTY",
                ],
            ),
            ("A", ["a", "A", "A", "a", "a", "A", "a", "A"]),
            (
                "Z42",
                ["z42", "Z42", "Z42", "z42", "z42", "Z42", "z42", "Z42"],
            ),
            (
                "HrisLegacy",
                [
                    "hrislegacy",
                    "HRISLEGACY",
                    "HrisLegacy",
                    "hrisLegacy",
                    "hris_legacy",
                    "HRIS_LEGACY",
                    "hris-legacy",
                    "HRIS-LEGACY",
                ],
            ),
        ];
        for (variant, expected) in cases {
            for (rule, want) in ALL_RULES.iter().zip(expected) {
                assert_eq!(
                    rule.apply_to_variant(variant),
                    *want,
                    "{rule:?} on {variant}"
                );
            }
        }
    }

    #[test]
    fn names_serde_panics_on_are_converted() {
        assert_eq!(Camel.apply_to_field("__"), "");
        assert_eq!(Camel.apply_to_field("émoji_field"), "émojiField");
        assert_eq!(Camel.apply_to_field("_leading"), "leading");
    }

    #[test]
    fn unknown_rule_lists_every_rule() {
        let err = RenameRule::from_str("camelcase").unwrap_err();
        assert_eq!(
            err,
            "unknown rename rule `rename_all = \"camelcase\"`, expected one of \"lowercase\", \
             \"UPPERCASE\", \"PascalCase\", \"camelCase\", \"snake_case\", \"SCREAMING_SNAKE_CASE\", \
             \"kebab-case\", \"SCREAMING-KEBAB-CASE\""
        );
    }
}
