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
    "Document",
    "File",
    "Folder",
    "Date",
    "Time",
    "CryptoKey",
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
        let document = m["Document"].clone();
        for (name, c) in &m {
            let _ = c.superclass.set(match name.as_str() {
                "Object" => None,
                // 4D.File.superclass is 4D.Document (docs `API/ClassClass.md`).
                "File" => Some(document.clone()),
                _ => Some(object.clone()),
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
            "isShared" => Some(Value::Bool(c.shared || c.session_singleton)),
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
        Native::Other("CryptoKey", _) => super::cryptokey::native_set(key),
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
            "CryptoKey" => super::cryptokey::new_key(ctx, args.into_iter().next()),
            other => err(
                codes::GENERIC,
                format!("4D.{other}.new() is not supported by fourd"),
            ),
        };
    }
    let chain = class.chain();
    // Session singletons are shared automatically.
    let shared = chain.iter().any(|c| c.shared || c.session_singleton);
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
    let mut result = run_initialisers(ctx, &chain, &o, group.is_some());
    if result.is_ok() {
        let ctor = chain
            .iter()
            .find_map(|c| c.constructor.clone().map(|k| (k, c.clone())));
        if let Some((ctor, owner)) = ctor {
            result = run_constructor(ctx, &ctor, &owner, &o, args);
        }
    }
    if let Some(g) = &group {
        super::shared::use_unlock(ctx, g);
    }
    result.map(|_| this)
}

/// Property initialisers, parent first. For a shared instance they run on a plain object
/// of the class first; their values are then copied in as shared values (an object or
/// collection initialiser of a shared class becomes shared).
fn run_initialisers(ctx: &mut Ctx, chain: &[Arc<Class>], o: &Obj, shared: bool) -> R<()> {
    if chain.iter().all(|c| c.init.is_none()) {
        return Ok(());
    }
    let target = if shared {
        let tmp = Obj::new();
        tmp.set_class(o.class());
        tmp
    } else {
        o.clone()
    };
    let this = Value::Object(target.clone());
    for c in chain.iter().rev() {
        if let Some(init) = &c.init {
            ctx.invoke_with_args(init, Vec::new(), this.clone(), Some(c.clone()))?;
        }
    }
    if shared {
        for (k, v) in target.entries() {
            let v = crate::builtins::object::deep_copy_with(ctx, &v, true, false)?;
            let v = super::shared::prepare_for_obj(ctx, o, v)?;
            super::shared::with_obj_write(ctx, o, |d| {
                d.props.insert(k, v);
            })?;
        }
    }
    Ok(())
}

/// A constructor running on a new object: `Super()` must run the parent's constructor
/// (once) before `This` is used when an ancestor has a constructor.
pub struct Construction {
    /// Index of the constructor's frame in `Ctx::frames`.
    depth: usize,
    obj: Obj,
    owner: Arc<Class>,
    /// An ancestor has a constructor: `Super()` is required.
    needs_super: bool,
    /// `Super()` already ran in this constructor.
    super_done: bool,
}

/// The nearest ancestor of `class` with a constructor.
fn ancestor_constructor(class: &Arc<Class>) -> Option<(Arc<Code>, Arc<Class>)> {
    class
        .chain()
        .into_iter()
        .skip(1)
        .find_map(|c| c.constructor.clone().map(|k| (k, c)))
}

/// Run `owner`'s constructor `ctor` on `obj`. While an ancestor constructor is waiting
/// for `Super()`, the frame's `This` is Undefined (reading it raises -10743); a
/// constructor that returns without calling it raises -10748.
fn run_constructor(
    ctx: &mut Ctx,
    ctor: &Arc<Code>,
    owner: &Arc<Class>,
    obj: &Obj,
    args: Vec<Value>,
) -> R<()> {
    let needs_super = ancestor_constructor(owner).is_some();
    ctx.constructing.push(Construction {
        depth: ctx.frames.len(),
        obj: obj.clone(),
        owner: owner.clone(),
        needs_super,
        super_done: false,
    });
    let this = if needs_super {
        Value::Undefined
    } else {
        Value::Object(obj.clone())
    };
    let result = ctx.invoke_with_args(ctor, args, this, Some(owner.clone()));
    let done = ctx
        .constructing
        .pop()
        .is_none_or(|c| c.super_done || !c.needs_super);
    result?;
    if !done {
        return err(
            codes::CONSTRUCTOR_CHAIN,
            format!(
                "The constructor of `{}` returned without calling Super(): not every constructor of the inheritance chain was called",
                owner.name
            ),
        );
    }
    Ok(())
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
        let depth = self.frames.len().wrapping_sub(1);
        let Some(pos) = self.constructing.iter().rposition(|c| c.depth == depth) else {
            return err(
                codes::SUPER_MISUSE,
                "Super() called outside of a class constructor",
            );
        };
        if self.constructing[pos].super_done {
            return err(
                codes::SUPER_MISUSE,
                "Super() called twice: the superclass constructor has already run",
            );
        }
        // The arguments are evaluated while `This` is still unavailable.
        let args = self.eval_args(args)?;
        let c = &mut self.constructing[pos];
        c.super_done = true;
        let (obj, owner) = (c.obj.clone(), c.owner.clone());
        if let Some(f) = self.frames.last_mut() {
            f.this = Value::Object(obj.clone());
        }
        if let Some((ctor, parent)) = ancestor_constructor(&owner) {
            run_constructor(self, &ctor, &parent, &obj, args)?;
        }
        Ok(Value::Undefined)
    }

    /// `This` when the frame's `This` is Undefined: inside a constructor still waiting
    /// for `Super()`, error -10743; anywhere else Null.
    #[cold]
    pub fn this_unset(&mut self) -> R {
        let depth = self.frames.len().wrapping_sub(1);
        if self
            .constructing
            .iter()
            .any(|c| c.depth == depth && c.needs_super && !c.super_done)
        {
            return err(
                codes::THIS_BEFORE_SUPER,
                "`This` used before Super(): the superclass constructor has not run yet",
            );
        }
        Ok(Value::Null)
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
