//! Assembles parsed lines into nested blocks and class members, iteratively (no
//! recursion, so nesting depth can never overflow the stack). Reports mismatched and
//! missing `End …` keywords, naming the line of the opening keyword.

use super::line::Line;
use crate::ast::{
    Block, ClassMember, ClassMemberKind, Declare, Expr, LoopCond, Span, Stmt, StmtKind,
};
use crate::diagnostics::{Diagnostic, line_col};
use crate::lexer::Kw;

/// Stands for the opening line in a message until it is computed.
const LINE_MARK: &str = "\u{1}";

/// 4D's limit on nested control structures.
pub const MAX_BLOCK_DEPTH: usize = 512;

enum Data {
    If {
        cond: Expr,
        then: Option<Block>,
    },
    Case {
        branches: Vec<(Expr, Block)>,
        current: Option<Expr>,
        else_seen: bool,
    },
    While {
        cond: Expr,
    },
    Repeat,
    For {
        counter: Expr,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
    },
    ForEach {
        item: Expr,
        source: Expr,
        begin: Option<Expr>,
        end: Option<Expr>,
        cond: Option<(LoopCond, Expr)>,
    },
    Use {
        target: Expr,
    },
    Try {
        body: Option<Block>,
    },
}

struct Frame {
    opener: Kw,
    span: Span,
    data: Data,
    /// The block being filled (then-branch, current Case branch, loop body, ...).
    cur: Block,
}

fn closer_of(k: Kw) -> Kw {
    match k {
        Kw::If => Kw::EndIf,
        Kw::CaseOf => Kw::EndCase,
        Kw::While => Kw::EndWhile,
        Kw::Repeat => Kw::Until,
        Kw::For => Kw::EndFor,
        Kw::ForEach => Kw::EndForEach,
        Kw::Use => Kw::EndUse,
        _ => Kw::EndTry,
    }
}

pub struct Builder<'a> {
    src: &'a str,
    stack: Vec<Frame>,
    /// Openers beyond [`MAX_BLOCK_DEPTH`], counted but not built.
    phantom: usize,
    depth_reported: bool,
    pub body: Block,
    pub members: Vec<ClassMember>,
    pub declare: Option<Declare>,
    pub diagnostics: Vec<Diagnostic>,
    /// Set once a statement (not a comment) has been seen, for the `#DECLARE` rule.
    seen_statement: bool,
    outside_reported: bool,
}

