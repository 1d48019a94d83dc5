//! Statement execution, loops, and 4D's error handling: errors are located at the
//! statement that raised them, then either caught (`Try`, `Try(...)`), handed to the
//! `ON ERR CALL` method (execution then continues with the next statement), or
//! propagated to the top (uncaught: the run stops with exit code 1).

use super::error::{Location, R, RtError, codes, err};
use super::{Ctx, Flow};
use crate::code::{Place, Stmt, StmtKind, VarType};
use crate::numeric::NumExpr;
use crate::resolve::{SLOT_ERROR, SLOT_ERROR_LINE, SLOT_ERROR_METHOD};
use crate::value::Value;

impl Ctx {
    /// A loop's or a method's body: checks the time and memory limits first (every loop
    /// pass and every call goes through here, so a runaway program is always stopped).
    pub fn exec_body(&mut self, stmts: &[Stmt]) -> R<Flow> {
        self.poll_limits()?;
        self.exec_block(stmts)
    }

    pub fn exec_block(&mut self, stmts: &[Stmt]) -> R<Flow> {
        for s in stmts {
            self.span = s.span;
            // The hottest statement runs here; the others in `exec` (out of line, so this
            // loop stays small).
            let r = match &s.kind {
                StmtKind::SetLocal { slot, value, ty } => self
                    .set_local_stmt(*slot, value, ty.as_ref())
                    .map(|()| Flow::Next),
                StmtKind::If {
                    cond,
                    then,
                    otherwise,
                } => self.exec_if(cond, then, otherwise),
                _ => self.exec(s),
            };
            match r {
                Ok(Flow::Next) => {}
                Ok(flow) => return Ok(flow),
                Err(e) => self.statement_failed(e, s)?,
            }
        }
        Ok(Flow::Next)
    }

    /// `If (cond) then {Else otherwise} End if`.
    #[inline(always)]
    fn exec_if(&mut self, cond: &crate::code::Expr, then: &[Stmt], otherwise: &[Stmt]) -> R<Flow> {
        let branch = if self.eval_cond(cond)? {
            then
        } else {
            otherwise
        };
        if branch.is_empty() {
            Ok(Flow::Next)
        } else {
            self.exec_block(branch)
        }
    }

