//! Runtime values: the 16-byte [`Value`] enum, text, dates, objects, collections,
//! pointers and formulas.
//!
//! Deviation from design.md §2 (recorded there as a suggestion): process-local and shared
//! objects use the *same* representation, `Arc<ObjectCell>` with a short internal lock,
//! instead of `Rc` for local and `Arc` for shared values. One code path serves both kinds
//! (every member function, JSON, copy, comparison), values are `Send`, and 4D's rule that
//! nothing process-local crosses a process is enforced where it matters: parameters of
//! `New process`/`CALL WORKER` are deep-copied (`deep_copy`), and only shared values may be
//! stored in shared ones (`interp::shared`). The internal lock is held only for the duration
//! of one read or write, never while user code runs; the user-visible `Use` lock lives in
//! the shared group (`SharedGroup`).

use crate::keys::Key;
use indexmap::IndexMap;
use parking_lot::{Mutex, MutexGuard};
use rustc_hash::FxBuildHasher;
use std::fmt;
use std::sync::Arc;

pub type PropMap = IndexMap<Key, Value, FxBuildHasher>;

/// A 4D value. 16 bytes (asserted in tests).
///
/// `repr(C, u8)`: the tag is the first byte and every payload starts at byte 8. With
/// the default layout a `Bool` sat at byte 1, a `Date` at 2 and an `Int` at 4, so copies
/// were split into odd pieces whose later whole-value reads stalled store forwarding.
#[derive(Default)]
#[repr(C, u8)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    /// A Longint (32-bit integer).
    Int(i32),
    Real(f64),
    Text(Text),
    Date(Date),
    /// A time, in seconds (may exceed 24 hours or be negative after arithmetic).
    Time(i64),
    Object(Obj),
    Collection(Coll),
    Pointer(Arc<Pointer>),
    Formula(Arc<crate::interp::formula::Formula>),
    Blob(Arc<Vec<u8>>),
    /// A 4D array (`ARRAY TEXT($a; 10)`), held by a variable.
    Array(Arc<Mutex<ArrayData>>),
}

impl Clone for Value {
    /// Scalars are copied whole (one 16-byte move): rebuilding them variant by variant,
    /// as a derived `clone` does, writes a tag and a payload separately, and the next
    /// whole-value move of the copy then stalls the CPU's store forwarding (measured:
    /// a sixth of a method call's time).
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_scalar() {
            // SAFETY: scalar variants own nothing, so a bitwise copy is a clone.
            unsafe { std::ptr::read(self) }
        } else {
            self.clone_owner()
        }
    }
}

impl Value {
    /// The clone of a value that owns something (a reference count to increment).
    #[inline]
    fn clone_owner(&self) -> Value {
        match self {
            Value::Text(t) => Value::Text(t.clone()),
            Value::Object(o) => Value::Object(o.clone()),
            Value::Collection(c) => Value::Collection(c.clone()),
            Value::Pointer(p) => Value::Pointer(p.clone()),
            Value::Formula(f) => Value::Formula(f.clone()),
            Value::Blob(b) => Value::Blob(b.clone()),
            Value::Array(a) => Value::Array(a.clone()),
            Value::Undefined => Value::Undefined,
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Real(r) => Value::Real(*r),
            Value::Date(d) => Value::Date(*d),
            Value::Time(t) => Value::Time(*t),
        }
    }
}

/// The contents of a 4D array: element 0 always exists; elements 1..=N are the array.
pub struct ArrayData {
    pub elem: crate::code::VarType,
    /// `items[0]` is element 0.
    pub items: Vec<Value>,
    /// The selected element (what the array variable evaluates to as a number).
    pub selected: i32,
    /// Declared by `ARRAY INTEGER` (`Type` gives `Integer array`, not `LongInt array`).
    pub int16: bool,
}

