//! Language-level commands: parameters, types, assertions, error handling (`ON ERR CALL`,
//! `throw`, `Last errors`), formulas from text, class checks.

use crate::builtins::{Args, Command, Imp};
use crate::code::Expr;
use crate::interp::Ctx;
use crate::interp::error::{R, RtError, codes, err};
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};

fn count_parameters(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Int(ctx.frame().map(|f| f.nargs as i32).unwrap_or(0)))
}

/// `Undefined(expr)`: evaluated lazily so a missing variable or property is not an error.
fn undefined(ctx: &mut Ctx, args: &[Expr]) -> R {
    let Some(e) = args.first() else {
        return err(codes::GENERIC, "Undefined needs an argument");
    };
    Ok(Value::Bool(ctx.eval(e)?.is_undefined()))
}

fn value_type(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Int(args.get(0).type_code()))
}

/// `Type(variable)`: the declared type of a variable (arrays included).
fn type_of(ctx: &mut Ctx, args: &[Expr]) -> R {
    let Some(e) = args.first() else {
        return err(codes::GENERIC, "Type needs an argument");
    };
    if let Expr::Local(slot) = e
        && let Some(Some(ty)) = ctx
            .frame()
            .and_then(|f| f.code.slot_types.get(*slot as usize).cloned())
        && !matches!(ty, crate::code::VarType::Array(_))
    {
        return Ok(Value::Int(type_code_of(&ty)));
    }
    let v = ctx.eval(e)?;
    Ok(Value::Int(match &v {
        Value::Array(a) => match &*a.lock() {
            a if a.int16 => 15,
            a => array_type_code(&a.elem),
        },
        Value::Undefined => 5,
        other => other.type_code(),
    }))
}

fn type_code_of(ty: &crate::code::VarType) -> i32 {
    use crate::code::VarType::*;
    match ty {
        Text => 2,
        Integer => 9,
        Real => 1,
        Boolean => 6,
        Date => 4,
        Time => 11,
        Object | Class(_) => 38,
        Collection => 42,
        Variant => 12,
        Pointer => 23,
        Picture => 3,
        Blob => 30,
        Array(e) => array_type_code(e),
    }
}

fn array_type_code(elem: &crate::code::VarType) -> i32 {
    use crate::code::VarType::*;
    match elem {
        Real => 14,
        Integer => 16,
        Date => 17,
        Text => 18,
        Picture => 19,
        Pointer => 20,
        Boolean => 22,
        Object => 39,
        Blob => 31,
        Time => 32,
        _ => 13,
    }
}

/// Whether assertions are on in this process (`SET ASSERT ENABLED`).
fn asserts_on(ctx: &Ctx) -> bool {
    ctx.assert_enabled.unwrap_or_else(|| {
        ctx.rt
            .assert_enabled
            .load(std::sync::atomic::Ordering::Relaxed)
    })
}

/// `ASSERT(condition {; message})`: when assertions are off nothing is evaluated.
fn assert(ctx: &mut Ctx, args: &[Expr]) -> R {
    let Some(cond) = args.first() else {
        return err(codes::GENERIC, "ASSERT needs a condition");
    };
    if !asserts_on(ctx) || ctx.eval_cond(cond)? {
        return Ok(Value::Undefined);
    }
    assert_failed(ctx, args)?;
    Ok(Value::Undefined)
}

/// `Asserted(condition {; message})`: the condition's value, raising the ASSERT error
/// when it is False and assertions are on.
fn asserted(ctx: &mut Ctx, args: &[Expr]) -> R {
    let Some(cond) = args.first() else {
        return err(codes::GENERIC, "Asserted needs a condition");
    };
    let ok = ctx.eval_cond(cond)?;
    if !ok && asserts_on(ctx) {
        assert_failed(ctx, args)?;
    }
    Ok(Value::Bool(ok))
}

/// `SET ASSERT ENABLED(on {; *})`: without `*` for every process, with it for this one.
fn set_assert_enabled(ctx: &mut Ctx, args: &mut Args) -> R {
    let on = args.bool(0)?;
    if args.star {
        ctx.assert_enabled = Some(on);
    } else {
        ctx.rt
            .assert_enabled
            .store(on, std::sync::atomic::Ordering::Relaxed);
        ctx.assert_enabled = None;
    }
    Ok(Value::Undefined)
}

fn get_assert_enabled(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Bool(asserts_on(ctx)))
}

