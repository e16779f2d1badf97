//! Pure HTML text helpers shared by the print view ([`crate::print`]) and the charts
//! ([`crate::analyse::svg`]): escaping for element content and quoted attributes, and the
//! clean-up of one line of user text. No other module's types; both users depend on this one,
//! not on each other.

/// HTML-escapes text for use in element content or a quoted attribute value.
///
/// Replaces `&`, `<`, `>`, `"` and `'` by entities, and — as defence in depth — also `=` and
/// `` ` `` (so that even escaped text never contains `onerror=`-like fragments). It also
/// **strips** the Unicode bidi embedding, override and isolate controls (U+202A–U+202E,
/// U+2066–U+2069), which could visually reorder a printed text, and all other control
/// characters except tab, line feed and carriage return.
///
/// ```
/// use vangnet::html::escape;
/// assert_eq!(escape("<b>\"Tom\" & 'Jerry'</b>"), "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
/// assert_eq!(escape("a=b"), "a&#61;b");
/// assert_eq!(escape("\u{202E}evil"), "evil");
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len().saturating_add(s.len() / 8));
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '=' => out.push_str("&#61;"),
            '`' => out.push_str("&#96;"),
            c if is_verboden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Characters removed from every text: the bidi embedding/override (U+202A–U+202E) and
/// isolate (U+2066–U+2069) controls, and control characters other than tab and line breaks.
/// We strip rather than wrap in `<bdi>`: these characters have no legitimate use in a Dutch
/// form, and stripping also protects the `<title>` and plain-text copies.
pub(crate) fn is_verboden(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// One line of user text (a name, the gemeente): control characters removed, all whitespace
/// (including line breaks) collapsed to single spaces. Not yet escaped.
pub(crate) fn een_regel(s: &str) -> String {
    s.chars().filter(|c| !is_verboden(*c)).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_all_special_characters() {
        assert_eq!(escape("&<>\"'=`"), "&amp;&lt;&gt;&quot;&#39;&#61;&#96;");
        assert_eq!(escape("Gewoon tekst, met é en €"), "Gewoon tekst, met é en €");
        assert_eq!(escape("a\u{202A}b\u{202E}c\u{2066}d\u{2069}e\u{0}f"), "abcdef");
        assert_eq!(escape("regel\nregel\t"), "regel\nregel\t");
    }

    #[test]
    fn one_line_collapses_whitespace_and_strips_controls() {
        assert_eq!(een_regel("  Gemeente\n\u{202E}Arnhem\t "), "Gemeente Arnhem");
    }
}
