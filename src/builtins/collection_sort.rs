//! Ordering members of the Collection class: sort, orderBy, orderByMethod, multiSort,
//! min, max, distinct; and [`cmp_values`], 4D's ordering across types.
//!
//! Across types the order is null < booleans < texts < numbers < objects < collections <
//! dates (spec builtins §9.3). Texts compare case- and accent-insensitively; objects and
//! collections compare equal to each other, so they keep their order (every sort here is
//! stable). Sorting with a callback uses a merge sort whose comparator may fail (the
//! callback's error stops the sort and leaves the receiver unchanged).

use super::collection::{CK_COUNT_VALUES, CK_DIACRITICAL, get_path, member, this_coll};
use super::collection_callbacks::Callback;
use super::{Args, Member};
use crate::interp::Ctx;
use crate::interp::error::{R, codes, err};
use crate::interp::shared::with_coll_write;
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};
use std::cmp::Ordering;

/// `ck ascending`.
pub const CK_ASCENDING: i64 = 0;
/// `ck descending`.
pub const CK_DESCENDING: i64 = 1;

pub static MEMBERS: &[Member] = &[
    member(
        "sort",
        "{formula : 4D.Function|methodName : Text {; ...extraParam}}",
        "Collection",
        sort,
    ),
    member(
        "orderBy",
        "{pathStrings : Text | pathObjects : Collection | ascOrDesc : Integer}",
        "Collection",
        order_by,
    ),
    member(
        "orderByMethod",
        "formula : 4D.Function|methodName : Text {; ...extraParam}",
        "Collection",
        order_by_method,
    ),
    member(
        "multiSort",
        "{formula ;} {colsToSort : Collection}",
        "Collection",
        multi_sort,
    ),
    member("min", "{propertyPath : Text}", "any", min),
    member("max", "{propertyPath : Text}", "any", max),
    member(
        "distinct",
        "{propertyPath : Text;} {option : Integer}",
        "Collection",
        distinct,
    ),
];

/// The type group of a value in 4D's cross-type order.
fn rank(v: &Value) -> u8 {
    match v {
        Value::Undefined | Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Text(_) => 2,
        Value::Int(_) | Value::Real(_) | Value::Time(_) => 3,
        Value::Object(_) | Value::Formula(_) => 4,
        Value::Collection(_) => 5,
        Value::Date(_) => 6,
        Value::Pointer(_) | Value::Blob(_) | Value::Array(_) => 7,
    }
}

fn num(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Real(r) => *r,
        Value::Time(t) => *t as f64 * 1000.0,
        _ => 0.0,
    }
}

/// 4D's ordering of two values of any types.
pub fn cmp_values(a: &Value, b: &Value) -> Ordering {
    let (ra, rb) = (rank(a), rank(b));
    if ra != rb {
        return ra.cmp(&rb);
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Text(x), Value::Text(y)) => crate::ops::compare_text(x, y),
        (Value::Date(x), Value::Date(y)) => x.cmp(y),
        _ if ra == 3 => cmp_numbers(num(a), num(b)),
        _ => Ordering::Equal,
    }
}

/// Numbers in ascending order; NaN (`0/0`) after every number, so the order stays total
/// (a sort given an inconsistent order may panic).
#[inline]
fn cmp_numbers(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (false, false) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
        (a_nan, b_nan) => a_nan.cmp(&b_nan),
    }
}

/// Sort with `cmp_values`; a collection of Reals only (the usual case) skips the type ranks.
fn sort_default(items: &mut [Value]) {
    if items.iter().all(|v| matches!(v, Value::Real(_))) {
        items.sort_by(|a, b| match (a, b) {
            (Value::Real(x), Value::Real(y)) => cmp_numbers(*x, *y),
            _ => cmp_values(a, b),
        });
    } else {
        items.sort_by(cmp_values);
    }
}

