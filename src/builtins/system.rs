//! System environment: the machine and user names (pinned by `FOURD_MACHINE` and
//! `FOURD_USER`, see `interp/env.rs`).

use crate::builtins::{Args, Command, Imp};
use crate::interp::Ctx;
use crate::interp::error::R;
use crate::value::Value;

fn current_machine(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::text(ctx.env().machine_name()))
}

fn current_system_user(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::text(ctx.env().user_name()))
}

/// `Current user`: fourd has no 4D user accounts; like a standalone 4D without
/// passwords, the current user is the Designer.
fn current_user(_ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::text("Designer"))
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "Current machine",
        number: 483,
        params: "",
        result: "Text",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(current_machine),
    },
    Command {
        name: "Current system user",
        number: 484,
        params: "",
        result: "Text",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(current_system_user),
    },
    Command {
        name: "Current user",
        number: 182,
        params: "{user : Integer}",
        result: "Text",
        min_args: 0,
        max_args: 1,
        imp: Imp::Values(current_user),
    },
];
