//! Expression evaluation over the resolved tree.

use super::Ctx;
use super::error::{R, codes, err};
use crate::code::Expr;
use crate::keys::Key;
use crate::ops;
use crate::value::{Coll, Obj, PropMap, Value};
use std::sync::Arc;

/// Drop a value, skipping the drop glue call for numbers (operands are usually numbers).
#[inline(always)]
fn discard(v: Value) {
    if v.is_scalar() {
        std::mem::forget(v);
    }
}

/// A condition's value as a Boolean: Undefined and Null count as False.
fn condition(v: Value) -> R<bool> {
    match v {
        Value::Bool(b) => Ok(b),
        Value::Undefined | Value::Null => Ok(false),
        other => err(
            codes::INCOMPATIBLE_TYPES,
            format!(
                "A condition must be a Boolean, not a value of type {}",
                other.type_name()
            ),
        ),
    }
}

/// A binary operator: numbers inline, everything else through `ops::binary`.
#[inline(always)]
fn binary(op: crate::ast::BinOp, l: &Value, r: &Value) -> R {
    match ops::numeric_fast(op, l, r) {
        Some(v) => Ok(v),
        None => ops::binary(op, l, r),
    }
}

impl Ctx {
    /// [`eval`](Self::eval) with the commonest shapes done at the call site: a local, a
    /// constant, `$local op constant` on numbers. Used where statements and calls take
    /// their values (assignments, arguments, `return`), not everywhere: inlined code grows.
    #[inline(always)]
    pub fn eval_fast(&mut self, e: &Expr) -> R {
        match e {
            Expr::Local(slot) => Ok(self.stack[self.base + *slot as usize].clone()),
            Expr::Const(c) => Ok(c.clone()),
            Expr::Binary { op, lhs, rhs } => {
                if let (Expr::Local(l), Expr::Const(c)) = (lhs.as_ref(), rhs.as_ref())
                    && let Some(v) = ops::numeric_fast(*op, &self.stack[self.base + *l as usize], c)
                {
                    return Ok(v);
                }
                self.eval(e)
            }
            _ => self.eval(e),
        }
    }

