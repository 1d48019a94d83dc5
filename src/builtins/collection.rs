//! `New collection` and the Collection class members that need no callback: at, average,
//! clear, combine, concat, copy, count, countValues, equal, extract, fill, first, flat,
//! includes, indexOf, insert, join, last, lastIndexOf, pop, push, remove, resize, reverse,
//! shift, slice, sum, unshift. Callback members are in `collection_callbacks.rs`, ordering
//! members in `collection_sort.rs`, `query`/`indices` in `query.rs`.
//!
//! Index rules (spec builtins §9.3/§9.4): a negative start counts from the end
//! (`length + n`, floored at 0); starts past the end clamp to the length (insert, combine,
//! remove) or find nothing (searches). Members that change the receiver go through
//! `with_coll_write`, which takes a shared collection's lock for the duration; values put
//! into a collection go through `prepare_for_coll` (numbers → Real, times → ms, shared
//! checks). Results that are "like" the receiver (slice, reverse, filter, orderBy, query)
//! are shared when the receiver is.

use super::object::{CK_RESOLVE_POINTERS, CK_SHARED, copy_options, deep_copy, deep_copy_grouped};
use super::text::to_text;
use super::{Args, Command, Imp, Member, Receiver};
use crate::interp::Ctx;
use crate::interp::error::{R, RtError, codes};
use crate::interp::shared::{prepare_for_coll, with_coll_write};
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};

/// `ck keep null` (extract).
pub const CK_KEEP_NULL: i64 = 1;
/// `ck ignore null or empty` (join).
pub const CK_IGNORE_NULL_OR_EMPTY: i64 = 1;
/// `ck diacritical` (distinct, equal).
pub const CK_DIACRITICAL: i64 = 8;
/// `ck count values` (distinct).
pub const CK_COUNT_VALUES: i64 = 32;

pub static COMMANDS: &[Command] = &[Command {
    name: "New collection",
    number: 1472,
    params: "{value : any; ...}",
    result: "Collection",
    min_args: 0,
    max_args: u8::MAX,
    imp: Imp::Values(new_collection),
}];

pub(crate) const fn member(
    name: &'static str,
    params: &'static str,
    result: &'static str,
    imp: fn(&mut Ctx, &Value, &mut Args) -> R,
) -> Member {
    Member::new(Receiver::Collection, name, params, result, imp)
}

pub static MEMBERS: &[Member] = &[
    member("at", "index : Integer", "any", at),
    member("average", "{propertyPath : Text}", "Real", average),
    member("clear", "", "Collection", clear),
    member(
        "combine",
        "col2 : Collection {; index : Integer}",
        "Collection",
        combine,
    ),
    member("concat", "value : any {; ...valueN}", "Collection", concat),
    member(
        "copy",
        "{option : Integer {; groupWith : Collection|Object}}",
        "Collection",
        copy,
    ),
    member("count", "{propertyPath : Text}", "Real", count),
    member(
        "countValues",
        "value : any {; propertyPath : Text}",
        "Real",
        count_values,
    ),
    member(
        "equal",
        "collection2 : Collection {; option : Integer}",
        "Boolean",
        equal,
    ),
    member(
        "extract",
        "propertyPath : Text {; option : Integer} | propertyPath; targetPath {; ...}",
        "Collection",
        extract,
    ),
    member(
        "fill",
        "value : any {; startFrom : Integer {; end : Integer}}",
        "Collection",
        fill,
    ),
    member("first", "", "any", first),
    member("flat", "{depth : Integer}", "Collection", flat),
    member(
        "includes",
        "toSearch : any {; startFrom : Integer}",
        "Boolean",
        includes,
    ),
    member(
        "indexOf",
        "toSearch : any {; startFrom : Integer}",
        "Integer",
        index_of,
    ),
    member(
        "insert",
        "index : Integer; element : any",
        "Collection",
        insert,
    ),
    member(
        "join",
        "delimiter : Text {; option : Integer}",
        "Text",
        join,
    ),
    member("last", "", "any", last),
    member(
        "lastIndexOf",
        "toSearch : any {; startFrom : Integer}",
        "Integer",
        last_index_of,
    ),
    member("pop", "", "any", pop),
    member("push", "element : any {; ...elementN}", "Collection", push),
    member(
        "remove",
        "index : Integer {; howMany : Integer}",
        "Collection",
        remove,
    ),
    member(
        "resize",
        "size : Integer {; defaultValue : any}",
        "Collection",
        resize,
    ),
    member("reverse", "", "Collection", reverse),
    member("shift", "", "any", shift),
    member(
        "slice",
        "startFrom : Integer {; end : Integer}",
        "Collection",
        slice,
    ),
    member("sum", "{propertyPath : Text}", "Real", sum),
    member(
        "unshift",
        "value : any {; ...valueN}",
        "Collection",
        unshift,
    ),
];

