//! The data catalogues in `stdlib/`: 4D command names and numbers, and predefined
//! constants. They are compiled into the binary (`include_str!`) and parsed once, lazily.
//!
//! The catalogue says what exists in 4D (so the lexer can glue multi-word names and the
//! resolver can recognise `Name:C123`); `builtins/` says what fourd implements.

use std::sync::OnceLock;

/// One row of `stdlib/commands.tsv`.
#[derive(Clone, Debug)]
pub struct CommandInfo {
    pub number: u32,
    pub name: String,
    pub theme: String,
    pub thread_safe: Option<bool>,
}

/// The value of a constant.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Integer(i64),
    Real(f64),
    Text(String),
    Boolean(bool),
}

/// One row of `stdlib/constants.tsv`.
#[derive(Clone, Debug)]
pub struct ConstantInfo {
    pub name: String,
    pub value: ConstValue,
    /// `(theme, number)` of the tokenized form `Name:Ktheme:number`.
    pub token: Option<(u32, u32)>,
}

pub struct Catalog {
    pub commands: Vec<CommandInfo>,
    pub constants: Vec<ConstantInfo>,
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();

const COMMANDS_TSV: &str = include_str!("../stdlib/commands.tsv");
const CONSTANTS_TSV: &str = include_str!("../stdlib/constants.tsv");

/// The catalogue, parsed on first use.
pub fn catalog() -> &'static Catalog {
    CATALOG.get_or_init(|| Catalog {
        commands: parse_commands(COMMANDS_TSV),
        constants: parse_constants(CONSTANTS_TSV),
    })
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn parse_commands(tsv: &str) -> Vec<CommandInfo> {
    rows(tsv)
        .filter_map(|cols| {
            let number = cols.first()?.trim().parse().ok()?;
            let name = cols.get(1)?.trim().to_string();
            let theme = cols
                .get(2)
                .map(|s| s.trim().to_string())
                .unwrap_or_default();
            let thread_safe = match cols.get(3).map(|s| s.trim()) {
                Some("yes") => Some(true),
                Some("no") => Some(false),
                _ => None,
            };
            Some(CommandInfo {
                number,
                name,
                theme,
                thread_safe,
            })
        })
        .collect()
}

fn parse_constants(tsv: &str) -> Vec<ConstantInfo> {
    rows(tsv)
        .filter_map(|cols| {
            let name = cols.first()?.trim().to_string();
            let ty = cols.get(1)?.trim();
            let raw = cols.get(2).copied().unwrap_or("");
            let value = match ty {
                "Integer" | "Longint" => ConstValue::Integer(raw.trim().parse().ok()?),
                "Real" => ConstValue::Real(raw.trim().parse().ok()?),
                "Boolean" => ConstValue::Boolean(raw.trim().eq_ignore_ascii_case("true")),
                _ => ConstValue::Text(raw.to_string()),
            };
            let token = cols.get(3).and_then(|t| parse_token(t.trim()));
            Some(ConstantInfo { name, value, token })
        })
        .collect()
}

/// `K12:3` → `(12, 3)`.
fn parse_token(t: &str) -> Option<(u32, u32)> {
    let rest = t.strip_prefix('K').or_else(|| t.strip_prefix('k'))?;
    let (a, b) = rest.split_once(':')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_parses_and_names_are_unique() {
        let cat = catalog();
        assert!(!cat.commands.is_empty());
        let mut seen = std::collections::HashSet::new();
        for c in &cat.commands {
            assert!(
                seen.insert(c.name.to_lowercase()),
                "duplicate command {}",
                c.name
            );
        }
        let mut seen = std::collections::HashSet::new();
        for c in &cat.constants {
            assert!(
                seen.insert(c.name.to_lowercase()),
                "duplicate constant {}",
                c.name
            );
        }
    }

    #[test]
    fn token_forms() {
        assert_eq!(parse_token("K8:3"), Some((8, 3)));
        assert_eq!(parse_token(""), None);
    }
}