    pub fn eval(&mut self, e: &Expr) -> R {
        match e {
            Expr::Const(v) => Ok(v.clone()),
            Expr::Local(slot) => Ok(self.stack[self.base + *slot as usize].clone()),
            Expr::Process(slot) => Ok(self.process_var(*slot)),
            Expr::Interprocess(slot) => Ok(self
                .rt
                .interprocess
                .lock()
                .get(*slot as usize)
                .cloned()
                .unwrap_or(Value::Undefined)),
            Expr::Param(n) => {
                let n = self.eval(n)?;
                let n = n.as_number().unwrap_or(0.0) as i64;
                Ok(self.param_value(n))
            }
            Expr::Binary { op, lhs, rhs } => {
                // Avoid cloning locals for the hottest shapes: `$local op constant/$local`.
                if let Expr::Local(slot) = lhs.as_ref() {
                    match rhs.as_ref() {
                        Expr::Const(c) => {
                            return binary(*op, &self.stack[self.base + *slot as usize], c);
                        }
                        Expr::Local(r) => {
                            return binary(
                                *op,
                                &self.stack[self.base + *slot as usize],
                                &self.stack[self.base + *r as usize],
                            );
                        }
                        _ => {}
                    }
                    let r = self.eval(rhs)?;
                    return binary(*op, &self.stack[self.base + *slot as usize], &r);
                }
                if let Expr::Const(c) = rhs.as_ref() {
                    let l = self.eval(lhs)?;
                    return binary(*op, &l, c);
                }
                let l = self.eval(lhs)?;
                let r = self.eval(rhs)?;
                if l.is_scalar() && r.is_scalar() {
                    // Nothing to release: the result is written straight to the caller's
                    // slot, not through a temporary (whose copy stalls store forwarding).
                    return binary(*op, &l, &r);
                }
                let out = binary(*op, &l, &r);
                discard(l);
                discard(r);
                out
            }
            Expr::Num(n) => match n.fast.eval(&self.stack[self.base..]) {
                Some(v) => Ok(v),
                None => self.eval(&n.slow),
            },
            Expr::And(a, b) => {
                let va = self.eval(a)?;
                if !va.truthy() { Ok(va) } else { self.eval(b) }
            }
            Expr::Or(a, b) => {
                let va = self.eval(a)?;
                if va.truthy() { Ok(va) } else { self.eval(b) }
            }
            Expr::Ternary {
                cond,
                then,
                otherwise,
            } => {
                if self.eval(cond)?.truthy() {
                    self.eval(then)
                } else {
                    self.eval(otherwise)
                }
            }
            Expr::Command { id, args } => self.call_command(*id, args),
            Expr::Method { id, args } => self.call_method(*id, args),
            Expr::Member { object, key } => {
                // Fast path: a property of an object held in a local, read under one lock.
                if let Expr::Local(slot) = object.as_ref()
                    && let Value::Object(o) = &self.stack[self.base + *slot as usize]
                    && let Some(v) = o.lock().props.get(key)
                {
                    return Ok(v.clone());
                }
                let v = self.eval(object)?;
                self.get_member(&v, *key)
            }
            Expr::Index { object, index } => {
                let v = self.eval(object)?;
                let i = self.eval(index)?;
                self.get_index(&v, &i)
            }
            Expr::Element { array, index } => {
                let i = self.eval(index)?;
                self.read_element(array, &i)
            }
            Expr::PointerTo(place) => self.make_pointer(place),
            Expr::Deref(p) => {
                let p = self.eval(p)?;
                self.deref_read(&p)
            }
            Expr::MemberCall { object, name, args } => {
                let recv = self.eval(object)?;
                self.call_member(&recv, *name, args)
            }
            Expr::CallValue { callee, args } => {
                // `$o["name"](...)` runs the formula with `This` = `$o`, like `$o.name(...)`.
                let (f, this) = match &**callee {
                    Expr::Index { object, index } => {
                        let o = self.eval(object)?;
                        let i = self.eval(index)?;
                        let f = self.get_index(&o, &i)?;
                        let this = if matches!(o, Value::Object(_)) {
                            o
                        } else {
                            Value::Null
                        };
                        (f, this)
                    }
                    _ => (self.eval(callee)?, Value::Null),
                };
                let args = self.eval_args(args)?;
                self.call_value(&f, this, args)
            }
            Expr::This => match self.frames.last() {
                Some(f) if !matches!(f.this, Value::Undefined) => Ok(f.this.clone()),
                _ => self.this_unset(),
            },
            _ => self.eval_cold(e),
        }
    }

    /// A condition of `If`, `While`, `Until`, `Case`: a Boolean; Undefined counts as False.
    /// Comparisons of numbers with a local or a constant give their answer without
    /// building a Boolean value.
    pub fn eval_cond(&mut self, e: &Expr) -> R<bool> {
        if let Expr::Num(n) = e
            && let crate::numeric::NumExpr::Bool(b) = &n.fast
            && let Some(b) = b.eval(&self.stack[self.base..])
        {
            return Ok(b);
        }
        if let Expr::Binary { op, lhs, rhs } = e {
            match (lhs.as_ref(), rhs.as_ref()) {
                (Expr::Local(l), Expr::Const(c)) => {
                    if let Some(Value::Bool(b)) =
                        ops::numeric_fast(*op, &self.stack[self.base + *l as usize], c)
                    {
                        return Ok(b);
                    }
                }
                (Expr::Local(l), Expr::Local(r)) => {
                    if let Some(Value::Bool(b)) = ops::numeric_fast(
                        *op,
                        &self.stack[self.base + *l as usize],
                        &self.stack[self.base + *r as usize],
                    ) {
                        return Ok(b);
                    }
                }
                (_, Expr::Const(c)) => {
                    let l = self.eval_fast(lhs)?;
                    let b = match ops::numeric_fast(*op, &l, c) {
                        Some(Value::Bool(b)) => Some(b),
                        _ => None,
                    };
                    if let Some(b) = b {
                        discard(l);
                        return Ok(b);
                    }
                    return condition(ops::binary(*op, &l, c)?);
                }
                _ => {}
            }
        }
        condition(self.eval(e)?)
    }

