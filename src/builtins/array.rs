//! Arrays: `ARRAY TEXT($a; n)` and the other declarations, `Size of array`,
//! `APPEND TO ARRAY`, `INSERT IN ARRAY`, `DELETE FROM ARRAY`, `Find in array`,
//! `SORT ARRAY`, `COPY ARRAY`, `ARRAY TO COLLECTION`, `COLLECTION TO ARRAY`, `ARRAY STRING`,
//! `OB SET ARRAY`, `OB GET ARRAY`.
//!
//! An array is a `Value::Array` held by a variable; element 0 always exists. Commands
//! take their array argument unevaluated when they must (re)declare it.

use crate::builtins::{Command, Imp};
use crate::code::{Expr, VarType};
use crate::interp::Ctx;
use crate::interp::error::{R, codes, err};
use crate::value::{ArrayData, Coll, Value};
use parking_lot::Mutex;
use std::sync::Arc;

type ArrayRef = Arc<Mutex<ArrayData>>;

/// The array held by the variable (or pointer target) an argument names.
fn array_arg(ctx: &mut Ctx, e: &Expr) -> R<ArrayRef> {
    match ctx.eval(e)? {
        Value::Array(a) => Ok(a),
        Value::Pointer(p) => match ctx.deref_read(&Value::Pointer(p))? {
            Value::Array(a) => Ok(a),
            other => err(
                codes::INCOMPATIBLE_TYPES,
                format!("Expected an array, got {}", other.type_name()),
            ),
        },
        other => err(
            codes::INCOMPATIBLE_TYPES,
            format!("Expected an array, got {}", other.type_name()),
        ),
    }
}

fn int_arg(ctx: &mut Ctx, args: &[Expr], i: usize, default: i64) -> R<i64> {
    match args.get(i) {
        Some(e) => Ok(ctx.eval(e)?.number_or_zero()),
        None => Ok(default),
    }
}

trait NumberOrZero {
    fn number_or_zero(&self) -> i64;
}

impl NumberOrZero for Value {
    fn number_or_zero(&self) -> i64 {
        self.as_number().unwrap_or(0.0) as i64
    }
}

/// `ARRAY <TYPE>(name; size)`: declare, or resize keeping the existing elements.
fn declare(ctx: &mut Ctx, args: &[Expr], elem: VarType) -> R {
    let Some(target) = args.first() else {
        return err(codes::GENERIC, "ARRAY needs a variable");
    };
    let size = int_arg(ctx, args, 1, 0)?.max(0) as usize;
    reserve_items(size)?;
    let current = ctx.eval(target).ok();
    if let Some(Value::Array(a)) = current {
        let mut a = a.lock();
        if a.elem == elem {
            let default = elem.default_value();
            a.items.resize(size + 1, default);
            a.int16 = false;
            return Ok(Value::Undefined);
        }
    }
    let array = Value::Array(Arc::new(Mutex::new(ArrayData::new(elem, size))));
    assign_expr(ctx, target, array)?;
    Ok(Value::Undefined)
}

/// `ARRAY INTEGER`: a longint array marked as declared with 16-bit integers.
fn array_integer(ctx: &mut Ctx, args: &[Expr]) -> R {
    declare(ctx, args, VarType::Integer)?;
    array_arg(ctx, &args[0])?.lock().int16 = true;
    Ok(Value::Undefined)
}

/// Store `v` in the variable an expression names.
pub(crate) fn assign_expr(ctx: &mut Ctx, target: &Expr, v: Value) -> R<()> {
    match target {
        Expr::Local(slot) => {
            let i = ctx.base + *slot as usize;
            ctx.stack[i] = v;
            Ok(())
        }
        Expr::Process(slot) => {
            ctx.set_process_var(*slot, v);
            Ok(())
        }
        Expr::Interprocess(slot) => {
            let mut g = ctx.rt.interprocess.lock();
            let i = *slot as usize;
            if i >= g.len() {
                g.resize(i + 1, Value::Undefined);
            }
            g[i] = v;
            Ok(())
        }
        Expr::Deref(p) => match ctx.eval(p)? {
            Value::Pointer(p) => ctx.deref_write(&p, v),
            _ => err(codes::NIL_POINTER, "Dereferencing a Nil pointer"),
        },
        _ => err(codes::GENERIC, "ARRAY needs a variable"),
    }
}

macro_rules! array_decl {
    ($fname:ident, $ty:expr) => {
        fn $fname(ctx: &mut Ctx, args: &[Expr]) -> R {
            declare(ctx, args, $ty)
        }
    };
}

array_decl!(array_text, VarType::Text);
array_decl!(array_longint, VarType::Integer);
array_decl!(array_real, VarType::Real);
array_decl!(array_boolean, VarType::Boolean);
array_decl!(array_date, VarType::Date);
array_decl!(array_time, VarType::Time);
array_decl!(array_object, VarType::Object);
array_decl!(array_pointer, VarType::Pointer);
array_decl!(array_picture, VarType::Picture);
array_decl!(array_blob, VarType::Blob);

