//! Assignment targets (`Place`): reading and writing variables, properties, collection
//! and array elements, characters and pointers, with 4D's typing rules for declared
//! variables and its rules for writing undefined values.

use super::Ctx;
use super::error::{R, codes, err};
use crate::ast::{AssignOp, BinOp};
use crate::code::{Expr, Place, Slot, VarType};
use crate::keys::Key;
use crate::value::{Coll, Obj, Pointer, Value};
use std::sync::Arc;

/// Convert `v` for a variable declared with type `ty` (4D raises an error on a type it
/// cannot convert; Undefined resets the variable to its type's default).
pub fn convert_for_type(ty: &VarType, v: Value) -> R {
    use Value as V;
    Ok(match (ty, v) {
        (VarType::Variant, v) => v,
        (t, V::Undefined) => t.default_value(),
        (VarType::Integer, V::Int(i)) => V::Int(i),
        (VarType::Integer, V::Real(r)) => V::Int(real_to_longint(r)),
        (VarType::Integer, V::Bool(b)) => V::Int(b as i32),
        (VarType::Real, V::Real(r)) => V::Real(r),
        (VarType::Real, V::Int(i)) => V::Real(i as f64),
        (VarType::Text, V::Text(t)) => V::Text(t),
        (VarType::Boolean, V::Bool(b)) => V::Bool(b),
        (VarType::Date, V::Date(d)) => V::Date(d),
        (VarType::Time, V::Time(t)) => V::Time(t),
        (VarType::Time, V::Int(i)) => V::Time(i as i64),
        (VarType::Time, V::Real(r)) => V::Time(r.trunc() as i64),
        (VarType::Object | VarType::Class(_), v @ (V::Object(_) | V::Null | V::Formula(_))) => v,
        (VarType::Collection, v @ (V::Collection(_) | V::Null)) => v,
        (VarType::Pointer, v @ (V::Pointer(_) | V::Null)) => v,
        (VarType::Picture | VarType::Blob, v @ V::Blob(_)) => v,
        (VarType::Array(_), v @ V::Array(_)) => v,
        (t, v) => {
            return err(
                codes::TYPE_MISMATCH,
                format!(
                    "Cannot assign a value of type {} to a variable of type {}",
                    v.type_name(),
                    t.name()
                ),
            );
        }
    })
}

/// Convert for a declared type, skipping the work in the common cases.
#[inline(always)]
pub fn convert_if_needed(ty: &VarType, v: Value) -> R {
    if already_of_type(ty, &v) {
        return Ok(v);
    }
    convert_slow(ty, v)
}

#[inline(never)]
pub(crate) fn convert_slow(ty: &VarType, v: Value) -> R {
    match (ty, v) {
        (VarType::Integer, Value::Real(r)) => Ok(Value::Int(real_to_longint(r))),
        (ty, v) => convert_for_type(ty, v),
    }
}

/// The common case of an assignment that needs no conversion.
#[inline]
pub(crate) fn already_of_type(ty: &VarType, v: &Value) -> bool {
    matches!(
        (ty, v),
        (VarType::Integer, Value::Int(_))
            | (VarType::Real, Value::Real(_))
            | (VarType::Text, Value::Text(_))
            | (VarType::Boolean, Value::Bool(_))
            | (VarType::Variant, _)
    )
}

/// 4D converts a Real to a Longint by truncating toward zero (interpreted mode).
#[inline]
fn real_to_longint(r: f64) -> i32 {
    // `as` truncates toward zero and saturates (NaN gives 0).
    r as i32
}

fn compound_op(op: AssignOp) -> BinOp {
    match op {
        AssignOp::Add => BinOp::Add,
        AssignOp::Sub => BinOp::Sub,
        AssignOp::Mul => BinOp::Mul,
        AssignOp::Div => BinOp::Div,
        AssignOp::Set => BinOp::Eq,
    }
}

/// A place with its sub-expressions evaluated (so `obj.x += 1` evaluates `obj` once).
enum Target {
    Local(usize, Option<VarType>),
    Process(Slot),
    Interprocess(Slot),
    Prop(Obj, Key),
    Elem(Coll, i64),
    ArrayElem(Arc<parking_lot::Mutex<crate::value::ArrayData>>, i64),
    Pointer(Arc<Pointer>),
}

