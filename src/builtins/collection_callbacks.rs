//! Collection members that call back into 4D code: every, some, filter, find, findIndex,
//! map, flatMap, reduce, reduceRight; plus the callback protocol shared with the sorting
//! members (spec builtins §9.2).
//!
//! Protocol: the callback (a `4D.Function` or a method name) gets `$1` = a fresh object
//! `{value, value2?, accumulator?, stop: False}` and the extra parameters as `$2..$n`.
//! Its result is the callback's return value when it returns something, else `$1.result`.
//! Setting `$1.stop` to True ends the iteration after the current element. The receiver
//! is snapshotted first: no collection lock is held while user code runs.

use super::collection::{flatten, member, norm_start, this_coll};
use super::{Args, Member};
use crate::interp::Ctx;
use crate::interp::error::{R, codes, err};
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};

pub static MEMBERS: &[Member] = &[
    member(
        "every",
        "{startFrom : Integer;} formula : 4D.Function|methodName : Text {; ...param}",
        "Boolean",
        every,
    ),
    member(
        "some",
        "{startFrom : Integer;} formula : 4D.Function|methodName : Text {; ...param}",
        "Boolean",
        some,
    ),
    member(
        "filter",
        "formula : 4D.Function|methodName : Text {; ...param}",
        "Collection",
        filter,
    ),
    member(
        "find",
        "{startFrom : Integer;} formula : 4D.Function|methodName : Text {; ...param}",
        "any",
        find,
    ),
    member(
        "findIndex",
        "{startFrom : Integer;} formula : 4D.Function|methodName : Text {; ...param}",
        "Integer",
        find_index,
    ),
    member(
        "map",
        "formula : 4D.Function|methodName : Text {; ...param}",
        "Collection",
        map,
    ),
    member(
        "flatMap",
        "formula : 4D.Function|methodName : Text {; ...param}",
        "Collection",
        flat_map,
    ),
    member(
        "reduce",
        "formula : 4D.Function|methodName : Text {; initValue : any {; ...param}}",
        "any",
        reduce,
    ),
    member(
        "reduceRight",
        "formula : 4D.Function|methodName : Text {; initValue : any {; ...param}}",
        "any",
        reduce_right,
    ),
];

/// A callback and its extra parameters.
pub struct Callback {
    pub f: Value,
    pub extra: Vec<Value>,
}

/// What one call of a callback produced.
pub struct Outcome {
    pub result: Value,
    pub stop: bool,
    /// The `$1` object (for `$1.accumulator`).
    pub param: Obj,
}

impl Callback {
    /// The callback at argument `at`, extra parameters after it.
    pub fn from_args(args: &mut Args, at: usize) -> R<Callback> {
        let f = args.get(at).clone();
        check_callback(&f)?;
        let extra = (at + 1..args.len()).map(|i| args.take(i)).collect();
        Ok(Callback { f, extra })
    }

    /// Call with `$1` holding `fields`.
    pub fn call(&self, ctx: &mut Ctx, fields: &[(&str, Value)]) -> R<Outcome> {
        let param = Obj::new();
        for (k, v) in fields {
            param.set_raw(Key::intern(k), v.clone());
        }
        param.set_raw(Key::intern("stop"), Value::Bool(false));
        let mut args = Vec::with_capacity(1 + self.extra.len());
        args.push(Value::Object(param.clone()));
        args.extend(self.extra.iter().cloned());
        let ret = ctx.call_callback(&self.f, Value::Undefined, args)?;
        let result = if ret.is_undefined() {
            param.get(Key::intern("result"))
        } else {
            ret
        };
        let stop = matches!(param.get(Key::intern("stop")), Value::Bool(true));
        Ok(Outcome {
            result,
            stop,
            param,
        })
    }

    /// The comparator of `sort`/`orderByMethod`: True when `a` < `b`.
    pub fn less(&self, ctx: &mut Ctx, a: &Value, b: &Value) -> R<bool> {
        let o = self.call(ctx, &[("value", a.clone()), ("value2", b.clone())])?;
        Ok(is_true(&o.result))
    }
}

/// A callback argument must be a formula or a method name.
fn check_callback(f: &Value) -> R<()> {
    if matches!(f, Value::Formula(_) | Value::Text(_)) {
        return Ok(());
    }
    err(
        codes::TYPE_MISMATCH,
        format!(
            "A formula or a method name was expected, not {}",
            f.type_name()
        ),
    )
}