/// `ARRAY STRING(strLen; array; size {; size2})`: a text array; 4D ignores `strLen` in
/// Unicode mode.
fn array_string(ctx: &mut Ctx, args: &[Expr]) -> R {
    declare(ctx, &args[1..], VarType::Text)
}

/// `OB SET ARRAY(object; property; array)`: the property gets a collection of the
/// array's elements (element 0 excluded).
fn ob_set_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let o = super::object::object_place(ctx, &args[0])?;
    let k = super::object::text_key(ctx, &args[1], 1)?;
    let a = array_arg(ctx, &args[2])?;
    let items: Vec<Value> = a.lock().items.iter().skip(1).cloned().collect();
    let c = Coll::from_vec(items.into_iter().map(Value::for_storage).collect());
    let v = crate::interp::shared::prepare_for_obj(ctx, &o, Value::Collection(c))?;
    crate::interp::shared::with_obj_write(ctx, &o, |d| {
        d.props.insert(k, v);
    })?;
    Ok(Value::Undefined)
}

/// `OB GET ARRAY(object; property; array)`: the array gets the elements of the
/// collection stored in the property (none when it holds no collection).
fn ob_get_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let items = match ctx.eval(&args[0])? {
        Value::Object(o) => {
            let k = super::object::text_key(ctx, &args[1], 1)?;
            match o.get(k) {
                Value::Collection(c) => c.to_vec(),
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    };
    fill_array(ctx, &args[2], items)
}

fn size_of_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let a = array_arg(ctx, &args[0])?;
    Ok(Value::Int(a.lock().size() as i32))
}

fn convert(a: &ArrayData, v: Value) -> R {
    crate::interp::place::convert_for_type(&a.elem, v)
}

fn append_to_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let a = array_arg(ctx, &args[0])?;
    let v = ctx.eval(&args[1])?;
    let mut a = a.lock();
    let v = convert(&a, v)?;
    a.items.push(v);
    Ok(Value::Undefined)
}

fn insert_in_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let a = array_arg(ctx, &args[0])?;
    let pos = int_arg(ctx, args, 1, 1)?;
    let how_many = int_arg(ctx, args, 2, 1)?.max(0) as usize;
    let mut a = a.lock();
    let len = a.items.len();
    let at = (pos.max(1) as usize).min(len);
    let default = a.elem.default_value();
    reserve_items(how_many)?;
    a.items
        .splice(at..at, std::iter::repeat_n(default, how_many));
    Ok(Value::Undefined)
}

/// Check the memory limit before growing an array or collection by `count` values.
pub(crate) fn reserve_items(count: usize) -> R<()> {
    crate::limits::reserve_items(count, std::mem::size_of::<Value>())
        .map_err(|m| crate::interp::error::RtError::new(crate::limits::ERR_MEMORY, m))
}

fn delete_from_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let a = array_arg(ctx, &args[0])?;
    let pos = int_arg(ctx, args, 1, 1)?;
    let how_many = int_arg(ctx, args, 2, 1)?.max(0) as usize;
    let mut a = a.lock();
    let len = a.items.len();
    if pos < 1 || pos as usize >= len {
        return Ok(Value::Undefined);
    }
    let end = (pos as usize + how_many).min(len);
    a.items.drain(pos as usize..end);
    Ok(Value::Undefined)
}

fn find_in_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let a = array_arg(ctx, &args[0])?;
    let v = ctx.eval(&args[1])?;
    let start = int_arg(ctx, args, 2, 1)?.max(1) as usize;
    let a = a.lock();
    for (i, item) in a.items.iter().enumerate().skip(start) {
        if crate::ops::equal(item, &v) {
            return Ok(Value::Int(i as i32));
        }
    }
    Ok(Value::Int(-1))
}

fn sort_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let a = array_arg(ctx, &args[0])?;
    let descending = match args.get(1) {
        Some(e) => matches!(ctx.eval(e)?, Value::Text(t) if t.as_str() == ">") ^ true,
        None => false,
    };
    let mut a = a.lock();
    let mut items: Vec<Value> = a.items.drain(1..).collect();
    items.sort_by(|x, y| {
        let o = crate::ops::compare_values(x, y);
        if descending { o.reverse() } else { o }
    });
    a.items.extend(items);
    Ok(Value::Undefined)
}

fn copy_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let src = array_arg(ctx, &args[0])?;
    let copy = {
        let s = src.lock();
        ArrayData {
            elem: s.elem.clone(),
            items: s.items.clone(),
            selected: s.selected,
            int16: s.int16,
        }
    };
    assign_expr(ctx, &args[1], Value::Array(Arc::new(Mutex::new(copy))))?;
    Ok(Value::Undefined)
}

