//! Argument access for built-in commands: typed getters with 4D's conversions and errors,
//! so each command reads like its documentation (`let text = args.text(0)?`).

use crate::interp::error::{R, RtError};
use crate::value::{Coll, Date, Obj, Text, Value};

/// 4D error raised when an argument has the wrong type (see `codes::TYPE_MISMATCH`).
pub const TYPE_MISMATCH: i64 = crate::interp::error::codes::TYPE_MISMATCH;

/// The evaluated arguments of one call.
pub struct Args<'a> {
    pub values: &'a mut [Value],
    /// The call ended with a bare `*` (many commands' "exact"/"unique" flag); it is not
    /// among `values`.
    pub star: bool,
}

impl<'a> Args<'a> {
    pub fn new(values: &'a mut [Value], star: bool) -> Args<'a> {
        Args { values, star }
    }
    pub fn len(&self) -> usize {
        self.values.len()
    }
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
    /// True when argument `i` was passed.
    pub fn has(&self, i: usize) -> bool {
        i < self.values.len()
    }
    /// The value of argument `i`, or Undefined when missing.
    pub fn get(&self, i: usize) -> &Value {
        self.values.get(i).unwrap_or(&Value::Undefined)
    }
    /// Take argument `i` out (leaves Undefined behind).
    pub fn take(&mut self, i: usize) -> Value {
        self.values
            .get_mut(i)
            .map(std::mem::take)
            .unwrap_or(Value::Undefined)
    }
    pub fn text(&self, i: usize) -> R<Text> {
        match self.get(i) {
            Value::Text(t) => Ok(t.clone()),
            Value::Undefined | Value::Null => Ok(Text::default()),
            other => Err(mismatch(i, "Text", other)),
        }
    }
    pub fn text_or(&self, i: usize, default: &str) -> R<Text> {
        if self.has(i) {
            self.text(i)
        } else {
            Ok(Text::from(default))
        }
    }
    pub fn real(&self, i: usize) -> R<f64> {
        match self.get(i) {
            Value::Int(n) => Ok(*n as f64),
            Value::Real(r) => Ok(*r),
            Value::Bool(b) => Ok(*b as i32 as f64),
            Value::Time(t) => Ok(*t as f64),
            Value::Undefined | Value::Null => Ok(0.0),
            other => Err(mismatch(i, "Number", other)),
        }
    }
    pub fn real_or(&self, i: usize, default: f64) -> R<f64> {
        if self.has(i) {
            self.real(i)
        } else {
            Ok(default)
        }
    }
    /// An integer argument (reals are truncated toward zero, as 4D converts to Longint).
    pub fn int(&self, i: usize) -> R<i64> {
        self.real(i).map(|r| r.trunc() as i64)
    }
    pub fn int_or(&self, i: usize, default: i64) -> R<i64> {
        if self.has(i) {
            self.int(i)
        } else {
            Ok(default)
        }
    }
    pub fn bool(&self, i: usize) -> R<bool> {
        match self.get(i) {
            Value::Bool(b) => Ok(*b),
            Value::Undefined | Value::Null => Ok(false),
            other => Err(mismatch(i, "Boolean", other)),
        }
    }
    pub fn date(&self, i: usize) -> R<Date> {
        match self.get(i) {
            Value::Date(d) => Ok(*d),
            Value::Undefined | Value::Null => Ok(Date::NULL),
            other => Err(mismatch(i, "Date", other)),
        }
    }
    pub fn time(&self, i: usize) -> R<i64> {
        match self.get(i) {
            Value::Time(t) => Ok(*t),
            Value::Int(n) => Ok(*n as i64),
            Value::Real(r) => Ok(r.trunc() as i64),
            Value::Undefined | Value::Null => Ok(0),
            other => Err(mismatch(i, "Time", other)),
        }
    }
    pub fn object(&self, i: usize) -> R<Obj> {
        match self.get(i) {
            Value::Object(o) => Ok(o.clone()),
            other => Err(mismatch(i, "Object", other)),
        }
    }
    /// An object, or `None` for Null/Undefined.
    pub fn object_opt(&self, i: usize) -> R<Option<Obj>> {
        match self.get(i) {
            Value::Object(o) => Ok(Some(o.clone())),
            Value::Undefined | Value::Null => Ok(None),
            other => Err(mismatch(i, "Object", other)),
        }
    }
    pub fn collection(&self, i: usize) -> R<Coll> {
        match self.get(i) {
            Value::Collection(c) => Ok(c.clone()),
            other => Err(mismatch(i, "Collection", other)),
        }
    }
}

fn mismatch(i: usize, expected: &str, got: &Value) -> Box<RtError> {
    RtError::new(
        TYPE_MISMATCH,
        format!(
            "Parameter {} should be of type {expected} but is {}",
            i + 1,
            got.type_name()
        ),
    )
}