impl Ctx {
    /// Write a local, converting for its declared type.
    #[inline]
    pub fn set_local(&mut self, slot: Slot, v: Value) -> R<()> {
        let code = &self.frames.last().expect("a frame").code;
        let v = match code.slot_types.get(slot as usize) {
            Some(Some(ty)) => convert_if_needed(ty, v)?,
            _ => v,
        };
        self.stack[self.base + slot as usize].store(v);
        Ok(())
    }

    pub fn assign(&mut self, place: &Place, op: AssignOp, v: Value) -> R<()> {
        if op == AssignOp::Set {
            return self.assign_value(place, v);
        }
        let target = self.target(place)?;
        let cur = self.read_target(&target)?;
        let new = crate::ops::binary(compound_op(op), &cur, &v)?;
        self.write_target(&target, new)
    }

    pub fn assign_value(&mut self, place: &Place, v: Value) -> R<()> {
        match place {
            Place::Local(slot) => self.set_local(*slot, v),
            Place::Member { object, key }
                if matches!(object.as_ref(), Expr::Local(_)) && !v.is_undefined() =>
            {
                let Expr::Local(slot) = object.as_ref() else {
                    unreachable!()
                };
                // Fast path: a plain (unshared, class-less) object held in a local.
                if let Value::Object(o) = &self.stack[self.base + *slot as usize]
                    && o.0.sharing.is_none()
                {
                    let mut data = o.lock();
                    if data.class.is_none() && data.native.is_none() {
                        data.props.insert(*key, v.for_storage());
                        return Ok(());
                    }
                }
                let target = self.target(place)?;
                self.write_target(&target, v)
            }
            Place::CharAt { text, index } => {
                let i = self.eval(index)?.as_number().unwrap_or(0.0) as i64;
                let cur = self.read_place(text)?;
                let Value::Text(t) = cur else {
                    return err(
                        codes::INCOMPATIBLE_TYPES,
                        "The [[ ]] character reference needs a text",
                    );
                };
                let Value::Text(c) = v else {
                    return err(codes::TYPE_MISMATCH, "A character must be assigned a text");
                };
                let mut chars: Vec<char> = t.chars().collect();
                if i >= 1 && (i as usize) <= chars.len() {
                    let replacement: Vec<char> = c.chars().collect();
                    chars.splice(i as usize - 1..i as usize, replacement.into_iter().take(1));
                }
                self.assign_value(text, Value::text(chars.into_iter().collect::<String>()))
            }
            _ => {
                let target = self.target(place)?;
                self.write_target(&target, v)
            }
        }
    }

    pub fn read_place(&mut self, place: &Place) -> R {
        match place {
            Place::Local(slot) => Ok(self.stack[self.base + *slot as usize].clone()),
            Place::CharAt { .. } => err(
                codes::GENERIC,
                "Cannot read a character reference as a place",
            ),
            _ => {
                let t = self.target(place)?;
                self.read_target(&t)
            }
        }
    }

