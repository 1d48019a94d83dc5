//! Errors as data, and the only code that renders them (with ariadne).
//!
//! Every stage (lexer, parser, resolver, evaluator) reports a [`Diagnostic`]; the CLI,
//! the REPL and the test harnesses call [`render`] to turn it into text. Colour is a
//! parameter so tests and pipes get plain text.

use crate::ast::Span;
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A secondary label: a span in the same file and a message.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// 4D's error code for runtime errors (e.g. -10721); `None` for syntax errors.
    pub code: Option<i64>,
    /// The headline.
    pub message: String,
    /// Where it happened (byte span in `file`).
    pub span: Span,
    /// The text on the primary label.
    pub label: String,
    /// Extra labelled spans in the same file ("while parsing this If").
    pub labels: Vec<Note>,
    /// Free text lines shown under the report (call chain, hints).
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code: None,
            message: message.into(),
            span,
            label: String::new(),
            labels: Vec::new(),
            notes: Vec::new(),
        }
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }
    pub fn with_code(mut self, code: i64) -> Diagnostic {
        self.code = Some(code);
        self
    }
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Note {
            span,
            message: message.into(),
        });
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = clamp_to_char_boundary(src, offset);
    let before = &src[..offset];
    let line_start = before.rfind(['\n', '\r']).map(|i| i + 1).unwrap_or(0);
    let line = 1 + count_line_breaks(before);
    let col = 1 + src[line_start..offset].chars().count();
    (line, col)
}

fn count_line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => n += 1,
            b'\r' => {
                n += 1;
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    n
}

fn clamp_to_char_boundary(src: &str, mut offset: usize) -> usize {
    offset = offset.min(src.len());
    while !src.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Render a diagnostic for `file` (whose text is `src`) as text.
pub fn render(diag: &Diagnostic, file: &str, src: &str, color: bool) -> String {
    // ariadne wants spans on char boundaries inside the text.
    let fix = |span: Span| {
        let s = clamp_to_char_boundary(src, span.start as usize);
        let e = clamp_to_char_boundary(src, (span.end as usize).max(s));
        s..e
    };
    let kind = match diag.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
    };
    let primary = fix(diag.span);
    let headline = match diag.code {
        Some(code) => format!("[{code}] {}", diag.message),
        None => diag.message.clone(),
    };
    let mut report = Report::build(kind, (file, primary.clone()))
        .with_config(
            Config::new()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_message(headline);
    let label_text = if diag.label.is_empty() {
        diag.message.clone()
    } else {
        diag.label.clone()
    };
    report = report.with_label(
        Label::new((file, primary))
            .with_message(label_text)
            .with_color(Color::Red),
    );
    for note in &diag.labels {
        report = report.with_label(
            Label::new((file, fix(note.span)))
                .with_message(note.message.clone())
                .with_color(Color::Yellow),
        );
    }
    for note in &diag.notes {
        report = report.with_note(note);
    }
    let mut out = Vec::new();
    with_source(src, |source| {
        let _ = report.finish().write((file, source), &mut out);
    });
    String::from_utf8_lossy(&out).into_owned()
}

/// Run `f` with an ariadne `Source` of `src`. Building one splits the whole text into
/// lines, so the last one is kept (per thread) for the next diagnostic of the same text:
/// rebuilding it for each of 10,000 diagnostics in one file took a minute.
fn with_source(src: &str, f: impl FnOnce(&Source<String>)) {
    thread_local! {
        static LAST: std::cell::RefCell<Option<Source<String>>> =
            const { std::cell::RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        let fresh = match &*last {
            Some(s) => s.text() != src,
            None => true,
        };
        if fresh {
            *last = Some(Source::from(src.to_string()));
        }
        if let Some(s) = &*last {
            f(s);
        }
    });
}