fn assert_failed(ctx: &mut Ctx, args: &[Expr]) -> R<()> {
    let message = match args.get(1) {
        Some(m) => match ctx.eval(m)? {
            Value::Text(t) => t.to_string(),
            _ => String::new(),
        },
        None => String::new(),
    };
    let text = if message.is_empty() {
        "Assert failed".to_string()
    } else {
        format!("Assert failed: {message}")
    };
    err(codes::ASSERT_FAILED, text)
}

/// The empty value of a variable's type, judged from its value: arrays lose their
/// elements (keeping their type), objects, collections and pointers become Null,
/// untyped (Undefined) stays Undefined.
fn empty_like(v: &Value) -> Value {
    match v {
        Value::Undefined => Value::Undefined,
        Value::Null | Value::Object(_) | Value::Collection(_) | Value::Pointer(_) => Value::Null,
        Value::Formula(_) => Value::Null,
        Value::Bool(_) => Value::Bool(false),
        Value::Int(_) => Value::Int(0),
        Value::Real(_) => Value::Real(0.0),
        Value::Text(_) => Value::text(""),
        Value::Date(_) => Value::Date(crate::value::Date::NULL),
        Value::Time(_) => Value::Time(0),
        Value::Blob(_) => Value::Blob(std::sync::Arc::new(Vec::new())),
        Value::Array(a) => {
            let elem = a.lock().elem.clone();
            Value::Array(std::sync::Arc::new(parking_lot::Mutex::new(
                crate::value::ArrayData::new(elem, 0),
            )))
        }
    }
}

/// `CLEAR VARIABLE(variable)`: the variable gets its type's empty value (a declared
/// local its declared type's; an array becomes empty; an untyped variable Undefined).
fn clear_variable(ctx: &mut Ctx, args: &[Expr]) -> R {
    let Some(target) = args.first() else {
        return err(codes::GENERIC, "CLEAR VARIABLE needs a variable");
    };
    let declared = match target {
        Expr::Local(slot) => ctx
            .frame()
            .and_then(|f| f.code.slot_types.get(*slot as usize).cloned())
            .flatten(),
        _ => None,
    };
    let current = ctx.eval(target).unwrap_or(Value::Undefined);
    let empty = match (&current, declared) {
        (Value::Array(_), _) | (_, None) => empty_like(&current),
        (_, Some(crate::code::VarType::Array(elem))) => Value::Array(std::sync::Arc::new(
            parking_lot::Mutex::new(crate::value::ArrayData::new((*elem).clone(), 0)),
        )),
        (_, Some(ty)) => ty.default_value(),
    };
    crate::builtins::array::assign_expr(ctx, target, empty)?;
    Ok(Value::Undefined)
}

fn nothing(_ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Undefined)
}

fn not(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Bool(!args.bool(0)?))
}

fn choose(_ctx: &mut Ctx, args: &mut Args) -> R {
    // A Boolean criterion picks the first value when True, the second when False.
    let i = match args.get(0) {
        Value::Bool(b) => !*b as i64,
        v => v.as_number().unwrap_or(0.0) as i64,
    };
    if i < 0 || i as usize + 1 >= args.len() {
        return Ok(Value::Undefined);
    }
    Ok(args.take(i as usize + 1))
}

fn on_err_call(ctx: &mut Ctx, args: &mut Args) -> R {
    ctx.errors.handler = args.text(0)?.to_string();
    Ok(Value::Undefined)
}

fn method_called_on_error(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::text(ctx.errors.handler.clone()))
}

/// `Last errors`: a collection of `{errCode, message, componentSignature}`, or Null.
fn last_errors(ctx: &mut Ctx, _args: &mut Args) -> R {
    if ctx.errors.last.is_empty() {
        return Ok(Value::Null);
    }
    let items = ctx
        .errors
        .last
        .iter()
        .map(|e| Value::Object(error_object(e)))
        .collect();
    Ok(Value::Collection(Coll::from_vec(items)))
}

pub fn error_object(e: &RtError) -> Obj {
    let o = match &e.extra {
        Some(extra) => crate::builtins::object::shallow_copy(extra),
        None => Obj::new(),
    };
    o.set_raw(Key::intern("errCode"), Value::Real(e.code as f64));
    o.set_raw(Key::intern("message"), Value::text(e.message.clone()));
    o.set_raw(
        Key::intern("componentSignature"),
        Value::text(e.signature.clone()),
    );
    o
}

