//! Calls: built-in commands, project methods, member functions, formulas and callbacks.
//!
//! A method call evaluates its arguments straight onto the value stack, where they become
//! the callee's parameter slots; the frame is a window `[base, base + nslots + extras)`.
//! No allocation per call, no name lookup.

use super::error::{R, codes, err};
use super::formula::{Formula, FormulaBody};
use super::{Ctx, Flow, Frame, FrameCode, MAX_CALL_DEPTH};
use crate::builtins::{Args, Imp, Receiver, registry};
use crate::code::{Code, Expr, MethodId, VarType};
use crate::keys::Key;
use crate::value::{Obj, Value};
use std::sync::Arc;

impl Ctx {
    pub fn call_command(&mut self, id: crate::builtins::CommandId, args: &[Expr]) -> R {
        let cmd = registry().get(id);
        match cmd.imp {
            Imp::Raw(f) => {
                // Raw commands index their arguments directly: check the count first.
                if args.len() < cmd.min_args as usize
                    || (cmd.max_args != u8::MAX && args.len() > cmd.max_args as usize)
                {
                    return err(
                        codes::GENERIC,
                        format!(
                            "`{}` called with {} argument(s); it takes {}",
                            cmd.name,
                            args.len(),
                            arity_text(cmd.min_args, cmd.max_args)
                        ),
                    );
                }
                f(self, args)
            }
            Imp::Values(f) => {
                let (mut buf, star) = self.eval_into_buffer(args)?;
                if buf.len() < cmd.min_args as usize
                    || (cmd.max_args != u8::MAX && buf.len() > cmd.max_args as usize)
                {
                    let n = buf.len();
                    self.give_buffer(buf);
                    return err(
                        codes::GENERIC,
                        format!(
                            "`{}` called with {n} argument(s); it takes {}",
                            cmd.name,
                            arity_text(cmd.min_args, cmd.max_args)
                        ),
                    );
                }
                let r = f(self, &mut Args::new(&mut buf, star));
                self.give_buffer(buf);
                r
            }
        }
    }

    pub fn call_method(&mut self, id: MethodId, args: &[Expr]) -> R {
        // SAFETY: the method belongs to `self.program` (see `FrameCode::borrowed`).
        let code = unsafe { FrameCode::borrowed(&self.program.methods[id as usize]) };
        let base = self.stack.len();
        for a in args {
            // Locals, constants and typed numbers are pushed in place (the usual
            // arguments): each arm writes its value straight onto the stack.
            match a {
                Expr::Local(slot) => self.push_copy_of(self.base + *slot as usize),
                Expr::Const(c) => self.stack.push(c.clone()),
                Expr::Num(n) if self.push_number(&n.fast) => {}
                _ => match self.eval(a) {
                    Ok(v) => self.stack.push(v),
                    Err(e) => {
                        self.stack.truncate(base);
                        return Err(e);
                    }
                },
            }
        }
        // A project method runs with its caller's `This`: a method called from a class
        // function or an object formula sees that object (real projects rely on it, e.g.
        // pre-class "objects with formula members" whose methods read `This`).
        let this = match self.frames.last() {
            Some(f) => f.this.clone(),
            None => Value::Null,
        };
        self.invoke_owned(code, args.len(), this, None)
    }

    /// Push the value of a compiled numeric expression; false when the general tree must
    /// answer (nothing is pushed then).
    #[inline(always)]
    fn push_number(&mut self, n: &crate::numeric::NumExpr) -> bool {
        use crate::numeric::NumExpr;
        let locals = &self.stack[self.base..];
        match n {
            NumExpr::Real(r) => match r.eval(locals) {
                Some(x) => super::push_real(&mut self.stack, x),
                None => return false,
            },
            NumExpr::Int(i) => match i.eval(locals) {
                Some(x) => super::push_int(&mut self.stack, x),
                None => return false,
            },
            NumExpr::Bool(b) => match b.eval(locals) {
                Some(x) => super::push_bool(&mut self.stack, x),
                None => return false,
            },
        }
        true
    }

    /// Call a method with already evaluated arguments.
    pub fn call_method_values(&mut self, id: MethodId, args: Vec<Value>) -> R {
        // SAFETY: the method belongs to `self.program` (see `FrameCode::borrowed`).
        let code = unsafe { FrameCode::borrowed(&self.program.methods[id as usize]) };
        self.invoke_frame_with_args(code, args, Value::Null, None)
    }