    /// Parameter `n` (1-based) of the current frame: declared parameters first, then the
    /// extra arguments stored after the locals.
    pub fn param_value(&self, n: i64) -> Value {
        let Some(f) = self.frames.last() else {
            return Value::Undefined;
        };
        if n < 1 || n > f.nargs as i64 {
            if n >= 1 && (n as u32) <= f.code.nparams {
                return self.stack[f.base + n as usize - 1].clone();
            }
            return Value::Undefined;
        }
        let i = (n - 1) as usize;
        let nparams = f.code.nparams as usize;
        if i < nparams {
            self.stack[f.base + i].clone()
        } else {
            self.stack[f.base + f.code.nslots as usize + (i - nparams)].clone()
        }
    }

    /// Evaluate call arguments into a vector (for formulas and callbacks).
    pub fn eval_args(&mut self, args: &[Expr]) -> R<Vec<Value>> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            out.push(self.eval(a)?);
        }
        Ok(out)
    }

    /// `value.key`
    pub fn get_member(&mut self, v: &Value, key: Key) -> R {
        match v {
            Value::Object(o) => {
                {
                    let data = o.lock();
                    if let Some(v) = data.props.get(&key) {
                        return Ok(v.clone());
                    }
                    if data.class.is_none() && data.native.is_none() {
                        return Ok(Value::Undefined);
                    }
                }
                self.get_object_extra(o, key)
            }
            Value::Collection(c) => {
                if key.as_str() == "length" {
                    Ok(Value::Int(c.len() as i32))
                } else {
                    Ok(Value::Undefined)
                }
            }
            Value::Formula(f) => Ok(super::formula::property(f, key)),
            // `.length` of a declared but unassigned (null) collection is 0 (spec §8.3).
            Value::Undefined | Value::Null if key.as_str() == "length" => Ok(Value::Int(0)),
            // Reading a property of a scalar gives Undefined, as through Null or Undefined
            // (4D's own acceptance test of multiSort reads `1.value2` without an error).
            _ => Ok(Value::Undefined),
        }
    }

    /// `value[index]`
    pub fn get_index(&mut self, v: &Value, i: &Value) -> R {
        match (v, i) {
            (Value::Collection(c), Value::Int(_) | Value::Real(_)) => {
                let n = i.as_number().unwrap_or(0.0);
                let len = c.len();
                if n < 0.0 || n as usize >= len {
                    return err(
                        codes::INDEX_OUT_OF_RANGE,
                        format!(
                            "Collection index {} is out of range (length {len})",
                            n as i64
                        ),
                    );
                }
                Ok(c.get(n as usize).unwrap_or(Value::Undefined))
            }
            (
                Value::Object(_) | Value::Undefined | Value::Null | Value::Formula(_),
                Value::Text(t),
            ) => self.get_member(v, Key::intern(t)),
            (Value::Undefined | Value::Null, _) => Ok(Value::Undefined),
            (Value::Collection(_), other) => err(
                codes::INCOMPATIBLE_TYPES,
                format!(
                    "A collection index must be a number, not {}",
                    other.type_name()
                ),
            ),
            (other, _) => err(
                codes::NOT_AN_OBJECT,
                format!("Cannot index a value of type {}", other.type_name()),
            ),
        }
    }

    /// `obj[...]` / `obj.prop` on an object with a class or a native payload.
    fn get_object_extra(&mut self, o: &Obj, key: Key) -> R {
        if let Some(native) = o.native()
            && let Some(v) = super::class::native_property(self, o, &native, key)?
        {
            return Ok(v);
        }
        if let Some(class) = o.class() {
            if let Some(getter) = class.getter(key) {
                return self.invoke_with_args(
                    &getter,
                    Vec::new(),
                    Value::Object(o.clone()),
                    Some(class.owner_of_getter(key)),
                );
            }
            if let Some((f, owner)) = class.find_function(key) {
                return Ok(Value::Formula(Arc::new(
                    super::formula::Formula::from_function(f, owner, key),
                )));
            }
        }
        Ok(Value::Undefined)
    }
}

