//! The set of multi-word names the lexer glues by longest case-insensitive match:
//! language keywords, 4D command and constant names (from `stdlib/`), and the project's
//! method names (added by whoever loads a project or script folder).
//!
//! Matching is word-wise: a name is a sequence of words separated by single spaces, and
//! the set keeps every word-boundary prefix so the lexer can stop early.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Keywords of the language, as 4D writes them. Matching is case-insensitive.
pub const KEYWORDS: &[&str] = &[
    "If",
    "Else",
    "End if",
    "Case of",
    "End case",
    "While",
    "End while",
    "Repeat",
    "Until",
    "For",
    "End for",
    "For each",
    "End for each",
    "Begin SQL",
    "End SQL",
    "Use",
    "End use",
    "Try",
    "Catch",
    "End try",
    "var",
    "return",
    "break",
    "continue",
    "Class constructor",
    "Class extends",
    "Function",
    "property",
];

#[derive(Clone, Default)]
pub struct NameSet {
    /// Lower-cased full names.
    full: FxHashSet<String>,
    /// Lower-cased word-boundary prefixes of multi-word names (`"new"`, `"new shared"`).
    prefixes: FxHashSet<String>,
}

impl NameSet {
    pub fn new() -> NameSet {
        NameSet::default()
    }

    pub fn insert(&mut self, name: &str) {
        let lower = name.to_lowercase();
        let mut at = 0;
        while let Some(i) = lower[at..].find(' ') {
            self.prefixes.insert(lower[..at + i].to_string());
            at += i + 1;
        }
        self.full.insert(lower);
    }

    /// True when `lower` (already lower-cased) is a whole known name.
    pub fn contains(&self, lower: &str) -> bool {
        self.full.contains(lower)
    }

    /// True when `lower` followed by a space could still grow into a known name.
    pub fn is_prefix(&self, lower: &str) -> bool {
        self.prefixes.contains(lower)
    }

    pub fn len(&self) -> usize {
        self.full.len()
    }

    pub fn is_empty(&self) -> bool {
        self.full.is_empty()
    }
}

/// Keywords, commands and constants: the names every file shares.
pub fn standard_names() -> &'static NameSet {
    static SET: OnceLock<NameSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = NameSet::new();
        for k in KEYWORDS {
            set.insert(k);
        }
        let cat = crate::catalog::catalog();
        for c in &cat.commands {
            set.insert(&c.name);
        }
        for c in &cat.constants {
            set.insert(&c.name);
        }
        // Commands fourd implements under a name the catalogue lacks (legacy names such
        // as `Get process activity`).
        for c in &crate::builtins::registry().commands {
            set.insert(c.name);
        }
        set
    })
}

/// True when `name` is a keyword (case-insensitive).
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_word_boundaries() {
        let mut s = NameSet::new();
        s.insert("New shared object");
        assert!(s.is_prefix("new"));
        assert!(s.is_prefix("new shared"));
        assert!(!s.is_prefix("new shared object"));
        assert!(s.contains("new shared object"));
        assert!(!s.contains("new shared"));
    }
}
