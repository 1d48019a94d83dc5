//! Classes: user classes (`cs.X`) and built-in class objects (`4D.X`), instantiation
//! (`.new()`: property initialisers parent-first, then the constructor), `Super`, computed
//! properties, shared classes and singletons, and dispatch to native built-in objects.

use super::Ctx;
use super::error::{R, codes, err};
use super::native::Native;
use crate::code::Code;
use crate::keys::Key;
use crate::value::{Obj, Value};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, OnceLock};

#[derive(Default)]
pub struct Class {
    pub name: String,
    /// `"cs"` for user classes, `"4D"` for built-in ones.
    pub store: &'static str,
    /// The parent as written in `Class extends` (resolved at link time into `superclass`).
    pub extends: Option<String>,
    pub superclass: OnceLock<Option<Arc<Class>>>,
    pub constructor: Option<Arc<Code>>,
    pub functions: FxHashMap<Key, Arc<Code>>,
    pub getters: FxHashMap<Key, Arc<Code>>,
    pub setters: FxHashMap<Key, Arc<Code>>,
    pub shared_functions: FxHashSet<Key>,
    /// Property initialisers as one body run with `This` = the new object.
    pub init: Option<Arc<Code>>,
    pub shared: bool,
    pub singleton: bool,
    pub session_singleton: bool,
    /// The class object (`cs.X`), created at link time.
    pub object: OnceLock<Obj>,
    /// The shared singleton instance (`shared singleton` / `session singleton`).
    pub shared_instance: parking_lot::Mutex<Option<Obj>>,
}

impl Class {
    pub fn parent(&self) -> Option<&Arc<Class>> {
        self.superclass.get().and_then(|p| p.as_ref())
    }
    /// The chain from this class up to the root.
    fn chain(self: &Arc<Class>) -> Vec<Arc<Class>> {
        let mut out = vec![self.clone()];
        let mut cur = self.parent().cloned();
        while let Some(c) = cur {
            if out.len() > 64 || out.iter().any(|x| Arc::ptr_eq(x, &c)) {
                break; // a cycle: stop (4D reports it at compile time only)
            }
            cur = c.parent().cloned();
            out.push(c);
        }
        out
    }
    pub fn getter(self: &Arc<Class>, key: Key) -> Option<Arc<Code>> {
        self.chain()
            .iter()
            .find_map(|c| c.getters.get(&key).cloned())
    }
    pub fn setter(self: &Arc<Class>, key: Key) -> Option<Arc<Code>> {
        self.chain()
            .iter()
            .find_map(|c| c.setters.get(&key).cloned())
    }
    pub fn owner_of_getter(self: &Arc<Class>, key: Key) -> Arc<Class> {
        self.chain()
            .into_iter()
            .find(|c| c.getters.contains_key(&key))
            .unwrap_or_else(|| self.clone())
    }
    pub fn owner_of_setter(self: &Arc<Class>, key: Key) -> Arc<Class> {
        self.chain()
            .into_iter()
            .find(|c| c.setters.contains_key(&key))
            .unwrap_or_else(|| self.clone())
    }
    /// A function by name, with the class that defines it.
    pub fn find_function(self: &Arc<Class>, key: Key) -> Option<(Arc<Code>, Arc<Class>)> {
        self.chain()
            .into_iter()
            .find_map(|c| c.functions.get(&key).cloned().map(|f| (f, c)))
    }
    pub fn is_shared_function(&self, key: Key) -> bool {
        self.shared_functions.contains(&key)
    }
    /// True when `self` is `other` or inherits from it.
    pub fn inherits(self: &Arc<Class>, other: &Arc<Class>) -> bool {
        self.chain().iter().any(|c| Arc::ptr_eq(c, other))
    }
    pub fn full_name(&self) -> String {
        format!("{}.{}", self.store, self.name)
    }
}

/// The class object for `class`, creating it on first use.
pub fn class_object(class: &Arc<Class>) -> Obj {
    class
        .object
        .get_or_init(|| {
            let o = Obj::new_shared(super::shared::SharedGroup::new(), true);
            o.set_native(Native::Class(class.clone()));
            o
        })
        .clone()
}

/// Built-in classes reachable as `4D.X`.
const BUILTIN_CLASSES: &[&str] = &[
    "Object",
    "Function",
    "Class",
    "Collection",
    "Signal",
    "Session",
    "Blob",
    "File",
    "Folder",
    "Date",
    "Time",
];

