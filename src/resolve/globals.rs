//! Names shared by every body of a program: project methods, process variables (the
//! system variables first, at fixed slots) and interprocess variables.

use crate::code::{MethodId, Slot};
use rustc_hash::FxHashMap;

/// Process variables with a fixed slot: the system variables 4D sets.
pub const SYSTEM_VARIABLES: &[&str] = &[
    "OK",
    "Error",
    "Error method",
    "Error line",
    "Error formula",
    "Document",
];
pub const SLOT_OK: Slot = 0;
pub const SLOT_ERROR: Slot = 1;
pub const SLOT_ERROR_METHOD: Slot = 2;
pub const SLOT_ERROR_LINE: Slot = 3;
pub const SLOT_ERROR_FORMULA: Slot = 4;

/// Names shared by every method of a program: methods, process and interprocess variables.
#[derive(Default, Clone)]
pub struct Globals {
    /// lower-cased method name → id
    pub methods: FxHashMap<String, MethodId>,
    /// lower-cased process variable name → slot; `process_names[slot]` is the display name.
    pub process_vars: FxHashMap<String, Slot>,
    pub process_names: Vec<String>,
    pub inter_vars: FxHashMap<String, Slot>,
    pub inter_names: Vec<String>,
}

impl Globals {
    pub fn new() -> Globals {
        let mut g = Globals::default();
        for name in SYSTEM_VARIABLES {
            g.process_slot(name);
        }
        g
    }
    pub fn process_slot(&mut self, name: &str) -> Slot {
        let lower = name.to_lowercase();
        if let Some(&s) = self.process_vars.get(&lower) {
            return s;
        }
        let s = self.process_names.len() as Slot;
        self.process_names.push(name.to_string());
        self.process_vars.insert(lower, s);
        s
    }
    pub fn inter_slot(&mut self, name: &str) -> Slot {
        let lower = name.to_lowercase();
        if let Some(&s) = self.inter_vars.get(&lower) {
            return s;
        }
        let s = self.inter_names.len() as Slot;
        self.inter_names.push(name.to_string());
        self.inter_vars.insert(lower, s);
        s
    }
}