impl Ctx {
    /// The less frequent expression kinds, kept out of `eval` so the hot function stays
    /// small (its stack frame and code size matter in tight loops).
    #[inline(never)]
    fn eval_cold(&mut self, e: &Expr) -> R {
        match e {
            Expr::Neg(x) => match self.eval(x)? {
                Value::Int(i) => Ok(i
                    .checked_neg()
                    .map(Value::Int)
                    .unwrap_or(Value::Real(-(i as f64)))),
                Value::Real(r) => Ok(Value::Real(-r)),
                Value::Time(t) => Ok(Value::Time(-t)),
                other => err(
                    codes::INCOMPATIBLE_TYPES,
                    format!("Cannot negate a value of type {}", other.type_name()),
                ),
            },
            Expr::CharAt { text, index } => {
                let t = self.eval(text)?;
                let i = self.eval(index)?;
                let Value::Text(t) = t else {
                    return err(
                        codes::INCOMPATIBLE_TYPES,
                        "The [[ ]] character reference needs a text",
                    );
                };
                let i = i.as_number().unwrap_or(0.0) as i64;
                Ok(Value::text(if i >= 1 {
                    t.chars()
                        .nth(i as usize - 1)
                        .map(String::from)
                        .unwrap_or_default()
                } else {
                    String::new()
                }))
            }
            Expr::ObjectLit(props) => {
                let mut map = PropMap::with_capacity_and_hasher(props.len(), Default::default());
                for (k, e) in props.iter() {
                    let v = self.eval(e)?;
                    if !v.is_undefined() {
                        map.insert(*k, v.for_storage());
                    }
                }
                Ok(Value::Object(Obj::with_props(map)))
            }
            Expr::CollectionLit(items) => {
                let mut out = Vec::with_capacity(items.len());
                for e in items.iter() {
                    let v = self.eval(e)?;
                    out.push(if v.is_undefined() {
                        Value::Null
                    } else {
                        v.for_storage()
                    });
                }
                Ok(Value::Collection(Coll::from_vec(out)))
            }
            Expr::SuperConstructor(args) => self.super_constructor(args),
            Expr::SuperCall { name, args } => self.super_call(*name, args),
            Expr::Super => self.super_class_value(),
            Expr::ClassStore => Ok(self.class_store()),
            Expr::BuiltinStore => Ok(self.builtin_store()),
            Expr::TryExpr(x) => {
                self.errors.last.clear();
                self.errors.try_depth += 1;
                let r = self.eval(x);
                self.errors.try_depth -= 1;
                match r {
                    Ok(v) => Ok(v),
                    Err(e) => {
                        self.errors.last = vec![e];
                        Ok(Value::Undefined)
                    }
                }
            }
            Expr::Formula(t) => Ok(self.make_formula(t)),
            Expr::Unimplemented(name) => err(
                codes::NOT_IMPLEMENTED,
                format!("The command `{name}` is not implemented by fourd"),
            ),
            Expr::Field { table, field } => err(
                codes::NO_DATABASE,
                format!("[{table}]{field}: there is no database (fourd runs dataless)"),
            ),
            Expr::Table(t) => err(
                codes::NO_DATABASE,
                format!("[{t}]: there is no database (fourd runs dataless)"),
            ),
            Expr::Star => Ok(Value::text("*")),
            Expr::BareOp(op) => Ok(Value::text(op.as_ref())),
            Expr::Assign { target, op, value } => {
                let v = self.eval(value)?;
                self.assign(target, *op, v)?;
                self.read_place(target)
            }
            Expr::Fail { code, message } => err(*code, message.to_string()),
            _ => unreachable!("eval handles the hot kinds"),
        }
    }
}
