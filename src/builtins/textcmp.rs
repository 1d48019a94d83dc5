//! Text comparison helpers for `Position`, `Replace string`, `Uppercase`/`Lowercase`,
//! `Compare strings` and collection searches (pure functions).
//!
//! 4D compares text linguistically: case- and accent-insensitive by default, ligatures
//! equal to their letters (`æ` = `ae`), ignorable control characters skipped. fourd
//! approximates this with Unicode canonical decomposition (dropping combining marks),
//! lower-casing and a small ligature table. Positions are counted in characters (Unicode
//! scalar values); 4D counts UTF-16 units, which differs only outside the BMP.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// How two pieces of text are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mode {
    pub case_insensitive: bool,
    pub accent_insensitive: bool,
    /// Exact code comparison (`*`, `sk char codes`): no linguistic folding at all.
    pub codes: bool,
}

impl Mode {
    /// 4D's default: case- and accent-insensitive.
    pub const DEFAULT: Mode = Mode {
        case_insensitive: true,
        accent_insensitive: true,
        codes: false,
    };
    pub const EXACT: Mode = Mode {
        case_insensitive: false,
        accent_insensitive: false,
        codes: true,
    };

    /// From `sk` option flags: `sk strict` 0, `sk char codes` 1 (with `sk case
    /// insensitive`: `a-z` = `A-Z` only), `sk case insensitive` 2, `sk diacritic
    /// insensitive` 4 (kana/width are accepted and ignored; `Position` handles
    /// `sk whole word` 32 itself).
    pub fn from_options(opts: i64) -> Mode {
        if opts & 1 != 0 {
            return Mode {
                case_insensitive: opts & 2 != 0,
                ..Mode::EXACT
            };
        }
        Mode {
            case_insensitive: opts & 2 != 0,
            accent_insensitive: opts & 4 != 0,
            codes: false,
        }
    }
}

/// True for characters 4D's collation ignores (C0 controls other than tab/newlines, DEL).
pub fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{E}'..='\u{1F}' | '\u{7F}' | '\u{200B}'..='\u{200D}' | '\u{FEFF}')
}

/// Remove accents (combining marks after canonical decomposition).
pub fn strip_accents(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
    }
    out
}

/// Append the folded form of `c` to `out`.
pub fn fold_char(c: char, mode: Mode, out: &mut String) {
    if mode.codes {
        out.push(if mode.case_insensitive {
            c.to_ascii_lowercase()
        } else {
            c
        });
        return;
    }
    if is_ignorable(c) {
        return;
    }
    let lig = match c {
        'æ' => Some("ae"),
        'Æ' => Some("AE"),
        'œ' => Some("oe"),
        'Œ' => Some("OE"),
        'ß' => Some("ss"),
        'ﬁ' => Some("fi"),
        'ﬂ' => Some("fl"),
        _ => None,
    };
    let mut push = |d: char| {
        if mode.case_insensitive {
            out.extend(d.to_lowercase());
        } else {
            out.push(d);
        }
    };
    if let Some(l) = lig {
        l.chars().for_each(&mut push);
        return;
    }
    if mode.accent_insensitive {
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                push(d)
            }
        });
    } else {
        push(c);
    }
}

/// The folded text as characters, with, for each folded character, the index of the
/// source character it came from.
fn fold_with_map(s: &[char], mode: Mode) -> (Vec<char>, Vec<usize>) {
    let mut folded = Vec::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    let mut buf = String::new();
    for (i, c) in s.iter().enumerate() {
        buf.clear();
        fold_char(*c, mode, &mut buf);
        for f in buf.chars() {
            folded.push(f);
            map.push(i);
        }
    }
    (folded, map)
}

/// Fold a whole string.
pub fn fold(s: &str, mode: Mode) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, mode, &mut out);
    }
    out
}

/// Find `needle` in `hay` starting at character index `start` (0-based). Returns the
/// character index of the match and the number of source characters it covers.
pub fn find(hay: &[char], needle: &str, start: usize, mode: Mode) -> Option<(usize, usize)> {
    let needle: Vec<char> = fold(needle, mode).chars().collect();
    if needle.is_empty() || start >= hay.len() {
        return None;
    }
    let (folded, map) = fold_with_map(hay, mode);
    let n = needle.len();
    if n > folded.len() {
        return None;
    }
    for i in 0..=folded.len() - n {
        let src_start = map[i];
        if src_start < start {
            continue;
        }
        // The match must begin at the start of a source character's folded form.
        if i > 0 && map[i - 1] == src_start {
            continue;
        }
        if folded[i..i + n] != needle[..] {
            continue;
        }
        // ... and end at the end of one.
        let end = i + n;
        if end < folded.len() && map[end] == map[end - 1] {
            continue;
        }
        let src_end = map[end - 1] + 1;
        return Some((src_start, src_end - src_start));
    }
    None
}

/// Compare two texts in the given mode: `Compare strings`.
pub fn compare(a: &str, b: &str, mode: Mode) -> std::cmp::Ordering {
    fold(a, mode).cmp(&fold(b, mode))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn default_search_ignores_case_and_accents() {
        assert_eq!(
            find(&chars("Crème brûlée"), "Brulee", 0, Mode::DEFAULT),
            Some((6, 6))
        );
        assert_eq!(find(&chars("Crème brûlée"), "Brulee", 0, Mode::EXACT), None);
        assert_eq!(find(&chars("abcABC"), "c", 3, Mode::DEFAULT), Some((5, 1)));
        assert_eq!(find(&chars("abc"), "", 0, Mode::DEFAULT), None);
    }

    #[test]
    fn ligatures_match_their_letters() {
        assert_eq!(find(&chars("Cæsar"), "ae", 0, Mode::DEFAULT), Some((1, 1)));
        assert_eq!(find(&chars("Caesar"), "æ", 0, Mode::DEFAULT), Some((1, 2)));
        // Half a ligature is not a match.
        assert_eq!(find(&chars("Cæsar"), "a", 0, Mode::DEFAULT), Some((3, 1)));
    }

    #[test]
    fn accents_are_stripped() {
        assert_eq!(strip_accents("hélène"), "helene");
        assert_eq!(strip_accents("Ñandú"), "Nandu");
    }

    #[test]
    fn options_map_to_modes() {
        assert_eq!(Mode::from_options(1), Mode::EXACT);
        assert!(Mode::from_options(2).case_insensitive);
        assert!(!Mode::from_options(2).accent_insensitive);
        assert_eq!(
            compare("abc", "ABD", Mode::DEFAULT),
            std::cmp::Ordering::Less
        );
    }
}
