//! Fenced ```` ```4d ```` blocks of a Markdown page.

pub struct Block {
    /// 1-based line of the opening fence.
    pub line: usize,
    pub code: String,
    /// The last non-empty prose line before the fence (it often names a method:
    /// "With the following ***Flatten*** method:").
    pub before: String,
    /// How many `#` or `##` headings come before it: blocks of one section of a page.
    pub section: usize,
}

/// Every block fenced as `4d` or `code4d` (the info string's first word,
/// case-insensitive).
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String, String)> = None;
    let mut before = String::new();
    let mut section = 0;
    for (i, raw) in markdown.lines().enumerate() {
        let line = raw.trim_start();
        match &mut current {
            None => {
                if let Some(info) = line.strip_prefix("```") {
                    let lang = info.split_whitespace().next().unwrap_or("");
                    if lang.eq_ignore_ascii_case("4d") || lang.eq_ignore_ascii_case("code4d") {
                        current = Some((
                            i + 1,
                            String::new(),
                            raw[..raw.len() - line.len()].to_string(),
                        ));
                    }
                } else if !line.trim().is_empty() {
                    if line.starts_with("# ") || line.starts_with("## ") {
                        section += 1;
                    }
                    before = line.trim().to_string();
                }
            }
            Some((start, code, _)) => {
                if line.starts_with("```") {
                    out.push(Block {
                        line: *start,
                        code: std::mem::take(code),
                        before: std::mem::take(&mut before),
                        section,
                    });
                    current = None;
                } else {
                    code.push_str(raw);
                    code.push('\n');
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_4d_blocks_only() {
        let md =
            "text\n```4d\nvar $a : Integer\n```\n```json\n{}\n```\n  ```4D\nALERT(\"x\")\n  ```\n";
        let b = super::blocks(md);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].line, 2);
        assert_eq!(b[0].code, "var $a : Integer\n");
        assert_eq!(b[1].code.trim(), "ALERT(\"x\")");
        let b = super::blocks(
            "# A\n```4d\n$a:=1\n```\n### sub\n```4d\n$b:=1\n```\n## B\n```4d\n$c:=1\n```\n",
        );
        assert_eq!(
            b.iter().map(|b| b.section).collect::<Vec<_>>(),
            vec![1, 1, 2]
        );
    }
}