// ---------------------------------------------------------------------------------------
// Helpers shared by the collection files
// ---------------------------------------------------------------------------------------

/// The receiver as a collection.
pub fn this_coll(this: &Value) -> R<Coll> {
    match this {
        Value::Collection(c) => Ok(c.clone()),
        other => Err(RtError::new(
            codes::TYPE_MISMATCH,
            format!("A collection was expected, not {}", other.type_name()),
        )),
    }
}

/// A start index: negative counts from the end; the result is floored at 0 (may exceed
/// `len`).
pub fn norm_start(i: i64, len: usize) -> usize {
    if i < 0 {
        (len as i64 + i).max(0) as usize
    } else {
        i as usize
    }
}

/// An insertion index: negative counts from the end (floored at 0), clamped to `len`.
pub fn clamp_index(i: i64, len: usize) -> usize {
    norm_start(i, len).min(len)
}

/// The value at a property path (`"a.b.c"`; a numeric segment indexes a collection).
/// Anything missing gives Undefined.
pub fn get_path(v: &Value, path: &str) -> Value {
    let mut cur = v.clone();
    for seg in path.split('.') {
        cur = match &cur {
            Value::Object(o) => o.get(Key::intern(seg)),
            Value::Collection(c) => match seg.parse::<usize>() {
                Ok(i) => c.get(i).unwrap_or(Value::Undefined),
                Err(_) => Value::Undefined,
            },
            _ => Value::Undefined,
        };
        if cur.is_undefined() {
            break;
        }
    }
    cur
}

/// The numbers held by a value (Integer, Real).
fn number(v: &Value) -> Option<f64> {
    v.as_number()
}

/// The values to aggregate: the elements, or the values at `propertyPath`.
pub fn values_at(c: &Coll, args: &Args, path_index: usize) -> R<Vec<Value>> {
    let items = c.to_vec();
    if !args.has(path_index) {
        return Ok(items);
    }
    let path = args.text(path_index)?;
    Ok(items.iter().map(|v| get_path(v, &path)).collect())
}

/// Store `v` as an element of `c`.
fn prep(ctx: &mut Ctx, c: &Coll, v: Value) -> R<Value> {
    prepare_for_coll(ctx, c, v)
}

fn prep_all(ctx: &mut Ctx, c: &Coll, vals: Vec<Value>) -> R<Vec<Value>> {
    let mut out = Vec::with_capacity(vals.len());
    for v in vals {
        out.push(prep(ctx, c, v)?);
    }
    Ok(out)
}

fn all_args(args: &mut Args) -> Vec<Value> {
    (0..args.len()).map(|i| args.take(i)).collect()
}

// ---------------------------------------------------------------------------------------
// Command
// ---------------------------------------------------------------------------------------

fn new_collection(ctx: &mut Ctx, args: &mut Args) -> R {
    let c = Coll::new();
    let vals = all_args(args);
    let vals = prep_all(ctx, &c, vals)?;
    *c.lock() = vals;
    Ok(Value::Collection(c))
}

// ---------------------------------------------------------------------------------------
// Members
// ---------------------------------------------------------------------------------------

fn at(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let len = c.len() as i64;
    let mut i = args.int(0)?;
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Ok(Value::Undefined);
    }
    Ok(c.get(i as usize).unwrap_or(Value::Undefined))
}

fn average(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let vals = values_at(&this_coll(this)?, args, 0)?;
    let nums: Vec<f64> = vals.iter().filter_map(number).collect();
    if nums.is_empty() {
        return Ok(Value::Undefined);
    }
    Ok(Value::Real(nums.iter().sum::<f64>() / nums.len() as f64))
}

fn sum(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let vals = values_at(&this_coll(this)?, args, 0)?;
    Ok(Value::Real(vals.iter().filter_map(number).sum()))
}

fn clear(ctx: &mut Ctx, this: &Value, _args: &mut Args) -> R {
    let c = this_coll(this)?;
    with_coll_write(ctx, &c, |e| e.clear())?;
    Ok(this.clone())
}