    fn target(&mut self, place: &Place) -> R<Target> {
        Ok(match place {
            Place::Local(slot) => {
                let ty = self
                    .frames
                    .last()
                    .and_then(|f| f.code.slot_types.get(*slot as usize).cloned().flatten());
                Target::Local(self.base + *slot as usize, ty)
            }
            Place::Process(s) => Target::Process(*s),
            Place::Interprocess(s) => Target::Interprocess(*s),
            Place::Param(n) => {
                let n = self.eval(n)?.as_number().unwrap_or(0.0) as i64;
                let Some(f) = self.frames.last() else {
                    return err(codes::GENERIC, "No parameters here");
                };
                let nparams = f.code.nparams as i64;
                if n >= 1 && n <= nparams {
                    Target::Local(
                        f.base + n as usize - 1,
                        f.code.slot_types[n as usize - 1].clone(),
                    )
                } else if n > nparams && n <= f.nargs as i64 {
                    Target::Local(
                        f.base + f.code.nslots as usize + (n - nparams - 1) as usize,
                        None,
                    )
                } else {
                    return err(
                        codes::INDEX_OUT_OF_RANGE,
                        format!("Parameter ${{{n}}} was not passed"),
                    );
                }
            }
            Place::Member { object, key } => match self.eval(object)? {
                Value::Object(o) => Target::Prop(o, *key),
                other => {
                    return err(
                        codes::NOT_AN_OBJECT,
                        format!(
                            "Cannot set the property `{key}` of a value of type {}",
                            other.type_name()
                        ),
                    );
                }
            },
            Place::Index { object, index } => {
                let o = self.eval(object)?;
                let i = self.eval(index)?;
                match (o, i) {
                    (Value::Collection(c), i @ (Value::Int(_) | Value::Real(_))) => {
                        Target::Elem(c, i.as_number().unwrap_or(0.0) as i64)
                    }
                    (Value::Object(o), Value::Text(k)) => Target::Prop(o, Key::intern(&k)),
                    (o, i) => {
                        return err(
                            codes::NOT_AN_OBJECT,
                            format!(
                                "Cannot assign through [{}] on a value of type {}",
                                i.type_name(),
                                o.type_name()
                            ),
                        );
                    }
                }
            }
            Place::Element { array, index } => {
                let a = self.read_place(array)?;
                let i = self.eval(index)?.as_number().unwrap_or(0.0) as i64;
                match a {
                    Value::Array(a) => Target::ArrayElem(a, i),
                    other => {
                        return err(
                            codes::INCOMPATIBLE_TYPES,
                            format!(
                                "{{ }} needs an array, not a value of type {}",
                                other.type_name()
                            ),
                        );
                    }
                }
            }
            Place::Deref(p) => match self.eval(p)? {
                Value::Pointer(p) => Target::Pointer(p),
                _ => return err(codes::NIL_POINTER, "Dereferencing a Nil pointer"),
            },
            Place::Field { table, field } => {
                return err(
                    codes::NO_DATABASE,
                    format!("[{table}]{field}: there is no database (fourd runs dataless)"),
                );
            }
            Place::CharAt { .. } => {
                return err(
                    codes::GENERIC,
                    "Compound assignment is not allowed on [[ ]]",
                );
            }
            Place::Invalid(what) => {
                return err(codes::GENERIC, format!("`{what}` cannot be assigned"));
            }
        })
    }

    fn read_target(&mut self, t: &Target) -> R {
        Ok(match t {
            Target::Local(i, _) => self.stack[*i].clone(),
            Target::Process(s) => self.process_var(*s),
            Target::Interprocess(s) => self
                .rt
                .interprocess
                .lock()
                .get(*s as usize)
                .cloned()
                .unwrap_or_default(),
            Target::Prop(o, k) => return self.get_member(&Value::Object(o.clone()), *k),
            Target::Elem(c, i) => {
                return self.get_index(&Value::Collection(c.clone()), &Value::Real(*i as f64));
            }
            Target::ArrayElem(a, i) => array_get(&a.lock(), *i)?,
            Target::Pointer(p) => return self.deref_read(&Value::Pointer(p.clone())),
        })
    }

    fn write_target(&mut self, t: &Target, v: Value) -> R<()> {
        match t {
            Target::Local(i, ty) => {
                let v = match ty {
                    Some(ty) => convert_for_type(ty, v)?,
                    None => v,
                };
                self.stack[*i] = v;
            }
            Target::Process(s) => {
                // A process variable holding an array: a number selects an element.
                if let Value::Array(a) = self.process_var(*s)
                    && let Some(n) = v.as_number()
                {
                    a.lock().selected = n as i32;
                    return Ok(());
                }
                self.set_process_var(*s, v)
            }
            Target::Interprocess(s) => {
                let mut g = self.rt.interprocess.lock();
                let i = *s as usize;
                if i >= g.len() {
                    g.resize(i + 1, Value::Undefined);
                }
                g[i] = v;
            }
            Target::Prop(o, k) => self.set_property(o, *k, v)?,
            Target::Elem(c, i) => self.set_element(c, *i, v)?,
            Target::ArrayElem(a, i) => {
                let mut a = a.lock();
                let n = *i;
                if n < 0 || n as usize >= a.items.len() {
                    return err(
                        codes::INDEX_OUT_OF_RANGE,
                        format!("Array index {n} is out of range (size {})", a.size()),
                    );
                }
                let v = convert_for_type(&a.elem.clone(), v)?;
                a.items[n as usize] = v;
            }
            Target::Pointer(p) => self.deref_write(p, v)?,
        }
        Ok(())
    }

