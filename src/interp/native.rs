//! Native payloads of built-in objects: a class object (`cs.Person`), a signal, a session.
//! An object with a native payload is still an ordinary 4D object for property access; the
//! payload gives its member functions something to work on.

use std::any::Any;
use std::sync::Arc;

#[derive(Clone)]
pub enum Native {
    /// A class object (`cs.Person`, `4D.Function`): `.new()`, `.name`, `.superclass`.
    Class(Arc<super::class::Class>),
    /// Any other built-in payload (signal, session, ...), with its class name.
    Other(&'static str, Arc<dyn Any + Send + Sync>),
}

impl Native {
    pub fn kind(&self) -> &'static str {
        match self {
            Native::Class(_) => "Class",
            Native::Other(name, _) => name,
        }
    }
    /// The payload of an `Other` native, downcast.
    pub fn downcast<T: Any + Send + Sync>(&self) -> Option<Arc<T>> {
        match self {
            Native::Other(_, payload) => payload.clone().downcast::<T>().ok(),
            Native::Class(_) => None,
        }
    }
}