impl ArrayData {
    pub fn new(elem: crate::code::VarType, size: usize) -> ArrayData {
        let default = elem.default_value();
        ArrayData {
            items: vec![default; size + 1],
            elem,
            selected: 0,
            int16: false,
        }
    }
    pub fn size(&self) -> usize {
        self.items.len().saturating_sub(1)
    }
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(Text::from(s.into()))
    }
    pub fn is_undefined(&self) -> bool {
        matches!(self, Value::Undefined)
    }
    /// True for the variants that own nothing (no reference count): dropping them is free.
    #[inline(always)]
    pub fn is_scalar(&self) -> bool {
        matches!(
            self,
            Value::Undefined
                | Value::Null
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Real(_)
                | Value::Date(_)
                | Value::Time(_)
        )
    }
    /// Overwrite `self` with `v`, running drop glue only when the old value owns something
    /// (stores of numbers into number slots are the hot case).
    #[inline(always)]
    pub fn store(&mut self, v: Value) {
        if self.is_scalar() {
            // SAFETY: the old value has no drop glue to run; it is looked at in place.
            unsafe { std::ptr::write(self, v) }
        } else {
            *self = v;
        }
    }
    pub fn is_null_or_undefined(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
    /// The number held by a numeric value (Integer, Real).
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Real(r) => Some(*r),
            _ => None,
        }
    }
    /// 4D's `Value type` code (interpreted mode: numbers in variables keep their kind).
    pub fn type_code(&self) -> i32 {
        match self {
            Value::Undefined => 5,
            Value::Null => 255,
            Value::Bool(_) => 6,
            Value::Int(_) => 9,
            Value::Real(_) => 1,
            Value::Text(_) => 2,
            Value::Date(_) => 4,
            Value::Time(_) => 11,
            Value::Object(_) | Value::Formula(_) => 38,
            Value::Collection(_) => 42,
            Value::Pointer(_) => 23,
            Value::Blob(_) => 30,
            Value::Array(_) => 1,
        }
    }
    /// The type name used in messages and the REPL.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undefined => "Undefined",
            Value::Null => "Null",
            Value::Bool(_) => "Boolean",
            Value::Int(_) => "Integer",
            Value::Real(_) => "Real",
            Value::Text(_) => "Text",
            Value::Date(_) => "Date",
            Value::Time(_) => "Time",
            Value::Object(_) => "Object",
            Value::Formula(_) => "Object (4D.Function)",
            Value::Collection(_) => "Collection",
            Value::Pointer(_) => "Pointer",
            Value::Blob(_) => "Blob",
            Value::Array(_) => "Array",
        }
    }
    /// Truthiness for `&&`, `||` and the ternary (spec §2.4).
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Text(t) => !t.is_empty(),
            Value::Date(d) => !d.is_null(),
            Value::Object(o) => !o.is_empty(),
            Value::Collection(c) => !c.is_empty(),
            _ => true,
        }
    }
    /// A value as it is stored in an object or collection: numbers become Real and times
    /// milliseconds (spec §0 of builtins).
    pub fn for_storage(self) -> Value {
        match self {
            Value::Int(i) => Value::Real(i as f64),
            Value::Time(s) => Value::Real(s as f64 * 1000.0),
            v => v,
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Undefined => write!(f, "Undefined"),
            Value::Null => write!(f, "Null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Real(r) => write!(f, "{r}"),
            Value::Text(t) => write!(f, "{:?}", t.as_str()),
            Value::Date(d) => write!(f, "{d}"),
            Value::Time(t) => write!(f, "?{}?", format_time(*t)),
            Value::Object(_) => write!(f, "[object]"),
            Value::Collection(_) => write!(f, "[collection]"),
            Value::Pointer(_) => write!(f, "[pointer]"),
            Value::Formula(_) => write!(f, "[object Formula]"),
            Value::Blob(b) => write!(f, "[blob {} bytes]", b.len()),
            Value::Array(a) => write!(f, "[array {} elements]", a.lock().size()),
        }
    }
}

/// Text with cheap clones and in-place append when uniquely owned.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Text(Arc<String>);