/// A stable merge sort whose comparator (`less(a, b)`: a goes before b) may fail.
pub fn merge_sort<T: Clone>(v: Vec<T>, less: &mut dyn FnMut(&T, &T) -> R<bool>) -> R<Vec<T>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    let mid = v.len() / 2;
    let right = v[mid..].to_vec();
    let mut left = v;
    left.truncate(mid);
    let l = merge_sort(left, less)?;
    let r = merge_sort(right, less)?;
    let mut out = Vec::with_capacity(l.len() + r.len());
    let (mut i, mut j) = (0, 0);
    while i < l.len() && j < r.len() {
        if less(&r[j], &l[i])? {
            out.push(r[j].clone());
            j += 1;
        } else {
            out.push(l[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&l[i..]);
    out.extend_from_slice(&r[j..]);
    Ok(out)
}

fn callback_sorted(ctx: &mut Ctx, items: Vec<Value>, cb: &Callback) -> R<Vec<Value>> {
    merge_sort(items, &mut |a, b| cb.less(ctx, a, b))
}

fn sort(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let items = c.to_vec();
    let sorted = if !is_comparator(ctx, args.get(0)) {
        let mut items = items;
        sort_default(&mut items);
        items
    } else {
        let cb = Callback::from_args(args, 0)?;
        callback_sorted(ctx, items, &cb)?
    };
    with_coll_write(ctx, &c, |e| *e = sorted)?;
    Ok(this.clone())
}

fn order_by_method(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let cb = Callback::from_args(args, 0)?;
    let sorted = callback_sorted(ctx, c.to_vec(), &cb)?;
    Ok(Value::Collection(crate::interp::shared::new_coll_like(
        ctx, &c, sorted,
    )?))
}

/// One ordering criterion: a property path (empty = the element itself), descending?
#[derive(Debug, PartialEq)]
pub struct Criterion {
    pub path: String,
    pub descending: bool,
}

/// `"lastName desc, firstName asc"` → criteria.
pub fn parse_criteria(text: &str) -> Vec<Criterion> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|part| {
            let mut words = part.split_whitespace();
            let path = words.next().unwrap_or("").to_string();
            let descending = words.next().is_some_and(|w| w.eq_ignore_ascii_case("desc"));
            Criterion { path, descending }
        })
        .collect()
}