/// `throw(code {; description})` or `throw(errorObj)`.
fn throw(ctx: &mut Ctx, args: &mut Args) -> R {
    if args.is_empty() {
        return match ctx.errors.last.last() {
            Some(e) => Err(e.clone()),
            None => Ok(Value::Undefined),
        };
    }
    match args.get(0).clone() {
        Value::Object(o) => {
            let code = o.get(Key::intern("errCode")).as_number().unwrap_or(-1.0) as i64;
            let sig = match o.get(Key::intern("componentSignature")) {
                Value::Text(t) if !t.is_empty() => t.to_string(),
                _ => "host".to_string(),
            };
            let template = match o.get(Key::intern("message")) {
                Value::Text(t) => t.to_string(),
                _ => String::new(),
            };
            let message = if template.is_empty() {
                format!("Error code {code}: ({sig})")
            } else {
                fill_placeholders(&template, &o)
            };
            let mut e = RtError::new(code, message);
            e.signature = sig;
            e.deferred = matches!(o.get(Key::intern("deferred")), Value::Bool(true));
            e.extra = Some(o);
            if e.deferred {
                // Raised when the current method ends (spec §13.4); execution goes on.
                let depth = ctx.frames.len();
                if let Some(f) = ctx.frames.last() {
                    e.location = Some(crate::interp::error::Location {
                        method: f.code.name.clone(),
                        source: f.code.source,
                        span: ctx.span,
                    });
                    e.depth = depth;
                }
                ctx.errors.deferred.push((depth, e));
                return Ok(Value::Undefined);
            }
            Err(e)
        }
        _ => {
            let code = args.int(0)?;
            let message = if args.has(1) {
                args.text(1)?.to_string()
            } else {
                format!("Error code {code}: (host)")
            };
            let mut e = RtError::new(code, message);
            e.signature = "host".into();
            Err(e)
        }
    }
}

