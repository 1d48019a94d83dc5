//! Sessions: the `Session` object and `Session info`/`Session storage` (stub; being written).

use super::Ctx;
use super::error::R;
use crate::builtins::{Command, Member};
use crate::keys::Key;
use crate::value::{Obj, Value};

/// The sessions of this run.
#[derive(Default)]
pub struct Sessions {}

impl Sessions {
    pub fn standalone() -> Sessions {
        Sessions {}
    }
}

pub const COMMANDS: &[Command] = &[];
pub const MEMBERS: &[Member] = &[];

pub fn native_property(_ctx: &mut Ctx, _o: &Obj, _key: Key) -> R<Option<Value>> {
    Ok(None)
}

pub fn native_set(_ctx: &mut Ctx, _o: &Obj, _key: Key, _v: &Value) -> R<bool> {
    Ok(false)
}