    /// `obj.key := v` with class setters, sharing rules and 4D's undefined-value rules.
    pub fn set_property(&mut self, o: &Obj, key: Key, v: Value) -> R<()> {
        if o.0.sharing.is_none() && !v.is_undefined() {
            let mut data = o.lock();
            if data.class.is_none() && data.native.is_none() {
                data.props.insert(key, v.for_storage());
                return Ok(());
            }
        }
        if let Some(class) = o.class() {
            if let Some(setter) = class.setter(key) {
                let owner = class.owner_of_setter(key);
                self.invoke_with_args(&setter, vec![v], Value::Object(o.clone()), Some(owner))?;
                return Ok(());
            }
            if class.getter(key).is_some() {
                return err(
                    codes::READ_ONLY,
                    format!("The property `{key}` is read-only"),
                );
            }
        }
        if let Some(native) = o.native()
            && super::class::native_set(self, o, &native, key, &v)?
        {
            return Ok(());
        }
        super::shared::require_use_obj(self, o)?;
        let v = if v.is_undefined() {
            match o.lock().props.get(&key) {
                None => return Ok(()),
                Some(existing) => empty_like(existing),
            }
        } else {
            v
        };
        let v = super::shared::prepare_for_obj(self, o, v)?;
        o.set_raw(key, v);
        Ok(())
    }

    /// `coll[i] := v`: writing past the end pads with null.
    pub fn set_element(&mut self, c: &Coll, i: i64, v: Value) -> R<()> {
        if i < 0 {
            return err(
                codes::INDEX_OUT_OF_RANGE,
                format!("Collection index {i} is out of range"),
            );
        }
        super::shared::require_use_coll(self, c)?;
        let v = if v.is_undefined() { Value::Null } else { v };
        let v = super::shared::prepare_for_coll(self, c, v)?;
        let mut items = c.lock();
        let i = i as usize;
        if i >= items.len() {
            items.resize(i + 1, Value::Null);
        }
        items[i] = v;
        Ok(())
    }

    /// `array{i}` read.
    pub fn read_element(&mut self, array: &Place, i: &Value) -> R {
        let a = self.read_place(array)?;
        let i = i.as_number().unwrap_or(0.0) as i64;
        match a {
            Value::Array(a) => array_get(&a.lock(), i),
            Value::Pointer(p) => match self.deref_read(&Value::Pointer(p))? {
                Value::Array(a) => array_get(&a.lock(), i),
                other => err(
                    codes::INCOMPATIBLE_TYPES,
                    format!("{{ }} needs an array, not {}", other.type_name()),
                ),
            },
            other => err(
                codes::INCOMPATIBLE_TYPES,
                format!("{{ }} needs an array, not {}", other.type_name()),
            ),
        }
    }

    // ------------------------------------------------------------------ pointers

    pub fn make_pointer(&mut self, place: &Place) -> R {
        let p = self.pointer_to(place)?;
        Ok(Value::Pointer(Arc::new(p)))
    }

    fn pointer_to(&mut self, place: &Place) -> R<Pointer> {
        Ok(match place {
            Place::Local(slot) => {
                let f = self.frames.last().expect("a frame");
                Pointer::Local {
                    frame_serial: f.serial,
                    slot: f.base + *slot as usize,
                    name: f
                        .code
                        .slot_names
                        .get(*slot as usize)
                        .cloned()
                        .unwrap_or_default(),
                }
            }
            Place::Process(s) => Pointer::Process {
                slot: *s,
                name: self.program.globals.process_names[*s as usize].clone(),
            },
            Place::Interprocess(s) => Pointer::Interprocess {
                slot: *s,
                name: self.program.globals.inter_names[*s as usize].clone(),
            },
            Place::Element { array, index } => {
                let i = self.eval(index)?.as_number().unwrap_or(0.0) as i64;
                Pointer::Element {
                    array: Box::new(self.pointer_to(array)?),
                    index: i,
                }
            }
            Place::Field { table, field } => Pointer::Field {
                table: table.clone(),
                field: field.clone(),
            },
            Place::Deref(p) => match self.eval(p)? {
                Value::Pointer(p) => (*p).clone(),
                _ => return err(codes::NIL_POINTER, "Dereferencing a Nil pointer"),
            },
            _ => {
                return err(
                    codes::GENERIC,
                    "A pointer can only point to a variable, an array element or a field",
                );
            }
        })
    }