fn builtin_classes() -> &'static FxHashMap<String, Arc<Class>> {
    static MAP: OnceLock<FxHashMap<String, Arc<Class>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = FxHashMap::default();
        for name in BUILTIN_CLASSES {
            let c = Arc::new(Class {
                name: name.to_string(),
                store: "4D",
                ..Class::default()
            });
            m.insert(name.to_string(), c);
        }
        let object = m["Object"].clone();
        for (name, c) in &m {
            let _ = c.superclass.set(if name == "Object" {
                None
            } else {
                Some(object.clone())
            });
        }
        m
    })
}

/// A built-in class by name (`"Signal"`).
pub fn builtin_class(name: &str) -> Option<Arc<Class>> {
    builtin_classes().get(name).cloned()
}

/// The `4D` store object.
pub fn builtin_store() -> Obj {
    static STORE: OnceLock<Obj> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let o = Obj::new_shared(super::shared::SharedGroup::new(), true);
            for name in BUILTIN_CLASSES {
                if let Some(c) = builtin_class(name) {
                    o.set_raw(Key::intern(name), Value::Object(class_object(&c)));
                }
            }
            o
        })
        .clone()
}

/// Properties of native objects (`cs.X.name`, `Session.id`, `$signal.signaled`).
pub fn native_property(ctx: &mut Ctx, o: &Obj, native: &Native, key: Key) -> R<Option<Value>> {
    match native {
        Native::Class(c) => Ok(match key.as_str() {
            "name" => Some(Value::text(c.name.clone())),
            "superclass" => Some(
                c.parent()
                    .map(|p| Value::Object(class_object(p)))
                    .unwrap_or(if c.name == "Object" && c.store == "4D" {
                        Value::Null
                    } else {
                        Value::Object(class_object(&builtin_class("Object").expect("4D.Object")))
                    }),
            ),
            "isShared" => Some(Value::Bool(c.shared)),
            "isSingleton" => Some(Value::Bool(c.singleton)),
            "isSessionSingleton" => Some(Value::Bool(c.session_singleton)),
            "me" => Some(singleton(ctx, c)?),
            _ => None,
        }),
        Native::Other(kind, _) => match *kind {
            "Session" => super::session::native_property(ctx, o, key),
            "Signal" => super::process::signal_property(ctx, o, key),
            _ => Ok(None),
        },
    }
}

/// Write a property of a native object; `Ok(false)` when the object has no such rule and
/// the write proceeds as for any object.
pub fn native_set(ctx: &mut Ctx, o: &Obj, native: &Native, key: Key, v: &Value) -> R<bool> {
    match native {
        Native::Class(_) => err(
            codes::READ_ONLY,
            format!("The property `{key}` of a class is read-only"),
        ),
        Native::Other("Session", _) => super::session::native_set(ctx, o, key, v),
        Native::Other("Signal", _) if key.as_str() == "signaled" => {
            err(codes::READ_ONLY, "The property `signaled` is read-only")
        }
        Native::Other(..) => Ok(false),
    }
}

/// Member functions of native objects: `cs.X.new()`, `Session.setPrivileges()`, ...
pub fn call_native_member(
    ctx: &mut Ctx,
    o: &Obj,
    native: &Native,
    name: Key,
    mut args: Vec<Value>,
) -> R {
    if let Native::Class(c) = native {
        return match name.as_str() {
            "new" => instantiate(ctx, c, args),
            other => err(
                codes::UNKNOWN_MEMBER,
                format!("A class has no function `{other}()`"),
            ),
        };
    }
    let recv = Value::Object(o.clone());
    match crate::builtins::registry().member(
        crate::builtins::Receiver::Class(native.kind()),
        name.as_str(),
    ) {
        Some(m) => (m.imp)(
            ctx,
            &recv,
            &mut crate::builtins::Args::new(&mut args, false),
        ),
        None => err(
            codes::UNKNOWN_MEMBER,
            format!(
                "The member function `{name}()` does not exist on a {}",
                native.kind()
            ),
        ),
    }
}

