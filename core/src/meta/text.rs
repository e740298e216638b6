//! The text of doc comments, as both renderers read it: [`crate::docs`] (markdown) and
//! [`crate::schema`] (JSON Schema) describe a model or field by the same paragraphs.

/// The description of a doc comment: its paragraphs before the first heading, each on one
/// line, separated by blank lines.
pub(crate) fn description(docs: &str) -> String {
    paragraphs(docs).join("\n\n")
}

/// The paragraphs of a doc comment before its first heading (a `# Examples` section stays in
/// rustdoc), each on one line: its lines joined by single spaces.
pub(crate) fn paragraphs(docs: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in docs.lines() {
        let line = line.trim();
        if is_heading(line) {
            break;
        }
        if line.is_empty() {
            if !current.is_empty() {
                out.push(core::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A markdown ATX heading: one to six `#` and a space.
fn is_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
}