/// Compare two elements by a list of criteria.
pub fn cmp_by(a: &Value, b: &Value, criteria: &[Criterion]) -> Ordering {
    for c in criteria {
        let (x, y) = if c.path.is_empty() {
            (a.clone(), b.clone())
        } else {
            (get_path(a, &c.path), get_path(b, &c.path))
        };
        let o = cmp_values(&x, &y);
        let o = if c.descending { o.reverse() } else { o };
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

fn criteria_of(args: &Args) -> R<Vec<Criterion>> {
    Ok(match args.get(0) {
        Value::Undefined => vec![Criterion {
            path: String::new(),
            descending: false,
        }],
        Value::Text(t) => parse_criteria(t),
        Value::Int(_) | Value::Real(_) => {
            vec![Criterion {
                path: String::new(),
                descending: args.int(0)? == CK_DESCENDING,
            }]
        }
        Value::Collection(c) => {
            let (p, d) = (Key::intern("propertyPath"), Key::intern("descending"));
            c.to_vec()
                .iter()
                .map(|v| match v {
                    Value::Object(o) => Criterion {
                        path: match o.get(p) {
                            Value::Text(t) => t.as_str().to_string(),
                            _ => String::new(),
                        },
                        descending: matches!(o.get(d), Value::Bool(true)),
                    },
                    _ => Criterion {
                        path: String::new(),
                        descending: false,
                    },
                })
                .collect()
        }
        other => {
            return err(
                codes::TYPE_MISMATCH,
                format!(
                    "orderBy expects a text, a collection or an integer, not {}",
                    other.type_name()
                ),
            );
        }
    })
}

fn order_by(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let criteria = criteria_of(args)?;
    let mut items = c.to_vec();
    items.sort_by(|a, b| cmp_by(a, b, &criteria));
    Ok(Value::Collection(crate::interp::shared::new_coll_like(
        ctx, &c, items,
    )?))
}

/// `multiSort()`: sorts the receiver and re-orders every collection of *colsToSort* the
/// same way (items: a collection, or `{collection, order}`); with a formula first, the
/// receiver is ordered by it. All collections must have the receiver's length.
fn multi_sort(ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let items = c.to_vec();
    let (cb, cols_at) = match args.get(0) {
        v if is_comparator(ctx, v) => {
            let f = args.get(0).clone();
            (
                Some(Callback {
                    f,
                    extra: Vec::new(),
                }),
                1,
            )
        }
        Value::Collection(_) => (None, 0),
        // Any other argument (True, an object, the name of no method) is ignored, as
        // 4D's own acceptance tests of multiSort show: the default sort applies.
        _ => (None, 1),
    };
    let mut others: Vec<Coll> = Vec::new();
    // Every item is a level, in the order given: `{collection; order}` sorts, within each
    // run of rows equal on all the previous levels; a plain collection is kept in step (it
    // sorts nothing, but still counts when rows are grouped for the next levels).
    let mut levels: Vec<(Vec<Value>, Option<bool>)> = Vec::new();
    if args.has(cols_at) {
        let coll_key = Key::intern("collection");
        let order_key = Key::intern("order");
        for v in args.collection(cols_at)?.to_vec() {
            let other = match &v {
                Value::Collection(x) => {
                    levels.push((x.to_vec(), None));
                    x.clone()
                }
                Value::Object(o) => match o.get(coll_key) {
                    Value::Collection(x) => {
                        let descending = o.get(order_key).as_number().unwrap_or(0.0) as i64 == 1;
                        levels.push((x.to_vec(), Some(descending)));
                        x
                    }
                    _ => {
                        return err(
                            codes::TYPE_MISMATCH,
                            "multiSort: each item must be a collection or {collection; order}",
                        );
                    }
                },
                _ => {
                    return err(
                        codes::TYPE_MISMATCH,
                        "multiSort: each item must be a collection or {collection; order}",
                    );
                }
            };
            if other.len() != items.len() {
                return err(
                    codes::COLLECTION_LENGTHS,
                    "multiSort: all the collections must have the same length",
                );
            }
            others.push(other);
        }
    }
    let idx: Vec<usize> = (0..items.len()).collect();
    let order = match cb {
        Some(cb) => merge_sort(idx, &mut |a: &usize, b: &usize| {
            cb.less(ctx, &items[*a], &items[*b])
        })?,
        None => {
            let mut idx = idx;
            // Stable: equal keys keep their original order.
            idx.sort_by(|a, b| cmp_values(&items[*a], &items[*b]));
            idx
        }
    };
    let order = sort_levels(order, &items, &levels);
    let sorted: Vec<Value> = order.iter().map(|i| items[*i].clone()).collect();
    with_coll_write(ctx, &c, |e| *e = sorted)?;
    for other in others {
        let vals = other.to_vec();
        let sorted: Vec<Value> = order.iter().map(|i| vals[*i].clone()).collect();
        with_coll_write(ctx, &other, |e| *e = sorted)?;
    }
    Ok(this.clone())
}

/// The values `min`/`max` look at: elements (or values at the path), without null.
fn candidates(c: &Coll, args: &Args) -> R<Vec<Value>> {
    let items = c.to_vec();
    let vals = if args.has(0) {
        let path = args.text(0)?;
        items.iter().map(|v| get_path(v, &path)).collect()
    } else {
        items
    };
    Ok(vals
        .into_iter()
        .filter(|v| !v.is_null_or_undefined())
        .collect())
}

fn min(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let vals = candidates(&this_coll(this)?, args)?;
    let mut best: Option<&Value> = None;
    for v in &vals {
        if best.is_none_or(|b| cmp_values(v, b) == Ordering::Less) {
            best = Some(v);
        }
    }
    Ok(best.cloned().unwrap_or(Value::Undefined))
}

fn max(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let vals = candidates(&this_coll(this)?, args)?;
    let mut best: Option<&Value> = None;
    for v in &vals {
        // Ties (objects, collections) go to the later element.
        if best.is_none_or(|b| cmp_values(v, b) != Ordering::Less) {
            best = Some(v);
        }
    }
    Ok(best.cloned().unwrap_or(Value::Undefined))
}

/// Equality used by `distinct`: texts case/accent-insensitive (exact with
/// `ck diacritical`), objects and collections by reference, no `@` wildcard.
fn distinct_eq(a: &Value, b: &Value, strict: bool) -> bool {
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => {
            if strict {
                x.as_str() == y.as_str()
            } else {
                crate::ops::compare_text(x, y) == Ordering::Equal
            }
        }
        (Value::Object(x), Value::Object(y)) => x.ptr_eq(y),
        (Value::Collection(x), Value::Collection(y)) => x.ptr_eq(y),
        _ => rank(a) == rank(b) && cmp_values(a, b) == Ordering::Equal,
    }
}

/// Distinct values with their counts, in first-seen order.
pub fn distinct_counts(vals: Vec<Value>, strict: bool) -> Vec<(Value, usize)> {
    let mut out: Vec<(Value, usize)> = Vec::new();
    for v in vals {
        if v.is_null_or_undefined() {
            continue;
        }
        match out.iter_mut().find(|(u, _)| distinct_eq(u, &v, strict)) {
            Some((_, n)) => *n += 1,
            None => out.push((v, 1)),
        }
    }
    out.sort_by(|a, b| cmp_values(&a.0, &b.0));
    out
}

fn distinct(_ctx: &mut Ctx, this: &Value, args: &mut Args) -> R {
    let c = this_coll(this)?;
    let (vals, opts) = match args.get(0) {
        Value::Text(path) => {
            let path = path.as_str().to_string();
            (
                c.to_vec().iter().map(|v| get_path(v, &path)).collect(),
                args.int_or(1, 0)?,
            )
        }
        _ => (c.to_vec(), args.int_or(0, 0)?),
    };
    let counts = distinct_counts(vals, opts & CK_DIACRITICAL != 0);
    let items = if opts & CK_COUNT_VALUES != 0 {
        let (vk, ck) = (Key::intern("value"), Key::intern("count"));
        counts
            .into_iter()
            .map(|(v, n)| {
                let o = Obj::new();
                o.set_raw(vk, v);
                o.set_raw(ck, Value::Real(n as f64));
                Value::Object(o)
            })
            .collect()
    } else {
        counts.into_iter().map(|(v, _)| v).collect()
    };
    Ok(Value::Collection(Coll::from_vec(items)))
}

/// Apply `multiSort`'s extra levels to `order` (row indexes already sorted by the
/// receiver): each level with an order sorts, stably, every run of consecutive rows that
/// are equal on the receiver and on all the previous levels.
fn sort_levels(
    mut order: Vec<usize>,
    first: &[Value],
    levels: &[(Vec<Value>, Option<bool>)],
) -> Vec<usize> {
    let mut seen: Vec<&[Value]> = vec![first];
    for (values, direction) in levels {
        if let Some(descending) = direction {
            let same = |a: usize, b: usize| {
                seen.iter()
                    .all(|k| cmp_values(&k[a], &k[b]) == std::cmp::Ordering::Equal)
            };
            let mut start = 0;
            while start < order.len() {
                let mut end = start + 1;
                while end < order.len() && same(order[start], order[end]) {
                    end += 1;
                }
                order[start..end].sort_by(|a, b| {
                    let o = cmp_values(&values[*a], &values[*b]);
                    if *descending { o.reverse() } else { o }
                });
                start = end;
            }
        }
        seen.push(values);
    }
    order
}

/// A comparator argument of `sort()`/`multiSort()`: a formula, or the name of an existing
/// project method. Anything else is ignored and the default order applies.
fn is_comparator(ctx: &Ctx, v: &Value) -> bool {
    match v {
        Value::Formula(_) => true,
        Value::Text(name) => ctx.program.method_id(name).is_some(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Date;

    #[test]
    fn criteria_strings() {
        assert_eq!(
            parse_criteria("lastName desc, firstName"),
            vec![
                Criterion {
                    path: "lastName".into(),
                    descending: true
                },
                Criterion {
                    path: "firstName".into(),
                    descending: false
                }
            ]
        );
        assert_eq!(
            parse_criteria(" a ASC ")[0],
            Criterion {
                path: "a".into(),
                descending: false
            }
        );
    }

    #[test]
    fn type_groups_order() {
        let mut v = [
            Value::Date(Date::new(2020, 1, 1)),
            Value::Real(2.0),
            Value::Collection(Coll::new()),
            Value::Object(Obj::new()),
            Value::Bool(true),
            Value::Null,
            Value::Real(-1.0),
            Value::Bool(false),
        ];
        v.sort_by(cmp_values);
        let ranks: Vec<u8> = v.iter().map(rank).collect();
        assert_eq!(ranks, vec![0, 1, 1, 3, 3, 4, 5, 6]);
        assert!(matches!(v[1], Value::Bool(false)));
        assert_eq!(v[3].as_number(), Some(-1.0));
    }

    #[test]
    fn merge_sort_is_stable_and_fallible() {
        let v = vec![(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')];
        let s = merge_sort(v, &mut |x: &(i32, char), y: &(i32, char)| Ok(x.0 < y.0)).unwrap();
        assert_eq!(s, vec![(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]);
        let failing = merge_sort(vec![2, 1], &mut |_: &i32, _: &i32| {
            err(codes::GENERIC, "boom")
        });
        assert!(failing.is_err());
    }
}
