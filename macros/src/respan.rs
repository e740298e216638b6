//! Pointing generated code at the user's tokens, so that a type error in it is reported on the
//! field that causes it rather than on `#[derive(ApiModel)]`.

use proc_macro2::{Group, Span, TokenStream, TokenTree};

/// `tokens` with every span moved to `at` (keeping call-site hygiene).
pub fn respan(tokens: TokenStream, at: Span) -> TokenStream {
    let span = located(at);
    tokens
        .into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(g) = &tt {
                let mut group = Group::new(g.delimiter(), respan(g.stream(), at));
                group.set_span(span);
                tt = TokenTree::Group(group);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
}

/// A span with call-site hygiene at the location of `at`: generated locals still resolve,
/// diagnostics point at the user's tokens. For `quote_spanned!`.
pub fn located(at: Span) -> Span {
    Span::call_site().located_at(at)
}