    /// The frame base holding a pointer's local, if that frame is still alive.
    fn live_local(&self, serial: u64, slot: usize) -> Option<usize> {
        self.frames
            .iter()
            .rev()
            .any(|f| f.serial == serial)
            .then_some(slot)
    }

    pub fn deref_read(&mut self, p: &Value) -> R {
        let Value::Pointer(p) = p else {
            return err(codes::NIL_POINTER, "Dereferencing a Nil pointer");
        };
        match p.as_ref() {
            Pointer::Local {
                frame_serial,
                slot,
                name,
            } => match self.live_local(*frame_serial, *slot) {
                Some(i) => Ok(self.stack[i].clone()),
                None => err(
                    codes::NIL_POINTER,
                    format!("The pointer to ${name} points to a variable that no longer exists"),
                ),
            },
            Pointer::Process { slot, .. } => Ok(self.process_var(*slot)),
            Pointer::Interprocess { slot, .. } => Ok(self
                .rt
                .interprocess
                .lock()
                .get(*slot as usize)
                .cloned()
                .unwrap_or_default()),
            Pointer::Element { array, index } => {
                match self.deref_read(&Value::Pointer(Arc::new((**array).clone())))? {
                    Value::Array(a) => array_get(&a.lock(), *index),
                    _ => err(codes::NIL_POINTER, "The pointer does not point to an array"),
                }
            }
            Pointer::Table { name } => err(
                codes::NO_DATABASE,
                format!("[{name}]: there is no database"),
            ),
            Pointer::Field { table, field } => err(
                codes::NO_DATABASE,
                format!("[{table}]{field}: there is no database"),
            ),
        }
    }

    pub fn deref_write(&mut self, p: &Pointer, v: Value) -> R<()> {
        match p {
            Pointer::Local {
                frame_serial,
                slot,
                name,
            } => match self.live_local(*frame_serial, *slot) {
                Some(i) => {
                    self.stack[i] = v;
                    Ok(())
                }
                None => err(
                    codes::NIL_POINTER,
                    format!("The pointer to ${name} points to a variable that no longer exists"),
                ),
            },
            Pointer::Process { slot, .. } => {
                self.set_process_var(*slot, v);
                Ok(())
            }
            Pointer::Interprocess { slot, .. } => {
                let t = Target::Interprocess(*slot);
                self.write_target(&t, v)
            }
            Pointer::Element { array, index } => {
                match self.deref_read(&Value::Pointer(Arc::new((**array).clone())))? {
                    Value::Array(a) => self.write_target(&Target::ArrayElem(a, *index), v),
                    _ => err(codes::NIL_POINTER, "The pointer does not point to an array"),
                }
            }
            Pointer::Table { name } => err(
                codes::NO_DATABASE,
                format!("[{name}]: there is no database"),
            ),
            Pointer::Field { table, field } => err(
                codes::NO_DATABASE,
                format!("[{table}]{field}: there is no database"),
            ),
        }
    }
}

fn array_get(a: &crate::value::ArrayData, i: i64) -> R {
    if i < 0 || i as usize >= a.items.len() {
        return err(
            codes::INDEX_OUT_OF_RANGE,
            format!("Array index {i} is out of range (size {})", a.size()),
        );
    }
    Ok(a.items[i as usize].clone())
}

/// What writing Undefined into an existing property leaves there (spec §2.2).
fn empty_like(existing: &Value) -> Value {
    match existing {
        Value::Bool(_) => Value::Bool(false),
        Value::Text(_) => Value::text(""),
        Value::Int(_) | Value::Real(_) => Value::Real(0.0),
        Value::Date(_) => Value::Date(crate::value::Date::NULL),
        Value::Time(_) => Value::Real(0.0),
        Value::Undefined | Value::Null => existing.clone(),
        _ => Value::Null,
    }
}