fn array_to_collection(ctx: &mut Ctx, args: &[Expr]) -> R {
    let c = match ctx.eval(&args[0])? {
        Value::Collection(c) => c,
        other => {
            return err(
                codes::INCOMPATIBLE_TYPES,
                format!("Expected a collection, got {}", other.type_name()),
            );
        }
    };
    let a = array_arg(ctx, &args[1])?;
    let items: Vec<Value> = a.lock().items.iter().skip(1).cloned().collect();
    let mut prepared = Vec::with_capacity(items.len());
    for v in items {
        prepared.push(crate::interp::shared::prepare_for_coll(ctx, &c, v)?);
    }
    crate::interp::shared::with_coll_write(ctx, &c, |dst| *dst = prepared)?;
    Ok(Value::Undefined)
}

fn collection_to_array(ctx: &mut Ctx, args: &[Expr]) -> R {
    let c: Coll = match ctx.eval(&args[0])? {
        Value::Collection(c) => c,
        other => {
            return err(
                codes::INCOMPATIBLE_TYPES,
                format!("Expected a collection, got {}", other.type_name()),
            );
        }
    };
    fill_array(ctx, &args[1], c.to_vec())
}

/// Replace the array `target` with `items`, converted to its element type.
fn fill_array(ctx: &mut Ctx, target: &Expr, items: Vec<Value>) -> R {
    let elem = match ctx.eval(target) {
        Ok(Value::Array(a)) => a.lock().elem.clone(),
        _ => VarType::Variant,
    };
    let mut data = ArrayData::new(elem.clone(), 0);
    for v in items {
        data.items.push(if elem == VarType::Variant {
            v
        } else {
            crate::interp::place::convert_for_type(&elem, v)?
        });
    }
    assign_expr(ctx, target, Value::Array(Arc::new(Mutex::new(data))))?;
    Ok(Value::Undefined)
}

macro_rules! raw {
    ($name:expr, $params:expr, $min:expr, $max:expr, $f:expr) => {
        Command {
            name: $name,
            number: 0,
            params: $params,
            result: "",
            min_args: $min,
            max_args: $max,
            imp: Imp::Raw($f),
        }
    };
}

pub const COMMANDS: &[Command] = &[
    raw!(
        "ARRAY STRING",
        "strLen : Integer; array : Array; size : Integer {; size2 : Integer}",
        3,
        4,
        array_string
    ),
    raw!(
        "OB SET ARRAY",
        "object : Object; property : Text; array : Array",
        3,
        3,
        ob_set_array
    ),
    raw!(
        "OB GET ARRAY",
        "object : Object; property : Text; array : Array",
        3,
        3,
        ob_get_array
    ),
    raw!(
        "ARRAY TEXT",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_text
    ),
    raw!(
        "ARRAY LONGINT",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_longint
    ),
    raw!(
        "ARRAY INTEGER",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_integer
    ),
    raw!(
        "ARRAY REAL",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_real
    ),
    raw!(
        "ARRAY BOOLEAN",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_boolean
    ),
    raw!(
        "ARRAY DATE",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_date
    ),
    raw!(
        "ARRAY TIME",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_time
    ),
    raw!(
        "ARRAY OBJECT",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_object
    ),
    raw!(
        "ARRAY POINTER",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_pointer
    ),
    raw!(
        "ARRAY PICTURE",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_picture
    ),
    raw!(
        "ARRAY BLOB",
        "array : Array; size : Integer {; size2 : Integer}",
        2,
        3,
        array_blob
    ),
    raw!("Size of array", "array : Array", 1, 1, size_of_array),
    raw!(
        "APPEND TO ARRAY",
        "array : Array; value : any",
        2,
        2,
        append_to_array
    ),
    raw!(
        "INSERT IN ARRAY",
        "array : Array; where : Integer {; howMany : Integer}",
        2,
        3,
        insert_in_array
    ),
    raw!(
        "DELETE FROM ARRAY",
        "array : Array; where : Integer {; howMany : Integer}",
        2,
        3,
        delete_from_array
    ),
    raw!(
        "Find in array",
        "array : Array; value : any {; start : Integer}",
        2,
        3,
        find_in_array
    ),
    raw!("SORT ARRAY", "array : Array {; > or <}", 1, 2, sort_array),
    raw!(
        "COPY ARRAY",
        "source : Array; destination : Array",
        2,
        2,
        copy_array
    ),
    raw!(
        "ARRAY TO COLLECTION",
        "collection : Collection; array : Array",
        2,
        2,
        array_to_collection
    ),
    raw!(
        "COLLECTION TO ARRAY",
        "collection : Collection; array : Array",
        2,
        2,
        collection_to_array
    ),
];