impl<'a> Builder<'a> {
    pub fn new(src: &'a str) -> Builder<'a> {
        Builder {
            src,
            stack: Vec::new(),
            phantom: 0,
            depth_reported: false,
            body: Vec::new(),
            members: Vec::new(),
            declare: None,
            diagnostics: Vec::new(),
            seen_statement: false,
            outside_reported: false,
        }
    }

    fn line_of(&self, span: Span) -> usize {
        line_col(self.src, span.start as usize).0
    }

    fn error(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// Append a statement to the innermost open block.
    fn push(&mut self, stmt: Stmt) {
        if let Some(f) = self.stack.last_mut() {
            if let Data::Case {
                current: None,
                else_seen: false,
                ..
            } = f.data
                && !matches!(stmt.kind, StmtKind::Error)
            {
                let open = f.span;
                let line = self.line_of(open);
                self.error(
                    Diagnostic::error(
                        stmt.span,
                        format!("statement before the first branch of `Case of` (line {line})"),
                    )
                    .with_label("expected a `: (condition)` branch, `Else` or `End case`")
                    .with_secondary(open, "`Case of` opened here"),
                );
                return;
            }
            f.cur.push(stmt);
            return;
        }
        match self.members.last_mut() {
            None => self.body.push(stmt),
            Some(ClassMember {
                kind:
                    ClassMemberKind::Function { body, .. } | ClassMemberKind::Constructor { body, .. },
                span,
            }) => {
                span.end = span.end.max(stmt.span.end);
                body.push(stmt)
            }
            Some(_) => {
                if !self.outside_reported && !matches!(stmt.kind, StmtKind::Error) {
                    self.outside_reported = true;
                    self.error(
                        Diagnostic::error(stmt.span, "statement outside any function of the class")
                            .with_label("code must be inside a `Function` or `Class constructor`"),
                    );
                }
                self.body.push(stmt)
            }
        }
    }

    fn open(&mut self, opener: Kw, span: Span, data: Data) {
        if self.stack.len() >= MAX_BLOCK_DEPTH {
            self.phantom += 1;
            if !self.depth_reported {
                self.depth_reported = true;
                self.error(
                    Diagnostic::error(
                        span,
                        format!("control structures nested more than {MAX_BLOCK_DEPTH} deep"),
                    )
                    .with_label(format!(
                        "`{}` opens level {}",
                        opener.as_str(),
                        MAX_BLOCK_DEPTH + 1
                    ))
                    .with_note("4D accepts at most 512 nested control structures"),
                );
            }
            self.push(Stmt {
                kind: StmtKind::Error,
                span,
            });
            return;
        }
        self.stack.push(Frame {
            opener,
            span,
            data,
            cur: Vec::new(),
        });
    }

    /// Close the top frame into a statement ending at `end`.
    fn close_top(&mut self, end: Span) {
        let Some(f) = self.stack.pop() else { return };
        let span = f.span.to(end);
        let kind = match f.data {
            Data::If { cond, then } => match then {
                Some(then) => StmtKind::If {
                    cond,
                    then,
                    otherwise: Some(f.cur),
                },
                None => StmtKind::If {
                    cond,
                    then: f.cur,
                    otherwise: None,
                },
            },
            Data::Case {
                mut branches,
                current,
                else_seen,
            } => {
                let mut otherwise = None;
                match current {
                    Some(c) => branches.push((c, f.cur)),
                    None if else_seen => otherwise = Some(f.cur),
                    None => {}
                }
                if else_seen && otherwise.is_none() {
                    otherwise = Some(Vec::new());
                }
                StmtKind::Case {
                    branches,
                    otherwise,
                }
            }
            Data::While { cond } => StmtKind::While { cond, body: f.cur },
            Data::Repeat => StmtKind::Repeat {
                body: f.cur,
                until: Expr {
                    kind: crate::ast::ExprKind::Error,
                    span: end,
                },
            },
            Data::For {
                counter,
                start,
                end: e,
                step,
            } => StmtKind::For {
                counter,
                start,
                end: e,
                step,
                body: f.cur,
            },
            Data::ForEach {
                item,
                source,
                begin,
                end: e,
                cond,
            } => StmtKind::ForEach {
                item,
                source,
                begin,
                end: e,
                cond,
                body: f.cur,
            },
            Data::Use { target } => StmtKind::Use {
                target,
                body: f.cur,
            },
            Data::Try { body } => match body {
                Some(body) => StmtKind::Try {
                    body,
                    catch: Some(f.cur),
                },
                None => StmtKind::Try {
                    body: f.cur,
                    catch: None,
                },
            },
        };
        self.push(Stmt { kind, span });
    }

    /// Handle a closing keyword line (`End if`, `Until`, ...).
    fn close(&mut self, closer: Kw, span: Span, until: Option<Expr>) {
        if self.phantom > 0 {
            self.phantom -= 1;
            self.push(Stmt {
                kind: StmtKind::Error,
                span,
            });
            return;
        }
        let matching = self
            .stack
            .iter()
            .rposition(|f| closer_of(f.opener) == closer);
        let Some(top) = self.stack.last() else {
            let opener = opener_name(closer);
            self.error(
                Diagnostic::error(
                    span,
                    format!("`{}` without a matching `{opener}`", closer.as_str()),
                )
                .with_label(format!("no `{opener}` is open here")),
            );
            self.push(Stmt {
                kind: StmtKind::Error,
                span,
            });
            return;
        };
        let (top_opener, top_span) = (top.opener, top.span);
        if closer_of(top_opener) != closer {
            let line = self.line_of(top_span);
            let mut d = Diagnostic::error(
                span,
                format!(
                    "`{}` does not close `{}` opened at line {line}",
                    closer.as_str(),
                    top_opener.as_str()
                ),
            )
            .with_secondary(top_span, format!("`{}` opened here", top_opener.as_str()));
            d = match matching {
                Some(_) => d.with_label(format!(
                    "expected `{}` before this line",
                    closer_of(top_opener).as_str()
                )),
                None => d.with_label(format!(
                    "expected `{}` here",
                    closer_of(top_opener).as_str()
                )),
            };
            self.error(d);
            let Some(m) = matching else {
                self.push(Stmt {
                    kind: StmtKind::Error,
                    span,
                });
                return;
            };
            // Close the frames left open inside the matching one.
            while self.stack.len() > m + 1 {
                self.close_top(span);
            }
        }
        if let Some(until) = until
            && let Some(Frame {
                data: Data::Repeat, ..
            }) = self.stack.last()
        {
            let f = self.stack.pop().expect("checked");
            let s = f.span.to(span);
            self.push(Stmt {
                kind: StmtKind::Repeat { body: f.cur, until },
                span: s,
            });
            return;
        }
        self.close_top(span);
    }

    /// `Else`, `Catch` or a `Case of` branch: they split the open block.
    fn split(&mut self, what: &str, span: Span, branch: Option<Expr>) {
        if self.phantom > 0 {
            self.push(Stmt {
                kind: StmtKind::Error,
                span,
            });
            return;
        }
        let problem = match (self.stack.last_mut(), what) {
            (Some(f), "Else") => match &mut f.data {
                Data::If { then, .. } if then.is_none() => {
                    *then = Some(std::mem::take(&mut f.cur));
                    None
                }
                Data::Case {
                    branches,
                    current,
                    else_seen,
                } if !*else_seen => {
                    if let Some(c) = current.take() {
                        branches.push((c, std::mem::take(&mut f.cur)));
                    }
                    *else_seen = true;
                    None
                }
                Data::If { .. } | Data::Case { .. } => Some(format!(
                    "second `Else` in `{}` opened at line {}",
                    f.opener.as_str(),
                    LINE_MARK
                )),
                _ => Some(format!(
                    "`Else` inside `{}` opened at line {}",
                    f.opener.as_str(),
                    LINE_MARK
                )),
            },
            (Some(f), "Catch") => match &mut f.data {
                Data::Try { body } if body.is_none() => {
                    *body = Some(std::mem::take(&mut f.cur));
                    None
                }
                _ => Some(format!(
                    "`Catch` inside `{}` opened at line {}",
                    f.opener.as_str(),
                    LINE_MARK
                )),
            },
            (Some(f), _) => match &mut f.data {
                Data::Case {
                    branches,
                    current,
                    else_seen,
                } if !*else_seen => {
                    match current.take() {
                        Some(c) => branches.push((c, std::mem::take(&mut f.cur))),
                        None => f.cur.clear(),
                    }
                    *current = branch;
                    None
                }
                Data::Case { .. } => Some("a `Case of` branch after `Else`".to_string()),
                _ => Some(format!(
                    "`:` branch inside `{}` opened at line {}",
                    f.opener.as_str(),
                    LINE_MARK
                )),
            },
            (None, "Else") => Some("`Else` outside `If` or `Case of`".to_string()),
            (None, "Catch") => Some("`Catch` without `Try`".to_string()),
            (None, _) => Some("`:` branch outside `Case of`".to_string()),
        };
        if let Some(mut msg) = problem {
            // The line number is computed only when there is something to report.
            if let Some(f) = self.stack.last() {
                msg = msg.replace(LINE_MARK, &self.line_of(f.span).to_string());
            }
            let mut d = Diagnostic::error(span, msg).with_label("unexpected here");
            if let Some(f) = self.stack.last() {
                d = d.with_secondary(f.span, format!("`{}` opened here", f.opener.as_str()));
            }
            self.error(d);
            self.push(Stmt {
                kind: StmtKind::Error,
                span,
            });
        }
    }

    /// Report and close every open block (at a class member or at the end of the file).
    fn close_all(&mut self, at: Span, why: &str) {
        while let Some(f) = self.stack.last() {
            let line = self.line_of(f.span);
            let (opener, fspan) = (f.opener, f.span);
            self.error(
                Diagnostic::error(
                    at,
                    format!(
                        "missing `{}`: `{}` opened at line {line} is still open {why}",
                        closer_of(opener).as_str(),
                        opener.as_str()
                    ),
                )
                .with_label(if at.start == at.end {
                    "the file ends here".to_string()
                } else {
                    format!("expected `{}` before this", closer_of(opener).as_str())
                })
                .with_secondary(fspan, format!("`{}` opened here", opener.as_str())),
            );
            self.close_top(at);
        }
        self.phantom = 0;
    }

    /// Feed one parsed line spanning `span`.
    pub fn line(&mut self, line: Line, span: Span) {
        if !matches!(line, Line::Empty | Line::Declare(_)) {
            self.seen_statement = true;
        }
        match line {
            Line::Empty => {}
            Line::Simple(kind) => self.push(Stmt { kind, span }),
            Line::If(cond) => self.open(Kw::If, span, Data::If { cond, then: None }),
            Line::Else => self.split("Else", span, None),
            Line::EndIf => self.close(Kw::EndIf, span, None),
            Line::CaseOf => self.open(
                Kw::CaseOf,
                span,
                Data::Case {
                    branches: Vec::new(),
                    current: None,
                    else_seen: false,
                },
            ),
            Line::Branch(c) => self.split(":", span, Some(c)),
            Line::EndCase => self.close(Kw::EndCase, span, None),
            Line::While(cond) => self.open(Kw::While, span, Data::While { cond }),
            Line::EndWhile => self.close(Kw::EndWhile, span, None),
            Line::Repeat => self.open(Kw::Repeat, span, Data::Repeat),
            Line::Until(c) => self.close(Kw::Until, span, Some(c)),
            Line::For {
                counter,
                start,
                end,
                step,
            } => self.open(
                Kw::For,
                span,
                Data::For {
                    counter,
                    start,
                    end,
                    step,
                },
            ),
            Line::EndFor => self.close(Kw::EndFor, span, None),
            Line::ForEach {
                item,
                source,
                begin,
                end,
                cond,
            } => self.open(
                Kw::ForEach,
                span,
                Data::ForEach {
                    item,
                    source,
                    begin,
                    end,
                    cond,
                },
            ),
            Line::EndForEach => self.close(Kw::EndForEach, span, None),
            Line::Use(target) => self.open(Kw::Use, span, Data::Use { target }),
            Line::EndUse => self.close(Kw::EndUse, span, None),
            Line::Try => self.open(Kw::Try, span, Data::Try { body: None }),
            Line::Catch => self.split("Catch", span, None),
            Line::EndTry => self.close(Kw::EndTry, span, None),
            Line::BeginSql | Line::EndSql => self.push(Stmt {
                kind: StmtKind::Sql,
                span,
            }),
            Line::Declare(d) => {
                if self.declare.is_some() || self.seen_statement || !self.members.is_empty() {
                    self.error(
                        Diagnostic::error(span, "`#DECLARE` must be the first line of a method")
                            .with_label("only comments and blank lines may come before it"),
                    );
                    self.push(Stmt {
                        kind: StmtKind::Error,
                        span,
                    });
                } else {
                    self.declare = Some(d);
                }
                self.seen_statement = true;
            }
            Line::Member(kind) => {
                let what = match &kind {
                    ClassMemberKind::Function { .. } => "at this `Function`",
                    ClassMemberKind::Constructor { .. } => "at this `Class constructor`",
                    _ => "at this class member",
                };
                self.close_all(span, what);
                self.members.push(ClassMember { kind, span });
            }
        }
    }

    /// `Begin SQL` ... `End SQL` seen as one opaque statement.
    pub fn sql(&mut self, span: Span) {
        self.seen_statement = true;
        self.push(Stmt {
            kind: StmtKind::Sql,
            span,
        });
    }

    /// End of file: close whatever is open.
    pub fn finish(
        mut self,
        eof: Span,
    ) -> (Block, Vec<ClassMember>, Option<Declare>, Vec<Diagnostic>) {
        let at = Span {
            start: eof.end,
            end: eof.end,
        };
        self.close_all(at, "at the end of the file");
        (self.body, self.members, self.declare, self.diagnostics)
    }
}

/// The opening keyword a closer belongs to.
fn opener_name(closer: Kw) -> &'static str {
    match closer {
        Kw::EndIf => "If",
        Kw::EndCase => "Case of",
        Kw::EndWhile => "While",
        Kw::Until => "Repeat",
        Kw::EndFor => "For",
        Kw::EndForEach => "For each",
        Kw::EndUse => "Use",
        _ => "Try",
    }
}