    pub fn invoke_with_args(
        &mut self,
        code: &Arc<Code>,
        args: Vec<Value>,
        this: Value,
        class: Option<Arc<super::class::Class>>,
    ) -> R {
        self.invoke_frame_with_args(FrameCode::owned(code.clone()), args, this, class)
    }

    fn invoke_frame_with_args(
        &mut self,
        code: FrameCode,
        args: Vec<Value>,
        this: Value,
        class: Option<Arc<super::class::Class>>,
    ) -> R {
        let n = args.len();
        self.stack.extend(args);
        self.invoke_owned(code, n, this, class)
    }

    /// Run `code` with its `nargs` arguments already on top of the stack.
    pub fn invoke(
        &mut self,
        code: &Arc<Code>,
        nargs: usize,
        this: Value,
        class: Option<Arc<super::class::Class>>,
    ) -> R {
        self.invoke_owned(FrameCode::owned(code.clone()), nargs, this, class)
    }

    /// [`invoke`](Self::invoke) with the frame's code already made (borrowed for a
    /// project method, owned otherwise).
    pub fn invoke_owned(
        &mut self,
        code: FrameCode,
        nargs: usize,
        this: Value,
        class: Option<Arc<super::class::Class>>,
    ) -> R {
        let base = self.stack.len() - nargs;
        if self.frames.len() >= MAX_CALL_DEPTH {
            self.stack.truncate(base);
            self.pending_captures.clear();
            return err(
                codes::STACK_FULL,
                format!(
                    "Stack full: more than {MAX_CALL_DEPTH} nested calls (while calling `{}`)",
                    code.name
                ),
            );
        }
        let nparams = code.nparams as usize;
        let nslots = code.nslots as usize;
        // Convert arguments to the declared parameter types.
        for i in 0..nargs.min(nparams) {
            if let Some(Some(ty)) = code.slot_types.get(i) {
                // The common cases convert in place without moving the value around.
                match (ty, &self.stack[base + i]) {
                    (VarType::Integer, Value::Int(_))
                    | (VarType::Real, Value::Real(_))
                    | (VarType::Variant, _) => continue,
                    (VarType::Integer, Value::Real(r))
                        if r.is_finite() && r.abs() < 2147483648.0 =>
                    {
                        // `as` truncates toward zero (no libm call); the range is checked.
                        let n = *r as i32;
                        self.stack[base + i].store(Value::Int(n));
                        continue;
                    }
                    _ => {}
                }
                let v = std::mem::take(&mut self.stack[base + i]);
                match super::place::convert_for_type(ty, v) {
                    Ok(v) => self.stack[base + i] = v,
                    Err(mut e) => {
                        self.stack.truncate(base);
                        e.message =
                            format!("Parameter {} of `{}`: {}", i + 1, code.name, e.message);
                        return Err(e);
                    }
                }
            }
        }
        if nargs <= nparams {
            super::push_undefined(&mut self.stack, nslots - nargs);
            for i in nargs..nparams {
                if let Some(Some(ty)) = code.slot_types.get(i) {
                    self.stack[base + i] = ty.default_value();
                }
            }
        } else {
            let extra = nargs - nparams;
            self.stack.resize(base + nslots + extra, Value::Undefined);
            self.stack[base + nparams..].rotate_right(nslots - nparams);
        }
        if let Some(slot) = code.result
            && let Some(Some(ty)) = code.slot_types.get(slot as usize)
        {
            // The number types inline, each written in place: `default_value` is not
            // inlined here (measured).
            let dst = &mut self.stack[base + slot as usize];
            match ty {
                VarType::Integer => dst.store(Value::Int(0)),
                VarType::Real => dst.store(Value::Real(0.0)),
                other => dst.store(other.default_value()),
            }
        }
        if !self.pending_captures.is_empty() {
            for (slot, v) in self.pending_captures.drain(..) {
                self.stack[base + slot as usize] = v;
            }
        }
        let serial = self.next_serial();
        let saved_base = self.base;
        let saved_span = self.span;
        let code_ptr: *const Code = &*code;
        // Written straight into the frame vector: a frame assembled on the machine stack
        // and then copied whole stalled on reading back its narrower fields.
        self.frames.reserve(1);
        let depth = self.frames.len();
        // SAFETY: the capacity was reserved above; `set_len` follows the write.
        unsafe {
            self.frames.as_mut_ptr().add(depth).write(Frame {
                code,
                base,
                nargs: nargs as u32,
                this,
                serial,
                class,
                call_span: saved_span,
            });
            self.frames.set_len(depth + 1);
        }
        self.base = base;
        // SAFETY: the frame pushed above keeps this `Code` alive (its own `Arc`, or the
        // program's, see `FrameCode`) at least until that frame is popped, just below.
        // Frames are popped only here, by the call that pushed them (nested calls pop their
        // own frames first), so the body outlives `exec_block`. Moving the frame (the `Vec`
        // growing) moves the pointer, not the `Code` it points to.
        let code: &Code = unsafe { &*code_ptr };
        let outcome = self.exec_body(&code.body);
        // Kept until the end: `code` borrows from it.
        let frame = self.frames.pop();
        self.base = saved_base;
        self.span = saved_span;
        // Deferred errors thrown in this method are raised now, in the caller.
        let outcome = match outcome {
            Ok(flow) if !self.errors.deferred.is_empty() => {
                let depth = self.frames.len() + 1;
                match self.errors.deferred.iter().position(|(d, _)| *d >= depth) {
                    Some(i) => {
                        let (_, e) = self.errors.deferred.remove(i);
                        self.errors.deferred.retain(|(d, _)| *d < depth);
                        Err(e)
                    }
                    None => Ok(flow),
                }
            }
            other => other,
        };
        let result = match outcome {
            Ok(flow) => {
                if let Some(slot) = code.result {
                    Ok(std::mem::take(&mut self.stack[base + slot as usize]))
                } else {
                    let v = if flow == Flow::Return {
                        std::mem::take(&mut self.ret)
                    } else {
                        Value::Undefined
                    };
                    // `: Type` without a name: the result converts to the declared type.
                    match &code.result_type {
                        Some(ty) => super::place::convert_for_type(ty, v),
                        None => Ok(v),
                    }
                }
            }
            Err(e) => Err(e),
        };
        if self.keep_main_locals && self.frames.is_empty() {
            self.main_locals = self.stack[base..base + nslots].to_vec();
        }
        if self.leak_main_locals && self.frames.is_empty() {
            std::mem::forget(self.stack.split_off(base));
        }
        self.pop_stack_to(base);
        if let Some(Frame { this, .. }) = frame
            && this.is_scalar()
        {
            // `This` of a method call is usually Null: nothing to release.
            std::mem::forget(this);
        }
        result
    }