    /// `$local := value` with the local's declared type (if any).
    #[inline(always)]
    fn set_local_stmt(
        &mut self,
        slot: u32,
        value: &crate::code::Expr,
        ty: Option<&VarType>,
    ) -> R<()> {
        // A compiled number of the local's declared type is stored as it is, each type
        // by its own store (merged, they would go through one stack temporary).
        if let crate::code::Expr::Num(n) = value {
            let locals = &self.stack[self.base..];
            match (&n.fast, ty) {
                (NumExpr::Real(r), Some(VarType::Real)) => {
                    if let Some(x) = r.eval(locals) {
                        self.stack[self.base + slot as usize].store(Value::Real(x));
                        return Ok(());
                    }
                }
                (NumExpr::Int(i), Some(VarType::Integer)) => {
                    if let Some(x) = i.eval(locals) {
                        self.stack[self.base + slot as usize].store(Value::Int(x));
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let v = self.eval(value)?;
        let dst = self.base + slot as usize;
        match ty {
            Some(t) if !super::place::already_of_type(t, &v) => {
                let v = super::place::convert_slow(t, v)?;
                self.stack[dst].store(v);
            }
            _ => self.stack[dst].store(v),
        }
        Ok(())
    }

    /// A statement raised `e`: locate it, then hand it to the `ON ERR CALL` method (the
    /// block then goes on with the next statement) or propagate it.
    #[cold]
    #[inline(never)]
    fn statement_failed(&mut self, mut e: Box<RtError>, s: &Stmt) -> R<()> {
        self.locate(&mut e, s);
        if self.errors.try_depth == 0 && !self.errors.handler.is_empty() && !self.errors.in_handler
        {
            return self.run_error_handler(e);
        }
        Err(e)
    }

    /// Record where an error happened (first time), or extend its call chain when it
    /// leaves a frame.
    #[inline(never)]
    fn locate(&self, e: &mut RtError, s: &Stmt) {
        let depth = self.frames.len();
        let here = || Location {
            method: self
                .frames
                .last()
                .map(|f| f.code.name.clone())
                .unwrap_or_default(),
            source: self.frames.last().map(|f| f.code.source).unwrap_or(0),
            span: s.span,
        };
        if e.location.is_none() {
            e.location = Some(here());
            e.depth = depth;
        } else if depth < e.depth {
            e.chain.push(here());
            e.depth = depth;
        }
    }

    /// Call the `ON ERR CALL` method for `e`; errors inside the handler propagate.
    #[inline(never)]
    fn run_error_handler(&mut self, e: Box<RtError>) -> R<()> {
        let handler = self.errors.handler.clone();
        self.set_process_var(SLOT_ERROR, Value::Int(e.code as i32));
        let (method, line) = match &e.location {
            Some(loc) => {
                let line = self
                    .source(loc.source)
                    .map(|s| crate::diagnostics::line_col(&s.text, loc.span.start as usize).0);
                (loc.method.clone(), line.unwrap_or(0))
            }
            None => (String::new(), 0),
        };
        self.set_process_var(SLOT_ERROR_METHOD, Value::text(method));
        self.set_process_var(SLOT_ERROR_LINE, Value::Int(line as i32));
        self.errors.last = vec![e];
        let Some(id) = self.program.method_id(&handler) else {
            return err(
                codes::ERR_CALL_METHOD,
                format!("Cannot call error handling project method '{handler}'"),
            );
        };
        self.errors.in_handler = true;
        let r = self.call_method_values(id, Vec::new());
        self.errors.in_handler = false;
        r.map(|_| ())
    }

    fn exec(&mut self, s: &Stmt) -> R<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(e)?;
            }
            StmtKind::SetLocal { slot, value, ty } => {
                self.set_local_stmt(*slot, value, ty.as_ref())?;
            }
            StmtKind::AppendLocal { slot, parts } => self.append_local(*slot, parts)?,
            StmtKind::Assign { target, op, value } => {
                let v = self.eval(value)?;
                self.assign(target, *op, v)?;
            }
            StmtKind::UpdateMember {
                slot,
                key,
                target,
                value,
            } => {
                if !self.update_member_in_place(*slot, *key, value) {
                    let v = self.eval(value)?;
                    self.assign_value(target, v)?;
                }
            }
            StmtKind::Declare { target, ty, init } => self.declare(target, ty, init.as_ref())?,
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => return self.exec_if(cond, then, otherwise),
            StmtKind::Case {
                branches,
                otherwise,
            } => {
                for (cond, body) in branches {
                    if self.eval_cond(cond)? {
                        return self.exec_block(body);
                    }
                }
                return self.exec_block(otherwise);
            }
            StmtKind::While { cond, body } => {
                while self.eval_cond(cond)? {
                    match self.exec_body(body)? {
                        Flow::Break => break,
                        Flow::Return => return Ok(Flow::Return),
                        _ => {}
                    }
                }
            }
            StmtKind::Repeat { body, until } => loop {
                match self.exec_body(body)? {
                    Flow::Break => break,
                    Flow::Return => return Ok(Flow::Return),
                    _ => {}
                }
                if self.eval_cond(until)? {
                    break;
                }
            },
            StmtKind::For {
                counter,
                start,
                end,
                step,
                body,
            } => return self.exec_for(counter, start, end, step.as_ref(), body),
            StmtKind::ForEach {
                item,
                source,
                begin,
                end,
                until,
                while_,
                body,
            } => {
                return self.exec_for_each(
                    item,
                    source,
                    begin.as_ref(),
                    end.as_ref(),
                    until.as_ref(),
                    while_.as_ref(),
                    body,
                );
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    let v = self.eval_fast(e)?;
                    let frame = self.frames.last().expect("a method runs in a frame");
                    match frame.code.result {
                        Some(slot) => {
                            // Stored straight when no conversion is needed (no `R` to
                            // move the value through).
                            let dst = self.base + slot as usize;
                            match frame.code.slot_types.get(slot as usize) {
                                Some(Some(ty)) if !super::place::already_of_type(ty, &v) => {
                                    let v = super::place::convert_slow(ty, v)?;
                                    self.stack[dst].store(v);
                                }
                                _ => self.stack[dst].store(v),
                            }
                        }
                        None => self.ret = v,
                    }
                }
                return Ok(Flow::Return);
            }
            StmtKind::Try { body, catch } => return self.exec_try(body, catch.as_deref()),
            StmtKind::Use { target, body } => return self.exec_use(target, body),
            StmtKind::Nop => {}
            StmtKind::Fail { code, message } => return err(*code, message.clone()),
        }
        Ok(Flow::Next)
    }