impl Text {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Mutable access, copying first if another value shares the string.
    pub fn make_mut(&mut self) -> &mut String {
        Arc::make_mut(&mut self.0)
    }
    pub fn push_str(&mut self, s: &str) {
        self.make_mut().push_str(s);
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Arc::new(s))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(Arc::new(s.to_string()))
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// A calendar date; the null date `!00-00-00!` is all zeros.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const NULL: Date = Date {
        year: 0,
        month: 0,
        day: 0,
    };

    pub fn new(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }
    pub fn is_null(&self) -> bool {
        self.year == 0 && self.month == 0 && self.day == 0
    }
    /// Days since 0001-01-01 (proleptic Gregorian); `None` for the null date or an
    /// impossible date.
    pub fn to_days(&self) -> Option<i64> {
        if self.is_null() {
            return None;
        }
        let d =
            chrono::NaiveDate::from_ymd_opt(self.year as i32, self.month as u32, self.day as u32)?;
        Some(chrono::Datelike::num_days_from_ce(&d) as i64)
    }
    pub fn from_days(days: i64) -> Date {
        match i32::try_from(days)
            .ok()
            .and_then(chrono::NaiveDate::from_num_days_from_ce_opt)
        {
            Some(d) if (1..=32767).contains(&chrono::Datelike::year(&d)) => Date {
                year: chrono::Datelike::year(&d) as u16,
                month: chrono::Datelike::month(&d) as u8,
                day: chrono::Datelike::day(&d) as u8,
            },
            _ => Date::NULL,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "!{self}!")
    }
}

/// `HH:MM:SS` for a number of seconds (hours may exceed 24; negative keeps a sign).
pub fn format_time(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let s = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

// ---------------------------------------------------------------------------------------
// Objects and collections
// ---------------------------------------------------------------------------------------

/// The sharing state of a shared object or collection: which group it belongs to.
pub struct Sharing {
    /// The group whose `Use` lock guards this value. Replaced once, when a fresh shared
    /// value joins another group.
    pub group: Mutex<Arc<crate::interp::shared::SharedGroup>>,
    /// `Storage` and `Session.storage`: values put into it do not join its group.
    pub single: bool,
}

impl Sharing {
    pub fn group(&self) -> Arc<crate::interp::shared::SharedGroup> {
        self.group.lock().clone()
    }
    /// The process holding the group's `Use` lock (0 = none), without cloning the group.
    #[inline]
    pub fn use_owner(&self) -> u32 {
        self.group.lock().owner()
    }
}

pub struct ObjectData {
    pub props: PropMap,
    /// The class of an instance (`cs.X.new()`), or of a built-in object.
    pub class: Option<Arc<crate::interp::class::Class>>,
    /// The payload of a built-in object (class object, signal, session).
    pub native: Option<crate::interp::native::Native>,
}

pub struct ObjectCell {
    data: Mutex<ObjectData>,
    pub sharing: Option<Sharing>,
}

/// An object reference. Equality is identity.
#[derive(Clone)]
pub struct Obj(pub Arc<ObjectCell>);

impl Obj {
    pub fn new() -> Obj {
        Obj::with_props(PropMap::default())
    }
    pub fn with_props(props: PropMap) -> Obj {
        Obj(Arc::new(ObjectCell {
            data: Mutex::new(ObjectData {
                props,
                class: None,
                native: None,
            }),
            sharing: None,
        }))
    }
    pub fn new_shared(group: Arc<crate::interp::shared::SharedGroup>, single: bool) -> Obj {
        Obj(Arc::new(ObjectCell {
            data: Mutex::new(ObjectData {
                props: PropMap::default(),
                class: None,
                native: None,
            }),
            sharing: Some(Sharing {
                group: Mutex::new(group),
                single,
            }),
        }))
    }
    /// Short, internal access to the data. Never hold it while running user code.
    pub fn lock(&self) -> MutexGuard<'_, ObjectData> {
        self.0.data.lock()
    }
    pub fn get(&self, key: Key) -> Value {
        self.lock()
            .props
            .get(&key)
            .cloned()
            .unwrap_or(Value::Undefined)
    }
    pub fn has(&self, key: Key) -> bool {
        self.lock().props.contains_key(&key)
    }
    /// Raw write (no sharing checks: callers in `interp` check them).
    pub fn set_raw(&self, key: Key, value: Value) {
        self.lock().props.insert(key, value);
    }
    pub fn remove_raw(&self, key: Key) -> Option<Value> {
        self.lock().props.shift_remove(&key)
    }
    pub fn is_empty(&self) -> bool {
        self.lock().props.is_empty()
    }
    pub fn len(&self) -> usize {
        self.lock().props.len()
    }
    pub fn is_shared(&self) -> bool {
        self.0.sharing.is_some()
    }
    pub fn keys(&self) -> Vec<Key> {
        self.lock().props.keys().copied().collect()
    }
    pub fn entries(&self) -> Vec<(Key, Value)> {
        self.lock()
            .props
            .iter()
            .map(|(k, v)| (*k, v.clone()))
            .collect()
    }
    pub fn class(&self) -> Option<Arc<crate::interp::class::Class>> {
        self.lock().class.clone()
    }
    pub fn set_class(&self, class: Option<Arc<crate::interp::class::Class>>) {
        self.lock().class = class;
    }
    pub fn native(&self) -> Option<crate::interp::native::Native> {
        self.lock().native.clone()
    }
    pub fn set_native(&self, native: crate::interp::native::Native) {
        self.lock().native = Some(native);
    }
    pub fn ptr_eq(&self, other: &Obj) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
    pub fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Obj@{:x}", self.addr())
    }
}

