//! Object commands: `New object`, `OB Keys`, `OB Values`, `OB Entries`, `OB Is defined`,
//! `OB Is empty`, `OB Copy`, `OB Get`, `OB SET`, `OB REMOVE`; and [`deep_copy`], used for
//! `OB Copy`, `.copy()` and parameters passed to other processes.
//!
//! `OB SET` on an undefined or null *variable* creates the object in that variable, as 4D
//! does (the command gets its first argument unevaluated). `ck resolve pointers` (or `True`)
//! replaces each pointer by a copy of the value it points to.

use super::{Args, Command, Imp};
use crate::code::Expr;
use crate::interp::Ctx;
use crate::interp::error::{R, RtError, codes, err};
use crate::interp::shared::{prepare_for_coll, prepare_for_obj, with_obj_write};
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};

/// `ck resolve pointers` (value recorded in `stdlib/constants.tsv`).
pub const CK_RESOLVE_POINTERS: i64 = 1;
/// `ck shared`.
pub const CK_SHARED: i64 = 2;

use crate::builtins::values_row as row;

pub static COMMANDS: &[Command] = &[
    row(
        "New object",
        1471,
        "{property : Text; value : any; ...}",
        "Object",
        0,
        u8::MAX,
        new_object,
    ),
    row(
        "OB Keys",
        1719,
        "object : Object",
        "Collection",
        1,
        1,
        ob_keys,
    ),
    row(
        "OB Values",
        1718,
        "object : Object",
        "Collection",
        1,
        1,
        ob_values,
    ),
    row(
        "OB Entries",
        1720,
        "object : Object",
        "Collection",
        1,
        1,
        ob_entries,
    ),
    row(
        "OB Is defined",
        1231,
        "object : Object {; property : Text}",
        "Boolean",
        1,
        2,
        ob_is_defined,
    ),
    row(
        "OB Is empty",
        1297,
        "object : Object",
        "Boolean",
        1,
        1,
        ob_is_empty,
    ),
    row(
        "OB Copy",
        1225,
        "object : Object {; resolvePtrs : Boolean | option : Integer {; groupWith}}",
        "Object",
        1,
        3,
        ob_copy,
    ),
    row(
        "OB Get",
        1224,
        "object : Object; property : Text {; type : Integer}",
        "any",
        2,
        3,
        ob_get,
    ),
    row(
        "OB Get type",
        1230,
        "object : Object; property : Text",
        "Integer",
        2,
        2,
        ob_get_type,
    ),
    Command {
        name: "OB SET",
        number: 1220,
        params: "object : Object; property : Text; value : any {; ...}",
        result: "",
        min_args: 3,
        max_args: u8::MAX,
        imp: Imp::Raw(ob_set),
    },
    row(
        "OB REMOVE",
        1226,
        "object : Object; property : Text",
        "",
        2,
        2,
        ob_remove,
    ),
];

fn key_arg(args: &Args, i: usize) -> R<Key> {
    Ok(Key::intern(&args.text(i)?))
}

fn new_object(ctx: &mut Ctx, args: &mut Args) -> R {
    let o = Obj::new();
    let mut i = 0;
    while i + 1 < args.len() {
        let k = key_arg(args, i)?;
        let v = prepare_for_obj(ctx, &o, args.take(i + 1))?;
        o.set_raw(k, v);
        i += 2;
    }
    Ok(Value::Object(o))
}

/// The object of argument `i`, or `None` when it is Null/Undefined.
fn obj_opt(args: &Args, i: usize) -> R<Option<Obj>> {
    args.object_opt(i)
}

fn ob_keys(_ctx: &mut Ctx, args: &mut Args) -> R {
    let items = match obj_opt(args, 0)? {
        Some(o) => o
            .keys()
            .into_iter()
            .map(|k| Value::text(k.as_str()))
            .collect(),
        None => Vec::new(),
    };
    Ok(Value::Collection(Coll::from_vec(items)))
}

fn ob_values(_ctx: &mut Ctx, args: &mut Args) -> R {
    let items = match obj_opt(args, 0)? {
        Some(o) => o.entries().into_iter().map(|(_, v)| v).collect(),
        None => Vec::new(),
    };
    Ok(Value::Collection(Coll::from_vec(items)))
}

