//! Formulas (`4D.Function`): `Formula(expr)`, class functions taken as values, and their
//! member functions `.call()`, `.apply()` and property `.source`.

use super::Ctx;
use super::class::Class;
use super::error::{R, codes, err};
use crate::builtins::{Args, Member, Receiver};
use crate::code::{Code, FormulaTemplate, Slot};
use crate::keys::Key;
use crate::value::Value;
use std::sync::Arc;

pub enum FormulaBody {
    /// `Formula(expr)`.
    Code(Arc<FormulaTemplate>),
    /// A class function read as a value (`$o.greet` without parentheses).
    Function { code: Arc<Code>, class: Arc<Class> },
    /// A member function of a built-in object read as a value.
    Native(&'static str),
}

pub struct Formula {
    pub body: FormulaBody,
    /// Locals captured by value when the formula was created: (slot in the formula, value).
    pub captured: Vec<(Slot, Value)>,
    /// `.source`
    pub source: String,
}

impl Formula {
    pub fn from_function(code: Arc<Code>, class: Arc<Class>, name: Key) -> Formula {
        Formula {
            body: FormulaBody::Function { code, class },
            captured: Vec::new(),
            source: name.as_str().to_string(),
        }
    }
}

/// Properties of a formula value.
pub fn property(f: &Formula, key: Key) -> Value {
    match key.as_str() {
        "source" => Value::text(f.source.clone()),
        _ => Value::Undefined,
    }
}

fn call(ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let this = args.take(0);
    let rest: Vec<Value> = args.values.iter_mut().skip(1).map(std::mem::take).collect();
    ctx.call_value(
        recv,
        if this.is_undefined() {
            Value::Null
        } else {
            this
        },
        rest,
    )
}

fn apply(ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let this = args.take(0);
    let params = match args.take(1) {
        Value::Collection(c) => c.to_vec(),
        Value::Undefined | Value::Null => Vec::new(),
        other => {
            return err(
                codes::INCOMPATIBLE_TYPES,
                format!(
                    ".apply() needs a collection of parameters, not {}",
                    other.type_name()
                ),
            );
        }
    };
    ctx.call_value(
        recv,
        if this.is_undefined() {
            Value::Null
        } else {
            this
        },
        params,
    )
}

pub const MEMBERS: &[Member] = &[
    Member {
        receiver: Receiver::Formula,
        name: "call",
        params: "{thisObj : Object {; ...params : any}}",
        result: "any",
        imp: call,
    },
    Member {
        receiver: Receiver::Formula,
        name: "apply",
        params: "{thisObj : Object {; params : Collection}}",
        result: "any",
        imp: apply,
    },
];
