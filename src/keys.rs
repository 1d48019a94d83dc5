//! Interned property names. Object properties are keyed by [`Key`], a small integer, so a
//! property access hashes a `u32` instead of a string. Names written in the source are
//! interned once by the resolver; computed names (`$o[$name]`, JSON) go through
//! [`Key::intern`]. Property names are case-sensitive, so interning is exact.
//!
//! The table only grows; interned strings are leaked on purpose (there are few distinct
//! property names in a program, and a `&'static str` makes [`Key::as_str`] cheap).

use parking_lot::RwLock;
use rustc_hash::FxHashMap;
use std::fmt;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(u32);

struct Interner {
    ids: FxHashMap<&'static str, u32>,
    names: Vec<&'static str>,
}

fn interner() -> &'static RwLock<Interner> {
    static I: OnceLock<RwLock<Interner>> = OnceLock::new();
    I.get_or_init(|| {
        RwLock::new(Interner {
            ids: FxHashMap::default(),
            names: Vec::new(),
        })
    })
}

impl Key {
    pub fn intern(name: &str) -> Key {
        if let Some(&id) = interner().read().ids.get(name) {
            return Key(id);
        }
        let mut w = interner().write();
        if let Some(&id) = w.ids.get(name) {
            return Key(id);
        }
        let id = w.names.len() as u32;
        let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
        w.names.push(leaked);
        w.ids.insert(leaked, id);
        Key(id)
    }

    pub fn as_str(self) -> &'static str {
        interner().read().names[self.0 as usize]
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_is_exact_and_stable() {
        let a = Key::intern("name");
        assert_eq!(a, Key::intern("name"));
        assert_ne!(a, Key::intern("Name"));
        assert_eq!(a.as_str(), "name");
    }
}