/// `cs.X.new(args)`.
pub fn instantiate(ctx: &mut Ctx, class: &Arc<Class>, args: Vec<Value>) -> R {
    if class.store == "4D" {
        return match class.name.as_str() {
            "Object" => Ok(Value::Object(Obj::new())),
            "Signal" => super::process::new_signal(ctx, args.first().cloned()),
            other => err(
                codes::GENERIC,
                format!("4D.{other}.new() is not supported by fourd"),
            ),
        };
    }
    let chain = class.chain();
    let shared = chain.iter().any(|c| c.shared);
    let o = if shared {
        ctx.new_shared_object()
    } else {
        Obj::new()
    };
    o.set_class(Some(class.clone()));
    let this = Value::Object(o.clone());
    // Property initialisers, parent first; in a shared class they run under Use.
    let group = o.0.sharing.as_ref().map(|s| s.group());
    if let Some(g) = &group {
        super::shared::use_lock(ctx, g)?;
    }
    let mut result = Ok(());
    for c in chain.iter().rev() {
        if let Some(init) = &c.init
            && let Err(e) = ctx.invoke_with_args(init, Vec::new(), this.clone(), Some(c.clone()))
        {
            result = Err(e);
            break;
        }
    }
    if result.is_ok() {
        let ctor = chain
            .iter()
            .find_map(|c| c.constructor.clone().map(|k| (k, c.clone())));
        if let Some((ctor, owner)) = ctor {
            result = ctx
                .invoke_with_args(&ctor, args, this.clone(), Some(owner))
                .map(|_| ());
        }
    }
    if let Some(g) = &group {
        super::shared::use_unlock(ctx, g);
    }
    result.map(|_| this)
}

/// `cs.X.me`: the singleton instance (per process, or shared).
fn singleton(ctx: &mut Ctx, class: &Arc<Class>) -> R {
    if !class.singleton {
        return Ok(Value::Undefined);
    }
    if class.shared || class.session_singleton {
        if let Some(o) = class.shared_instance.lock().clone() {
            return Ok(Value::Object(o));
        }
        let v = instantiate(ctx, class, Vec::new())?;
        if let Value::Object(o) = &v {
            *class.shared_instance.lock() = Some(o.clone());
        }
        return Ok(v);
    }
    if let Some(o) = ctx.singletons.get(&class.name) {
        return Ok(Value::Object(o.clone()));
    }
    let v = instantiate(ctx, class, Vec::new())?;
    if let Value::Object(o) = &v {
        ctx.singletons.insert(class.name.clone(), o.clone());
    }
    Ok(v)
}

impl Ctx {
    /// `Super(args)` in a constructor: run the parent's constructor on `This`.
    pub fn super_constructor(&mut self, args: &[crate::code::Expr]) -> R {
        let (this, class) = match self.frames.last() {
            Some(f) => (f.this.clone(), f.class.clone()),
            None => (Value::Null, None),
        };
        let Some(class) = class else {
            return err(
                codes::SUPER_MISUSE,
                "Super called outside of a class constructor",
            );
        };
        let args = self.eval_args(args)?;
        let mut cur = class.parent().cloned();
        while let Some(c) = cur {
            if let Some(ctor) = &c.constructor {
                return self.invoke_with_args(ctor, args, this, Some(c.clone()));
            }
            cur = c.parent().cloned();
        }
        Ok(Value::Undefined)
    }

    /// `Super.fn(args)`: the parent class's version of a function.
    pub fn super_call(&mut self, name: Key, args: &[crate::code::Expr]) -> R {
        let (this, class) = match self.frames.last() {
            Some(f) => (f.this.clone(), f.class.clone()),
            None => (Value::Null, None),
        };
        let Some(parent) = class.as_ref().and_then(|c| c.parent().cloned()) else {
            return err(
                codes::SUPER_MISUSE,
                "Super used outside of a class function, or the class has no parent",
            );
        };
        let Some((f, owner)) = parent.find_function(name) else {
            return err(
                codes::UNKNOWN_MEMBER,
                format!("The parent class has no function `{name}()`"),
            );
        };
        let args = self.eval_args(args)?;
        self.invoke_with_args(&f, args, this, Some(owner))
    }

    /// `Super` alone: the parent class object.
    pub fn super_class_value(&mut self) -> R {
        match self
            .frames
            .last()
            .and_then(|f| f.class.clone())
            .and_then(|c| c.parent().cloned())
        {
            Some(p) => Ok(Value::Object(class_object(&p))),
            None => Ok(Value::Null),
        }
    }
}