fn combine(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let other = args.collection(0)?.to_vec();
    let vals = prep_all(ctx, &c, other)?;
    let index = if args.has(1) {
        Some(args.int(1)?)
    } else {
        None
    };
    with_coll_write(ctx, &c, |e| {
        let at = index.map(|i| clamp_index(i, e.len())).unwrap_or(e.len());
        e.splice(at..at, vals);
    })?;
    Ok(this.clone())
}

fn concat(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let mut items = this_coll(this)?.to_vec();
    for v in all_args(args) {
        match v {
            Value::Collection(c) => items.extend(c.to_vec()),
            other => items.push(other.for_storage()),
        }
    }
    Ok(Value::Collection(Coll::from_vec(items)))
}

fn copy(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let opts = copy_options(args.get(0))?;
    let shared = opts & CK_SHARED != 0;
    let group_with = if shared && args.has(1) {
        args.get(1).clone()
    } else {
        Value::Undefined
    };
    deep_copy_grouped(
        ctx,
        this,
        shared,
        opts & CK_RESOLVE_POINTERS != 0,
        &group_with,
    )
}

fn count(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let vals = values_at(&this_coll(this)?, args, 0)?;
    Ok(Value::Real(
        vals.iter().filter(|v| !v.is_null_or_undefined()).count() as f64,
    ))
}

fn count_values(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let target = args.get(0).clone().for_storage();
    let vals = values_at(&this_coll(this)?, args, 1)?;
    Ok(Value::Real(
        vals.iter().filter(|v| same_value(v, &target)).count() as f64,
    ))
}

/// Equality for searches (`indexOf`, `includes`, `countValues`): 4D's `=` (wildcard `@`,
/// case/accent-insensitive text, identity for objects), with types that must match.
pub fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
        (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => false,
        _ => crate::ops::equal(a, b),
    }
}