    #[inline(never)]
    fn exec_try(&mut self, body: &[Stmt], catch: Option<&[Stmt]>) -> R<Flow> {
        self.errors.last.clear();
        self.errors.try_depth += 1;
        let r = self.exec_block(body);
        self.errors.try_depth -= 1;
        match r {
            Ok(flow) => {
                // Deferred errors thrown directly in the block: the block ran to its
                // end, Catch does not run, Last errors holds them.
                let depth = self.frames.len();
                let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.errors.deferred)
                    .into_iter()
                    .partition(|(d, _)| *d == depth);
                self.errors.deferred = rest;
                if !mine.is_empty() {
                    self.errors.last = mine.into_iter().map(|(_, e)| e).collect();
                }
                Ok(flow)
            }
            Err(e) => {
                self.errors.last = vec![e];
                match catch {
                    Some(c) => self.exec_block(c),
                    None => Ok(Flow::Next),
                }
            }
        }
    }

    #[inline(never)]
    fn exec_use(&mut self, target: &crate::code::Expr, body: &[Stmt]) -> R<Flow> {
        let v = self.eval(target)?;
        let group = super::shared::group_of(&v).ok_or_else(|| {
            RtError::new(
                codes::USE_NOT_SHARED,
                format!(
                    "Use needs a shared object or collection, not a value of type {}",
                    v.type_name()
                ),
            )
        })?;
        super::shared::use_lock(self, &group)?;
        let r = self.exec_block(body);
        super::shared::use_unlock(self, &group);
        r
    }

    /// `$o.key := $o.key op x` on a plain object (or a shared one inside `Use`) whose
    /// property holds a number, computed under one lock. False when anything is unusual
    /// (class object, missing or non-numeric property, an operation that can fail, a
    /// shared object outside `Use`): the caller runs the assignment.
    fn update_member_in_place(
        &mut self,
        slot: u32,
        key: crate::keys::Key,
        value: &crate::code::Expr,
    ) -> bool {
        use crate::code::Expr;
        let Expr::Binary { op, rhs, .. } = value else {
            return false;
        };
        let Value::Object(o) = &self.stack[self.base + slot as usize] else {
            return false;
        };
        // A shared object: only inside this process's `Use` (otherwise the assignment
        // raises its error); `Storage` holds no numbers (same).
        if let Some(sharing) = &o.0.sharing
            && (sharing.single || sharing.use_owner() != self.process)
        {
            return false;
        }
        let operand = match rhs.as_ref() {
            Expr::Const(c) => c,
            Expr::Local(s) => &self.stack[self.base + *s as usize],
            _ => return false,
        };
        let mut data = o.lock();
        if data.class.is_some() || data.native.is_some() {
            return false;
        }
        let Some(current) = data.props.get_mut(&key) else {
            return false;
        };
        // A stored number (always a Real) `+ - *` a number: the payload is updated in
        // place, as `numeric_fast` would compute it, with no value built and moved.
        use crate::ast::BinOp;
        if let Value::Real(cur) = current
            && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul)
            && let Some(b) = match operand {
                Value::Real(r) => Some(*r),
                Value::Int(i) => Some(f64::from(*i)),
                _ => None,
            }
        {
            match op {
                BinOp::Add => *cur += b,
                BinOp::Sub => *cur -= b,
                _ => *cur *= b,
            }
            return true;
        }
        match crate::ops::numeric_fast(*op, current, operand) {
            Some(v) => {
                *current = v.for_storage();
                true
            }
            None => false,
        }
    }

    /// `$t:=$t+a+b…`: append to the text in place when the local holds text.
    fn append_local(&mut self, slot: u32, parts: &[crate::code::Expr]) -> R<()> {
        let idx = self.base + slot as usize;
        if !matches!(self.stack[idx], Value::Text(_)) {
            // Not text: evaluate `$t + a + b` the ordinary way.
            let mut acc = self.stack[idx].clone();
            for p in parts {
                let v = self.eval(p)?;
                acc = crate::ops::binary(crate::ast::BinOp::Add, &acc, &v)?;
            }
            return self.set_local(slot, acc);
        }
        for p in parts {
            let v = self.eval(p)?;
            match (&mut self.stack[idx], &v) {
                (Value::Text(t), Value::Text(add)) => t.push_str(add),
                (cur, _) => {
                    let acc = crate::ops::binary(crate::ast::BinOp::Add, cur, &v)?;
                    self.set_local(slot, acc)?;
                }
            }
        }
        Ok(())
    }

    /// `var $x : T {:= init}`: a declared variable starts at its type's default unless it
    /// already holds a value of that type.
    #[inline(never)]
    fn declare(&mut self, target: &Place, ty: &VarType, init: Option<&crate::code::Expr>) -> R<()> {
        if let Some(e) = init {
            let v = self.eval(e)?;
            let v = super::place::convert_for_type(ty, v)?;
            return self.assign_value(target, v);
        }
        let current = self.read_place(target)?;
        let keep = match (ty, &current) {
            (_, Value::Undefined) => false,
            (VarType::Variant, _) => true,
            (t, v) => super::place::convert_for_type(t, v.clone()).is_ok(),
        };
        if !keep {
            self.assign_value(target, ty.default_value())?;
        }
        Ok(())
    }

    #[inline(never)]
    fn exec_for(
        &mut self,
        counter: &Place,
        start: &crate::code::Expr,
        end: &crate::code::Expr,
        step: Option<&crate::code::Expr>,
        body: &[Stmt],
    ) -> R<Flow> {
        let start = self.eval(start)?;
        let end = self.eval(end)?.as_number().unwrap_or(0.0);
        let step = match step {
            Some(e) => self.eval(e)?.as_number().unwrap_or(1.0),
            None => 1.0,
        };
        let to_value = |x: f64| {
            if x.fract() == 0.0 && x.abs() < i32::MAX as f64 {
                Value::Int(x as i32)
            } else {
                Value::Real(x)
            }
        };
        let start = start.as_number().unwrap_or(0.0);
        if let Place::Local(slot) = counter {
            return self.exec_for_local(*slot, start, end, step, body);
        }
        self.assign_value(counter, to_value(start))?;
        loop {
            let c = self.read_place(counter)?.as_number().unwrap_or(0.0);
            if (step >= 0.0 && c > end) || (step < 0.0 && c < end) {
                break;
            }
            match self.exec_body(body)? {
                Flow::Break => break,
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            let c = self.read_place(counter)?.as_number().unwrap_or(0.0);
            self.assign_value(counter, to_value(c + step))?;
        }
        Ok(Flow::Next)
    }

    /// `For` over a local counter (the common case): the counter lives in its slot, read
    /// back each pass so assignments in the body still steer the loop.
    fn exec_for_local(
        &mut self,
        slot: u32,
        start: f64,
        end: f64,
        step: f64,
        body: &[Stmt],
    ) -> R<Flow> {
        // The counter's declared type, looked up once for the whole loop.
        let ty = self
            .frames
            .last()
            .and_then(|f| f.code.slot_types.get(slot as usize).cloned().flatten());
        let fits = |x: f64| x.fract() == 0.0 && x.abs() < i32::MAX as f64;
        if fits(start)
            && fits(end)
            && fits(step)
            && matches!(ty, None | Some(VarType::Integer) | Some(VarType::Variant))
        {
            return self.exec_for_int(slot, start as i64, end as i64, step as i64, body);
        }
        self.exec_for_real(slot, start, end, step, ty.as_ref(), body)
    }

    /// The integer `For`: the counter is a Longint from start to end (the usual loop).
    fn exec_for_int(
        &mut self,
        slot: u32,
        start: i64,
        end: i64,
        step: i64,
        body: &[Stmt],
    ) -> R<Flow> {
        let idx = self.base + slot as usize;
        let mut c = start;
        loop {
            if (step >= 0 && c > end) || (step < 0 && c < end) {
                break;
            }
            // `c` lies between start and end here, both Longints.
            self.stack[idx].store(Value::Int(c as i32));
            match self.exec_body(body)? {
                Flow::Break => return Ok(Flow::Next),
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            c = match &self.stack[idx] {
                Value::Int(i) => *i as i64 + step,
                // The body stored something else in the counter: go on in Reals.
                other => {
                    let c = other.as_number().unwrap_or(c as f64) + step as f64;
                    return self.exec_for_real(slot, c, end as f64, step as f64, None, body);
                }
            };
        }
        // 4D leaves the counter one step past the end.
        match i32::try_from(c) {
            Ok(c) => self.set_local(slot, Value::Int(c))?,
            Err(_) => self.set_local(slot, Value::Real(c as f64))?,
        }
        Ok(Flow::Next)
    }

    /// `For` with a Real counter, bounds or step.
    fn exec_for_real(
        &mut self,
        slot: u32,
        start: f64,
        end: f64,
        step: f64,
        ty: Option<&VarType>,
        body: &[Stmt],
    ) -> R<Flow> {
        let integral = start.fract() == 0.0 && step.fract() == 0.0;
        let as_value = |c: f64| {
            if integral && c.abs() < i32::MAX as f64 {
                Value::Int(c as i32)
            } else {
                Value::Real(c)
            }
        };
        let mut c = start;
        loop {
            if (step >= 0.0 && c > end) || (step < 0.0 && c < end) {
                break;
            }
            let v = match ty {
                Some(t) => super::place::convert_if_needed(t, as_value(c))?,
                None => as_value(c),
            };
            self.stack[self.base + slot as usize].store(v);
            match self.exec_body(body)? {
                Flow::Break => return Ok(Flow::Next),
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            c = match &self.stack[self.base + slot as usize] {
                Value::Int(i) => *i as f64,
                Value::Real(r) => *r,
                other => other.as_number().unwrap_or(c),
            } + step;
        }
        // 4D leaves the counter one step past the end.
        self.set_local(slot, as_value(c))?;
        Ok(Flow::Next)
    }

    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn exec_for_each(
        &mut self,
        item: &Place,
        source: &crate::code::Expr,
        begin: Option<&crate::code::Expr>,
        end: Option<&crate::code::Expr>,
        until: Option<&crate::code::Expr>,
        while_: Option<&crate::code::Expr>,
        body: &[Stmt],
    ) -> R<Flow> {
        let src = self.eval(source)?;
        // Objects iterate over their property names (a snapshot, in creation order).
        let (coll, keys) = match &src {
            Value::Collection(c) => (Some(c.clone()), None),
            Value::Object(o) => (None, Some(o.keys())),
            Value::Undefined | Value::Null => return Ok(Flow::Next),
            other => {
                return err(
                    codes::INCOMPATIBLE_TYPES,
                    format!(
                        "For each needs a collection or an object, not a value of type {}",
                        other.type_name()
                    ),
                );
            }
        };
        let len = coll
            .as_ref()
            .map(|c| c.len())
            .or(keys.as_ref().map(|k| k.len()))
            .unwrap_or(0) as i64;
        let mut from = 0i64;
        let mut to = len;
        if coll.is_some() {
            if let Some(b) = begin {
                from = self.eval(b)?.as_number().unwrap_or(0.0) as i64;
                if from < 0 {
                    from = (from + len).max(0);
                }
            }
            if let Some(e) = end {
                to = self.eval(e)?.as_number().unwrap_or(len as f64) as i64;
                if to < 0 {
                    to += len;
                }
                to = to.min(len);
            }
        }
        let mut i = from;
        while i < to {
            if let Some(w) = while_
                && !self.eval_cond(w)?
            {
                break;
            }
            let v = match (&coll, &keys) {
                (Some(c), _) => c.get(i as usize).unwrap_or(Value::Undefined),
                (_, Some(k)) => Value::text(k[i as usize].as_str()),
                _ => Value::Undefined,
            };
            self.assign_value(item, v)?;
            match self.exec_body(body)? {
                Flow::Break => break,
                Flow::Return => return Ok(Flow::Return),
                _ => {}
            }
            if let Some(u) = until
                && self.eval_cond(u)?
            {
                break;
            }
            i += 1;
        }
        Ok(Flow::Next)
    }
}