fn ob_entries(_ctx: &mut Ctx, args: &mut Args) -> R {
    let (k_key, v_key) = (Key::intern("key"), Key::intern("value"));
    let items = match obj_opt(args, 0)? {
        Some(o) => o
            .entries()
            .into_iter()
            .map(|(k, v)| {
                let e = Obj::new();
                e.set_raw(k_key, Value::text(k.as_str()));
                e.set_raw(v_key, v);
                Value::Object(e)
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(Value::Collection(Coll::from_vec(items)))
}

fn ob_is_defined(_ctx: &mut Ctx, args: &mut Args) -> R {
    let Some(o) = obj_opt(args, 0)? else {
        return Ok(Value::Bool(false));
    };
    if !args.has(1) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(o.has(key_arg(args, 1)?)))
}

fn ob_is_empty(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Bool(match obj_opt(args, 0)? {
        Some(o) => o.is_empty(),
        None => true,
    }))
}

/// A deep copy of `v`: objects and collections are copied recursively; with `shared` the
/// copies are shared and belong to one new shared group (the top copy's).
pub fn deep_copy(ctx: &mut Ctx, v: &Value, shared: bool) -> R<Value> {
    deep_copy_with(ctx, v, shared, false)
}

/// [`deep_copy`], optionally replacing each pointer by the value it points to
/// (`ck resolve pointers`).
pub fn deep_copy_with(ctx: &mut Ctx, v: &Value, shared: bool, resolve: bool) -> R<Value> {
    deep_copy_grouped(ctx, v, shared, resolve, &Value::Undefined)
}

/// [`deep_copy_with`] whose shared copy joins the shared group of `group_with` (Undefined:
/// a group of its own). The fresh container joins the group before it is filled, so its
/// shared children join the same group with it.
pub fn deep_copy_grouped(
    ctx: &mut Ctx,
    v: &Value,
    shared: bool,
    resolve: bool,
    group_with: &Value,
) -> R<Value> {
    match v {
        Value::Pointer(_) if resolve => {
            let target = ctx.deref_read(v)?;
            deep_copy_grouped(ctx, &target, shared, false, group_with)
        }
        Value::Object(o) => {
            let copy = if shared {
                ctx.new_shared_object()
            } else {
                Obj::new()
            };
            if shared {
                join_group(ctx, &Value::Object(copy.clone()), group_with)?;
            }
            copy.set_class(o.class());
            for (k, child) in o.entries() {
                let c = deep_copy_with(ctx, &child, shared, resolve)?;
                if shared {
                    let c = prepare_for_obj(ctx, &copy, c)?;
                    with_obj_write(ctx, &copy, |d| {
                        d.props.insert(k, c);
                    })?;
                } else {
                    copy.set_raw(k, c);
                }
            }
            Ok(Value::Object(copy))
        }
        Value::Collection(c) => {
            let items = c.to_vec();
            if shared {
                let copy = ctx.new_shared_collection();
                join_group(ctx, &Value::Collection(copy.clone()), group_with)?;
                for child in items {
                    let c = deep_copy_with(ctx, &child, true, resolve)?;
                    let c = prepare_for_coll(ctx, &copy, c)?;
                    crate::interp::shared::with_coll_write(ctx, &copy, |e| e.push(c))?;
                }
                Ok(Value::Collection(copy))
            } else {
                let mut out = Vec::with_capacity(items.len());
                for child in items {
                    out.push(deep_copy_with(ctx, &child, false, resolve)?);
                }
                Ok(Value::Collection(Coll::from_vec(out)))
            }
        }
        other => Ok(other.clone()),
    }
}

/// Put a fresh shared `copy` in the shared group of `group_with` (an object or a
/// collection), the way `OB Copy(...; ck shared; groupWith)` does.
pub fn join_group(ctx: &mut Ctx, copy: &Value, group_with: &Value) -> R<()> {
    match group_with {
        Value::Object(g) if g.is_shared() => {
            prepare_for_obj(ctx, g, copy.clone())?;
        }
        Value::Collection(g) if g.is_shared() => {
            prepare_for_coll(ctx, g, copy.clone())?;
        }
        Value::Undefined | Value::Null => {}
        _ => {
            return err(
                codes::TYPE_MISMATCH,
                "groupWith must be a shared object or a shared collection",
            );
        }
    }
    Ok(())
}

/// The copy options of `OB Copy` / `.copy()`: a Boolean (resolve pointers) or flags.
pub fn copy_options(v: &Value) -> R<i64> {
    Ok(match v {
        Value::Undefined | Value::Null => 0,
        Value::Bool(b) => {
            if *b {
                CK_RESOLVE_POINTERS
            } else {
                0
            }
        }
        Value::Int(i) => *i as i64,
        Value::Real(r) => *r as i64,
        other => {
            return Err(RtError::new(
                codes::TYPE_MISMATCH,
                format!(
                    "The copy option should be a Boolean or an Integer, not {}",
                    other.type_name()
                ),
            ));
        }
    })
}

fn ob_copy(ctx: &mut Ctx, args: &mut Args) -> R {
    let v = args.get(0).clone();
    if v.is_null_or_undefined() {
        return Ok(Value::Null);
    }
    let opts = copy_options(args.get(1))?;
    let shared = opts & CK_SHARED != 0;
    let group_with = if shared && args.has(2) {
        args.get(2).clone()
    } else {
        Value::Undefined
    };
    let copy = deep_copy_grouped(
        ctx,
        &v,
        shared,
        opts & CK_RESOLVE_POINTERS != 0,
        &group_with,
    )?;
    Ok(copy)
}

fn ob_get(ctx: &mut Ctx, args: &mut Args) -> R {
    let Some(o) = obj_opt(args, 0)? else {
        return Ok(Value::Undefined);
    };
    let v = o.get(key_arg(args, 1)?);
    if !args.has(2) {
        return Ok(v);
    }
    let ty = args.int(2)?;
    Ok(match (ty, &v) {
        // Times are stored as milliseconds.
        (11, Value::Real(ms)) => Value::Time((ms / 1000.0).trunc() as i64),
        (4, Value::Date(_)) => v,
        _ => super::json::convert(ctx, v, ty)?,
    })
}

/// `OB Get type(object; property)`: the value type of the property (`Is undefined` when
/// it is absent).
fn ob_get_type(_ctx: &mut Ctx, args: &mut Args) -> R {
    let Some(o) = obj_opt(args, 0)? else {
        return Ok(Value::Int(Value::Undefined.type_code()));
    };
    Ok(Value::Int(o.get(key_arg(args, 1)?).type_code()))
}

fn ob_set(ctx: &mut Ctx, args: &[Expr]) -> R {
    let o = object_place(ctx, &args[0])?;
    let mut i = 1;
    while i + 1 < args.len() {
        let k = text_key(ctx, &args[i], i)?;
        let v = ctx.eval(&args[i + 1])?;
        let v = prepare_for_obj(ctx, &o, v)?;
        with_obj_write(ctx, &o, |d| {
            d.props.insert(k, v);
        })?;
        i += 2;
    }
    Ok(Value::Undefined)
}

/// The property name passed as argument `i` (0-based) of an `OB SET`-like command.
pub fn text_key(ctx: &mut Ctx, e: &Expr, i: usize) -> Result<Key, Box<RtError>> {
    match ctx.eval(e)? {
        Value::Text(t) => Ok(Key::intern(&t)),
        Value::Undefined | Value::Null => Ok(Key::intern("")),
        other => err(
            codes::TYPE_MISMATCH,
            format!(
                "Parameter {} should be of type Text but is {}",
                i + 1,
                other.type_name()
            ),
        ),
    }
}

/// The object the first argument of `OB SET` or `OB SET ARRAY` designates; an undefined
/// variable gets a new empty object.
pub fn object_place(ctx: &mut Ctx, e: &Expr) -> Result<Obj, Box<RtError>> {
    Ok(match ctx.eval(e)? {
        Value::Object(o) => o,
        Value::Undefined | Value::Null
            if matches!(
                e,
                Expr::Local(_) | Expr::Process(_) | Expr::Interprocess(_) | Expr::Deref(_)
            ) =>
        {
            let o = Obj::new();
            crate::builtins::array::assign_expr(ctx, e, Value::Object(o.clone()))?;
            o
        }
        other => {
            return err(
                codes::TYPE_MISMATCH,
                format!(
                    "Parameter 1 should be of type Object but is {}",
                    other.type_name()
                ),
            );
        }
    })
}

fn ob_remove(ctx: &mut Ctx, args: &mut Args) -> R {
    let Some(o) = obj_opt(args, 0)? else {
        return Ok(Value::Undefined);
    };
    let k = key_arg(args, 1)?;
    with_obj_write(ctx, &o, |d| {
        d.props.shift_remove(&k);
    })?;
    Ok(Value::Undefined)
}

/// A new object with the same properties (not deep).
pub fn shallow_copy(o: &Obj) -> Obj {
    Obj::with_props(o.lock().props.clone())
}