impl PartialEq for Obj {
    fn eq(&self, other: &Obj) -> bool {
        self.ptr_eq(other)
    }
}

impl Default for Obj {
    fn default() -> Obj {
        Obj::new()
    }
}

pub struct CollectionCell {
    data: Mutex<Vec<Value>>,
    pub sharing: Option<Sharing>,
}

/// A collection reference. Equality is identity.
#[derive(Clone)]
pub struct Coll(pub Arc<CollectionCell>);

impl Coll {
    pub fn new() -> Coll {
        Coll::from_vec(Vec::new())
    }
    pub fn from_vec(items: Vec<Value>) -> Coll {
        Coll(Arc::new(CollectionCell {
            data: Mutex::new(items),
            sharing: None,
        }))
    }
    pub fn new_shared(group: Arc<crate::interp::shared::SharedGroup>) -> Coll {
        Coll(Arc::new(CollectionCell {
            data: Mutex::new(Vec::new()),
            sharing: Some(Sharing {
                group: Mutex::new(group),
                single: false,
            }),
        }))
    }
    /// Short, internal access to the elements. Never hold it while running user code.
    pub fn lock(&self) -> MutexGuard<'_, Vec<Value>> {
        self.0.data.lock()
    }
    pub fn len(&self) -> usize {
        self.lock().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.lock().get(i).cloned()
    }
    /// A snapshot of the elements (cheap clones).
    pub fn to_vec(&self) -> Vec<Value> {
        self.lock().clone()
    }
    pub fn is_shared(&self) -> bool {
        self.0.sharing.is_some()
    }
    pub fn ptr_eq(&self, other: &Coll) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
    pub fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }
}

impl Default for Coll {
    fn default() -> Coll {
        Coll::new()
    }
}

// ---------------------------------------------------------------------------------------
// Pointers
// ---------------------------------------------------------------------------------------

/// What a pointer points to.
#[derive(Clone, Debug)]
pub enum Pointer {
    /// A local variable of a live frame: the frame's serial number (to detect a dead
    /// frame) and the absolute slot on the value stack.
    Local {
        frame_serial: u64,
        slot: usize,
        name: String,
    },
    /// A process variable (slot in the process's table).
    Process {
        slot: u32,
        name: String,
    },
    /// An interprocess variable.
    Interprocess {
        slot: u32,
        name: String,
    },
    /// An element of an array held by a variable.
    Element {
        array: Box<Pointer>,
        index: i64,
    },
    /// A table or field (no database: kept for display and comparison only).
    Table {
        name: String,
    },
    Field {
        table: String,
        field: String,
    },
}