/// `{prop}` placeholders in a `throw` message, filled from the error object.
fn fill_placeholders(template: &str, o: &Obj) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        match rest[start..].find('}') {
            Some(end) => {
                let name = &rest[start + 1..start + end];
                match o.get(Key::intern(name)) {
                    Value::Undefined => out.push_str(&rest[start..=start + end]),
                    v => out.push_str(&crate::builtins::text::to_text(&v)),
                }
                rest = &rest[start + end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// `Formula from string(text)`: compiled now; local variables are not allowed.
fn formula_from_string(ctx: &mut Ctx, args: &mut Args) -> R {
    let text = args.text(0)?;
    crate::program::formula_from_string(ctx, &text)
}

/// The class of a value that is an object: its user class, `4D.Class` for a class
/// object, `4D.Function` for a formula, else `4D.Object`.
fn class_of(v: &Value) -> Option<std::sync::Arc<crate::interp::class::Class>> {
    use crate::interp::class::builtin_class;
    match v {
        Value::Object(o) => Some(match o.class() {
            Some(c) => c,
            None => match o.native() {
                Some(crate::interp::native::Native::Class(_)) => {
                    builtin_class("Class").expect("4D.Class")
                }
                _ => builtin_class("Object").expect("4D.Object"),
            },
        }),
        Value::Formula(_) => builtin_class("Function"),
        _ => None,
    }
}

fn ob_class(_ctx: &mut Ctx, args: &mut Args) -> R {
    match args.get(0) {
        Value::Object(o) => match o.class() {
            Some(c) => Ok(Value::Object(crate::interp::class::class_object(&c))),
            None => Ok(Value::Object(crate::interp::class::class_object(
                &class_of(&Value::Object(o.clone())).expect("an object has a class"),
            ))),
        },
        Value::Formula(_) => Ok(Value::Object(crate::interp::class::class_object(
            &crate::interp::class::builtin_class("Function").expect("4D.Function"),
        ))),
        _ => Ok(Value::Null),
    }
}

fn ob_instance_of(_ctx: &mut Ctx, args: &mut Args) -> R {
    let target = match args.get(1) {
        Value::Object(class_obj) => match class_obj.native() {
            Some(crate::interp::native::Native::Class(target)) => Some(target),
            _ => None,
        },
        _ => None,
    };
    let Some(target) = target else {
        return err(
            codes::NOT_A_CLASS,
            "OB Instance of: the second parameter is not a class",
        );
    };
    // Every class ends in 4D.Object.
    let is_object = target.store == "4D" && target.name == "Object";
    Ok(Value::Bool(match class_of(args.get(0)) {
        Some(c) => c.inherits(&target) || is_object,
        None => false,
    }))
}

fn current_method_name(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::text(
        ctx.frame().map(|f| f.code.name.clone()).unwrap_or_default(),
    ))
}

macro_rules! cmd {
    ($name:expr, $params:expr, $result:expr, $min:expr, $max:expr, $imp:expr) => {
        Command {
            name: $name,
            number: 0,
            params: $params,
            result: $result,
            min_args: $min,
            max_args: $max,
            imp: $imp,
        }
    };
}

const ANY: u8 = u8::MAX;

pub const COMMANDS: &[Command] = &[
    cmd!(
        "Count parameters",
        "",
        "Integer",
        0,
        0,
        Imp::Values(count_parameters)
    ),
    cmd!(
        "Undefined",
        "expression : any",
        "Boolean",
        1,
        1,
        Imp::Raw(undefined)
    ),
    cmd!(
        "Value type",
        "expression : any",
        "Integer",
        1,
        1,
        Imp::Values(value_type)
    ),
    cmd!("Type", "variable : any", "Integer", 1, 1, Imp::Raw(type_of)),
    cmd!(
        "ASSERT",
        "condition : Boolean {; message : Text}",
        "",
        1,
        2,
        Imp::Raw(assert)
    ),
    cmd!(
        "Asserted",
        "condition : Boolean {; message : Text}",
        "Boolean",
        1,
        2,
        Imp::Raw(asserted)
    ),
    cmd!(
        "SET ASSERT ENABLED",
        "assertions : Boolean {; *}",
        "",
        1,
        1,
        Imp::Values(set_assert_enabled)
    ),
    cmd!(
        "Get assert enabled",
        "",
        "Boolean",
        0,
        0,
        Imp::Values(get_assert_enabled)
    ),
    cmd!("TRACE", "", "", 0, 0, Imp::Values(nothing)),
    cmd!(
        "CLEAR VARIABLE",
        "variable : any",
        "",
        1,
        1,
        Imp::Raw(clear_variable)
    ),
    cmd!("Not", "value : Boolean", "Boolean", 1, 1, Imp::Values(not)),
    cmd!(
        "Choose",
        "criterion : Boolean | Integer; value : any {; ...}",
        "any",
        2,
        ANY,
        Imp::Values(choose)
    ),
    cmd!(
        "ON ERR CALL",
        "method : Text {; scope : Integer}",
        "",
        1,
        2,
        Imp::Values(on_err_call)
    ),
    cmd!(
        "Method called on error",
        "{scope : Integer}",
        "Text",
        0,
        1,
        Imp::Values(method_called_on_error)
    ),
    cmd!(
        "Last errors",
        "",
        "Collection",
        0,
        0,
        Imp::Values(last_errors)
    ),
    cmd!(
        "throw",
        "{code : Integer {; description : Text}} | {errorObj : Object}",
        "",
        0,
        2,
        Imp::Values(throw)
    ),
    cmd!(
        "True",
        "",
        "Boolean",
        0,
        0,
        Imp::Values(|_, _| Ok(Value::Bool(true)))
    ),
    cmd!(
        "False",
        "",
        "Boolean",
        0,
        0,
        Imp::Values(|_, _| Ok(Value::Bool(false)))
    ),
    cmd!(
        "Null",
        "",
        "Null",
        0,
        0,
        Imp::Values(|_, _| Ok(Value::Null))
    ),
    cmd!(
        "Formula",
        "formulaExp : Expression",
        "4D.Function",
        1,
        1,
        Imp::Values(|_, _| Ok(Value::Undefined))
    ),
    cmd!(
        "Formula from string",
        "formulaString : Text {; context : Integer}",
        "4D.Function",
        1,
        2,
        Imp::Values(formula_from_string)
    ),
    cmd!(
        "OB Class",
        "object : Object",
        "Object",
        1,
        1,
        Imp::Values(ob_class)
    ),
    cmd!(
        "OB Instance of",
        "object : Object; class : Object",
        "Boolean",
        2,
        2,
        Imp::Values(ob_instance_of)
    ),
    cmd!(
        "Current method name",
        "",
        "Text",
        0,
        0,
        Imp::Values(current_method_name)
    ),
];