/// Deep equality for `.equal()`.
pub fn deep_equal(a: &Value, b: &Value, strict_text: bool) -> bool {
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => {
            if strict_text {
                x.as_str() == y.as_str()
            } else {
                crate::ops::compare_text(x, y) == std::cmp::Ordering::Equal
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            if x.ptr_eq(y) {
                return true;
            }
            let (ex, ey) = (x.entries(), y.entries());
            ex.len() == ey.len()
                && ex
                    .iter()
                    .all(|(k, v)| y.has(*k) && deep_equal(v, &y.get(*k), strict_text))
        }
        (Value::Collection(x), Value::Collection(y)) => {
            if x.ptr_eq(y) {
                return true;
            }
            let (vx, vy) = (x.to_vec(), y.to_vec());
            vx.len() == vy.len()
                && vx
                    .iter()
                    .zip(vy.iter())
                    .all(|(p, q)| deep_equal(p, q, strict_text))
        }
        (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
        (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => false,
        _ => match (a.as_number(), b.as_number()) {
            (Some(x), Some(y)) => x == y,
            _ => crate::ops::equal(a, b),
        },
    }
}

fn equal(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    // collection2 is a Collection parameter: anything else is a type error, like the
    // other members' typed parameters.
    let other = Value::Collection(args.collection(0)?);
    let strict = args.int_or(1, 0)? & CK_DIACRITICAL != 0;
    Ok(Value::Bool(deep_equal(this, &other, strict)))
}

fn extract(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let items = this_coll(this)?.to_vec();
    let targets = args.has(1) && matches!(args.get(1), Value::Text(_));
    if !targets {
        let path = args.text(0)?;
        let keep_null = args.int_or(1, 0)? & CK_KEEP_NULL != 0;
        let out = items
            .iter()
            .map(|v| get_path(v, &path))
            .filter_map(|v| match v {
                Value::Undefined | Value::Null if keep_null => Some(Value::Null),
                Value::Undefined | Value::Null => None,
                v => Some(v),
            })
            .collect();
        return Ok(Value::Collection(Coll::from_vec(out)));
    }
    let mut pairs = Vec::new();
    let mut i = 0;
    while i + 1 < args.len() {
        pairs.push((args.text(i)?, Key::intern(&args.text(i + 1)?)));
        i += 2;
    }
    // An element none of whose paths is defined gives no object (4D's documented example).
    let out = items
        .iter()
        .filter_map(|v| {
            let o = Obj::new();
            let mut any = false;
            for (path, target) in &pairs {
                let x = get_path(v, path);
                if !x.is_undefined() {
                    o.set_raw(*target, x);
                    any = true;
                }
            }
            any.then_some(Value::Object(o))
        })
        .collect();
    Ok(Value::Collection(Coll::from_vec(out)))
}

fn fill(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let v = prep(ctx, &c, args.get(0).clone())?;
    let start = if args.has(1) {
        Some(args.int(1)?)
    } else {
        None
    };
    let end = if args.has(2) {
        Some(args.int(2)?)
    } else {
        None
    };
    with_coll_write(ctx, &c, |e| {
        let len = e.len();
        let s = start.map(|s| norm_start(s, len)).unwrap_or(0).min(len);
        let en = end.map(|x| norm_start(x, len)).unwrap_or(len).min(len);
        for slot in e.iter_mut().take(en).skip(s) {
            *slot = v.clone();
        }
    })?;
    Ok(this.clone())
}

fn first(_ctx: &mut Ctx, this: &Value, _args: &mut Args) -> R {
    Ok(this_coll(this)?.get(0).unwrap_or(Value::Undefined))
}

fn last(_ctx: &mut Ctx, this: &Value, _args: &mut Args) -> R {
    let c = this_coll(this)?;
    let items = c.lock();
    Ok(items.last().cloned().unwrap_or(Value::Undefined))
}

/// Flatten nested collections up to `depth` levels.
pub fn flatten(items: Vec<Value>, depth: i64, out: &mut Vec<Value>) {
    for v in items {
        match v {
            Value::Collection(c) if depth > 0 => flatten(c.to_vec(), depth - 1, out),
            v => out.push(v),
        }
    }
}

fn flat(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let depth = args.int_or(0, 1)?;
    let mut out = Vec::new();
    flatten(this_coll(this)?.to_vec(), depth, &mut out);
    Ok(Value::Collection(Coll::from_vec(out)))
}

/// The first index at or after `start` whose element equals `target`.
fn find_index(items: &[Value], target: &Value, start: usize) -> Option<usize> {
    items
        .iter()
        .enumerate()
        .skip(start)
        .find(|(_, v)| same_value(v, target))
        .map(|(i, _)| i)
}

fn includes(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let items = this_coll(this)?.to_vec();
    let target = args.get(0).clone().for_storage();
    let start = norm_start(args.int_or(1, 0)?, items.len());
    Ok(Value::Bool(find_index(&items, &target, start).is_some()))
}

fn index_of(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let items = this_coll(this)?.to_vec();
    let target = args.get(0).clone().for_storage();
    let start = norm_start(args.int_or(1, 0)?, items.len());
    Ok(Value::Real(
        find_index(&items, &target, start)
            .map(|i| i as f64)
            .unwrap_or(-1.0),
    ))
}

fn last_index_of(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let items = this_coll(this)?.to_vec();
    let len = items.len() as i64;
    let target = args.get(0).clone().for_storage();
    let mut start = args.int_or(1, len - 1)?;
    if args.has(1) && start == 0 {
        // Spec table (builtins §9.4): startFrom = 0 → -1.
        return Ok(Value::Real(-1.0));
    }
    if start < 0 {
        start += len;
    }
    if start < 0 || len == 0 {
        return Ok(Value::Real(-1.0));
    }
    let start = start.min(len - 1) as usize;
    let found = (0..=start).rev().find(|&i| same_value(&items[i], &target));
    Ok(Value::Real(found.map(|i| i as f64).unwrap_or(-1.0)))
}

fn insert(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let index = args.int(0)?;
    let v = prep(ctx, &c, args.get(1).clone())?;
    with_coll_write(ctx, &c, |e| {
        let at = clamp_index(index, e.len());
        e.insert(at, v);
    })?;
    Ok(this.clone())
}

fn join(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let items = this_coll(this)?.to_vec();
    let delim = args.text(0)?;
    let skip = args.int_or(1, 0)? & CK_IGNORE_NULL_OR_EMPTY != 0;
    let parts: Vec<String> = items
        .iter()
        .filter(|v| {
            !skip || !(v.is_null_or_undefined() || matches!(v, Value::Text(t) if t.is_empty()))
        })
        .map(|v| {
            if v.is_undefined() {
                "null".to_string()
            } else {
                to_text(v)
            }
        })
        .collect();
    Ok(Value::text(parts.join(delim.as_str())))
}

fn pop(ctx: &mut Ctx, this: &Value, _args: &mut Args) -> R {
    let c = this_coll(this)?;
    Ok(with_coll_write(ctx, &c, |e| e.pop())?.unwrap_or(Value::Undefined))
}

fn shift(ctx: &mut Ctx, this: &Value, _args: &mut Args) -> R {
    let c = this_coll(this)?;
    let v = with_coll_write(ctx, &c, |e| {
        if e.is_empty() {
            None
        } else {
            Some(e.remove(0))
        }
    })?;
    Ok(v.unwrap_or(Value::Undefined))
}

fn push(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    if args.len() == 1 {
        // One element (the usual call): no intermediate vector.
        let v = prep(ctx, &c, args.take(0))?;
        with_coll_write(ctx, &c, |e| e.push(v))?;
        return Ok(this.clone());
    }
    let vals = prep_all(ctx, &c, all_args(args))?;
    with_coll_write(ctx, &c, |e| e.extend(vals))?;
    Ok(this.clone())
}

fn unshift(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let vals = prep_all(ctx, &c, all_args(args))?;
    with_coll_write(ctx, &c, |e| {
        e.splice(0..0, vals);
    })?;
    Ok(this.clone())
}

fn remove(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let index = args.int(0)?;
    let how_many = args.int_or(1, 1)?;
    with_coll_write(ctx, &c, |e| {
        let at = clamp_index(index, e.len());
        let end = at.saturating_add(how_many.max(0) as usize).min(e.len());
        e.drain(at..end);
    })?;
    Ok(this.clone())
}

fn resize(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let size = args.int(0)?.max(0) as usize;
    super::array::reserve_items(size)?;
    let fill = if args.has(1) {
        prep(ctx, &c, args.get(1).clone())?
    } else {
        Value::Null
    };
    with_coll_write(ctx, &c, |e| e.resize(size, fill))?;
    Ok(this.clone())
}

fn reverse(ctx: &mut Ctx, this: &Value, _args: &mut Args) -> R {
    let c = this_coll(this)?;
    let mut items = Vec::new();
    for v in c.to_vec().into_iter().rev() {
        items.push(deep_copy(ctx, &v, c.is_shared())?);
    }
    Ok(Value::Collection(crate::interp::shared::new_coll_like(
        ctx, &c, items,
    )?))
}

/// The `[start, end)` range of `slice`/`fill` style arguments.
pub fn range(start: i64, end: Option<i64>, len: usize) -> std::ops::Range<usize> {
    let s = norm_start(start, len).min(len);
    let e = end.map(|x| norm_start(x, len)).unwrap_or(len).min(len);
    if e < s { s..s } else { s..e }
}

fn slice(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let items = c.to_vec();
    let end = if args.has(1) {
        Some(args.int(1)?)
    } else {
        None
    };
    let r = range(args.int_or(0, 0)?, end, items.len());
    Ok(Value::Collection(crate::interp::shared::new_coll_like(
        ctx,
        &c,
        items[r].to_vec(),
    )?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_rules() {
        assert_eq!(norm_start(-2, 5), 3);
        assert_eq!(norm_start(-9, 5), 0);
        assert_eq!(clamp_index(9, 5), 5);
        assert_eq!(range(1, Some(3), 5), 1..3);
        assert_eq!(range(-2, None, 5), 3..5);
        assert_eq!(range(3, Some(1), 5), 3..3);
        assert_eq!(range(0, Some(-1), 5), 0..4);
    }

    #[test]
    fn paths_and_flattening() {
        let inner = Obj::new();
        inner.set_raw(Key::intern("city"), Value::text("Paris"));
        let o = Obj::new();
        o.set_raw(Key::intern("address"), Value::Object(inner));
        assert_eq!(
            to_text(&get_path(&Value::Object(o.clone()), "address.city")),
            "Paris"
        );
        assert!(get_path(&Value::Object(o), "address.zip").is_undefined());
        let nested = Value::Collection(Coll::from_vec(vec![
            Value::Real(1.0),
            Value::Collection(Coll::from_vec(vec![
                Value::Real(2.0),
                Value::Collection(Coll::new()),
            ])),
        ]));
        let mut out = Vec::new();
        flatten(vec![nested], 1, &mut out);
        assert_eq!(out.len(), 2);
    }
}