impl Pointer {
    /// The name shown by `RESOLVE POINTER` and in dumps (`->$x`).
    pub fn describe(&self) -> String {
        match self {
            Pointer::Local { name, .. } => format!("${name}"),
            Pointer::Process { name, .. } => name.clone(),
            Pointer::Interprocess { name, .. } => format!("<>{name}"),
            Pointer::Element { array, index } => format!("{}{{{index}}}", array.describe()),
            Pointer::Table { name } => format!("[{name}]"),
            Pointer::Field { table, field } => format!("[{table}]{field}"),
        }
    }
    pub fn same_target(&self, other: &Pointer) -> bool {
        match (self, other) {
            (
                Pointer::Local {
                    frame_serial: a,
                    slot: b,
                    ..
                },
                Pointer::Local {
                    frame_serial: c,
                    slot: d,
                    ..
                },
            ) => a == c && b == d,
            (Pointer::Process { slot: a, .. }, Pointer::Process { slot: b, .. }) => a == b,
            (Pointer::Interprocess { slot: a, .. }, Pointer::Interprocess { slot: b, .. }) => {
                a == b
            }
            (Pointer::Element { array: a, index: i }, Pointer::Element { array: b, index: j }) => {
                i == j && a.same_target(b)
            }
            (Pointer::Table { name: a }, Pointer::Table { name: b }) => a.eq_ignore_ascii_case(b),
            (Pointer::Field { table: a, field: f }, Pointer::Field { table: b, field: g }) => {
                a.eq_ignore_ascii_case(b) && f.eq_ignore_ascii_case(g)
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        // `R<Value>` keeps its niche (no extra word for the error case).
        assert_eq!(std::mem::size_of::<Result<Value, Box<u8>>>(), 16);
    }

    #[test]
    fn zero_bytes_are_undefined() {
        // `interp::push_undefined` writes 16 zero bytes for an Undefined value.
        let v: Value = unsafe { std::mem::transmute(0u128) };
        assert!(matches!(v, Value::Undefined));
    }

    #[test]
    fn clone_copies_scalars_and_counts_owners() {
        let t = Value::Text(Text::from("abc"));
        let c = t.clone();
        match (&t, &c) {
            (Value::Text(a), Value::Text(b)) => {
                assert_eq!(Arc::strong_count(&a.0), 2);
                assert!(Arc::ptr_eq(&a.0, &b.0));
            }
            _ => panic!("clone changed the variant"),
        }
        for v in [
            Value::Int(-7),
            Value::Real(2.5),
            Value::Bool(true),
            Value::Time(86_400),
        ] {
            assert_eq!(format!("{:?}", v.clone()), format!("{v:?}"));
        }
    }

    #[test]
    fn dates_round_trip_through_days() {
        let d = Date::new(2024, 2, 29);
        assert_eq!(Date::from_days(d.to_days().unwrap()), d);
        assert_eq!(
            Date::from_days(d.to_days().unwrap() + 1),
            Date::new(2024, 3, 1)
        );
        assert!(Date::NULL.to_days().is_none());
    }

    #[test]
    fn truthiness_follows_the_spec() {
        assert!(!Value::text("").truthy());
        assert!(Value::Int(0).truthy());
        assert!(!Value::Collection(Coll::new()).truthy());
        assert!(!Value::Date(Date::NULL).truthy());
    }

    #[test]
    fn text_appends_in_place_when_unique() {
        let mut t = Text::from("ab");
        let before = t.as_str().as_ptr();
        t.make_mut().reserve(100);
        let reserved = t.as_str().as_ptr();
        t.push_str("cd");
        assert_eq!(t.as_str(), "abcd");
        assert_eq!(reserved, t.as_str().as_ptr());
        let _ = before;
    }
}