    // ------------------------------------------------------------------ members

    /// `recv.name(args)`
    pub fn call_member(&mut self, recv: &Value, name: Key, args: &[Expr]) -> R {
        match recv {
            Value::Object(o) => {
                // A formula stored in a property: run it with This = the object.
                let prop = o.lock().props.get(&name).cloned();
                if let Some(f @ Value::Formula(_)) = prop {
                    let args = self.eval_args(args)?;
                    return self.call_value(&f, recv.clone(), args);
                }
                if let Some(native) = o.native() {
                    let args_v = self.eval_args(args)?;
                    return super::class::call_native_member(self, o, &native, name, args_v);
                }
                if let Some(class) = o.class()
                    && let Some((f, owner)) = class.find_function(name)
                {
                    let base = self.stack.len();
                    for a in args {
                        match self.eval(a) {
                            Ok(v) => self.stack.push(v),
                            Err(e) => {
                                self.stack.truncate(base);
                                return Err(e);
                            }
                        }
                    }
                    let shared_fn = owner.is_shared_function(name) && o.is_shared();
                    if shared_fn {
                        let group = o.0.sharing.as_ref().map(|s| s.group());
                        if let Some(g) = &group {
                            super::shared::use_lock(self, g)?;
                        }
                        let r = self.invoke(&f, args.len(), recv.clone(), Some(owner));
                        if let Some(g) = &group {
                            super::shared::use_unlock(self, g);
                        }
                        return r;
                    }
                    return self.invoke(&f, args.len(), recv.clone(), Some(owner));
                }
                match prop {
                    Some(Value::Undefined) | None => err(
                        codes::UNKNOWN_MEMBER,
                        format!("The member function `{name}()` does not exist on this object"),
                    ),
                    Some(other) => err(
                        codes::UNKNOWN_MEMBER,
                        format!(
                            "The property `{name}` is a {}, not a function",
                            other.type_name()
                        ),
                    ),
                }
            }
            Value::Collection(_) => {
                self.call_builtin_member(Receiver::Collection, recv, name, args)
            }
            Value::Formula(_) => self.call_builtin_member(Receiver::Formula, recv, name, args),
            Value::Text(_) => self.call_builtin_member(Receiver::Text, recv, name, args),
            Value::Undefined | Value::Null => err(
                codes::NOT_AN_OBJECT,
                format!(
                    "Cannot call `{name}()` on {}",
                    if recv.is_undefined() {
                        "an undefined value"
                    } else {
                        "Null"
                    }
                ),
            ),
            other => err(
                codes::NOT_AN_OBJECT,
                format!(
                    "Cannot call `{name}()` on a value of type {}",
                    other.type_name()
                ),
            ),
        }
    }