/// A callback's Boolean result (anything but True counts as False).
pub fn is_true(v: &Value) -> bool {
    matches!(v, Value::Bool(true))
}

/// `({startFrom ;} callback {; ...param})`: the start index and the callback.
fn start_and_callback(args: &mut Args, len: usize) -> R<(Option<usize>, Callback)> {
    if args.get(0).as_number().is_some() {
        let start = norm_start(args.int(0)?, len);
        Ok((Some(start), Callback::from_args(args, 1)?))
    } else {
        Ok((None, Callback::from_args(args, 0)?))
    }
}

fn every(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let items = this_coll(this)?.to_vec();
    let (start, cb) = start_and_callback(args, items.len())?;
    let start = start.unwrap_or(0);
    if start >= items.len() {
        return Ok(Value::Bool(false));
    }
    for v in &items[start..] {
        let o = cb.call(ctx, &[("value", v.clone())])?;
        if !is_true(&o.result) {
            return Ok(Value::Bool(false));
        }
        if o.stop {
            break;
        }
    }
    Ok(Value::Bool(true))
}

fn some(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let items = this_coll(this)?.to_vec();
    let (start, cb) = start_and_callback(args, items.len())?;
    let start = start.unwrap_or(0);
    for v in items.iter().skip(start) {
        let o = cb.call(ctx, &[("value", v.clone())])?;
        if is_true(&o.result) {
            return Ok(Value::Bool(true));
        }
        if o.stop {
            break;
        }
    }
    Ok(Value::Bool(false))
}

fn filter(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let cb = Callback::from_args(args, 0)?;
    let mut out = Vec::new();
    for v in c.to_vec() {
        let o = cb.call(ctx, &[("value", v.clone())])?;
        if is_true(&o.result) {
            out.push(v);
        }
        if o.stop {
            break;
        }
    }
    Ok(Value::Collection(crate::interp::shared::new_coll_like(
        ctx, &c, out,
    )?))
}

/// The first element at or after the start that passes, with its index.
fn find_first(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R<Option<(usize, Value)>> {
    let items = this_coll(this)?.to_vec();
    let (start, cb) = start_and_callback(args, items.len())?;
    for (i, v) in items.iter().enumerate().skip(start.unwrap_or(0)) {
        let o = cb.call(ctx, &[("value", v.clone())])?;
        if is_true(&o.result) {
            return Ok(Some((i, v.clone())));
        }
        if o.stop {
            break;
        }
    }
    Ok(None)
}

fn find(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    Ok(find_first(ctx, this, args)?
        .map(|(_, v)| v)
        .unwrap_or(Value::Undefined))
}

fn find_index(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    Ok(Value::Real(
        find_first(ctx, this, args)?
            .map(|(i, _)| i as f64)
            .unwrap_or(-1.0),
    ))
}

/// The mapped values (Undefined results become null, numbers Reals).
fn mapped(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R<Vec<Value>> {
    let items = this_coll(this)?.to_vec();
    let cb = Callback::from_args(args, 0)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let o = cb.call(ctx, &[("value", v)])?;
        out.push(match o.result {
            Value::Undefined => Value::Null,
            r => r.for_storage(),
        });
        if o.stop {
            break;
        }
    }
    Ok(out)
}

fn map(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    Ok(Value::Collection(Coll::from_vec(mapped(ctx, this, args)?)))
}

fn flat_map(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let mut out = Vec::new();
    flatten(mapped(ctx, this, args)?, 1, &mut out);
    Ok(Value::Collection(Coll::from_vec(out)))
}

fn reduce_in(ctx: &mut Ctx, this: &Value, args: &mut Args, right: bool) -> R {
    let mut items = this_coll(this)?.to_vec();
    if right {
        items.reverse();
    }
    let f = args.get(0).clone();
    check_callback(&f)?;
    let mut acc = args.get(1).clone().for_storage();
    let extra = (2..args.len()).map(|i| args.take(i)).collect();
    let cb = Callback { f, extra };
    for v in items {
        let o = cb.call(ctx, &[("value", v), ("accumulator", acc.clone())])?;
        // A formula's value is the new accumulator; a method updates $1.accumulator.
        acc = if o.result.is_undefined() {
            o.param.get(Key::intern("accumulator"))
        } else {
            o.result
        };
        if o.stop {
            break;
        }
    }
    Ok(acc)
}

fn reduce(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    reduce_in(ctx, this, args, false)
}

fn reduce_right(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    reduce_in(ctx, this, args, true)
}