    /// Evaluate built-in arguments into a pooled buffer; a trailing bare `*` becomes the
    /// `star` flag instead of a value.
    fn eval_into_buffer(&mut self, args: &[Expr]) -> R<(Vec<Value>, bool)> {
        let mut buf = self.take_buffer();
        let mut star = false;
        for (i, a) in args.iter().enumerate() {
            if matches!(a, Expr::Star) && i + 1 == args.len() {
                star = true;
                continue;
            }
            match self.eval(a) {
                Ok(v) => buf.push(v),
                Err(e) => {
                    self.give_buffer(buf);
                    return Err(e);
                }
            }
        }
        Ok((buf, star))
    }

    fn call_builtin_member(
        &mut self,
        receiver: Receiver,
        recv: &Value,
        name: Key,
        args: &[Expr],
    ) -> R {
        let Some(m) = registry().member_by_key(receiver, name) else {
            return err(
                codes::UNKNOWN_MEMBER,
                format!(
                    "The member function `{name}()` does not exist for a value of type {}",
                    recv.type_name()
                ),
            );
        };
        let (mut buf, star) = self.eval_into_buffer(args)?;
        let r = (m.imp)(self, recv, &mut Args::new(&mut buf, star));
        self.give_buffer(buf);
        r
    }

    // ------------------------------------------------------------------ formulas

    pub fn make_formula(&mut self, t: &Arc<crate::code::FormulaTemplate>) -> Value {
        let captured = t
            .captures
            .iter()
            .map(|(outer, inner)| (*inner, self.stack[self.base + *outer as usize].clone()))
            .collect();
        Value::Formula(Arc::new(Formula {
            body: FormulaBody::Code(t.clone()),
            captured,
            source: t.source.clone(),
        }))
    }

    /// Call a formula value (or a method given by name) with `This` = `this`.
    pub fn call_value(&mut self, f: &Value, this: Value, args: Vec<Value>) -> R {
        match f {
            Value::Formula(f) => match &f.body {
                FormulaBody::Code(t) => {
                    if let Some(id) = t.method {
                        let code = self.program.methods[id as usize].clone();
                        return self.invoke_with_args(&code, args, this, None);
                    }
                    let code = t.code.clone();
                    let n = args.len();
                    self.stack.extend(args);
                    // Captured locals are copied into their slots when the frame opens.
                    self.pending_captures.extend(f.captured.iter().cloned());
                    self.invoke(&code, n, this, None)
                }
                FormulaBody::Function { code, class } => {
                    self.invoke_with_args(code, args, this, Some(class.clone()))
                }
                FormulaBody::Native(name) => {
                    let Value::Object(o) = &this else {
                        return err(codes::NOT_AN_OBJECT, format!("`{name}` needs an object"));
                    };
                    match o.native() {
                        Some(native) => super::class::call_native_member(
                            self,
                            o,
                            &native,
                            Key::intern(name),
                            args,
                        ),
                        None => err(
                            codes::UNKNOWN_MEMBER,
                            format!("`{name}` needs a built-in object"),
                        ),
                    }
                }
            },
            Value::Text(name) => match self.program.method_id(name) {
                Some(id) => {
                    let code = self.program.methods[id as usize].clone();
                    self.invoke_with_args(&code, args, this, None)
                }
                None => err(
                    codes::METHOD_NOT_FOUND,
                    format!("The method `{name}` does not exist"),
                ),
            },
            other => err(
                codes::NOT_AN_OBJECT,
                format!("A value of type {} cannot be called", other.type_name()),
            ),
        }
    }

    /// Call a callback given as a 4D.Function or a method name (collection functions).
    pub fn call_callback(&mut self, callback: &Value, this: Value, args: Vec<Value>) -> R {
        self.call_value(callback, this, args)
    }

    // ------------------------------------------------------------------ stores

    pub fn class_store(&mut self) -> Value {
        match &self.program.class_store {
            Some(o) => Value::Object(o.clone()),
            None => Value::Object(Obj::new()),
        }
    }

    pub fn builtin_store(&mut self) -> Value {
        Value::Object(super::class::builtin_store())
    }
}

fn arity_text(min: u8, max: u8) -> String {
    if max == u8::MAX {
        format!("at least {min}")
    } else if min == max {
        format!("{min}")
    } else {
        format!("{min} to {max}")
    }
}
