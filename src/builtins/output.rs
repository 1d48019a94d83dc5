//! Output commands: `ALERT` (fourd's headless dialog: the message and a newline on
//! stdout) and `LOG EVENT` (`Into system standard outputs`: the message unchanged on
//! stdout, or stderr for `Error message` importance; other destinations are ignored).

use crate::builtins::{Args, Command, Imp};
use crate::interp::Ctx;
use crate::interp::error::R;
use crate::value::Value;

/// `Into system standard outputs`
const INTO_SYSTEM_STANDARD_OUTPUTS: i64 = 6;
/// `Error message` importance
const ERROR_MESSAGE: i64 = 2;

fn alert(ctx: &mut Ctx, args: &mut Args) -> R {
    let text = args.text(0)?;
    let mut line = String::with_capacity(text.len() + 1);
    line.push_str(&text);
    line.push('\n');
    ctx.write_stdout(&line);
    Ok(Value::Undefined)
}

fn log_event(ctx: &mut Ctx, args: &mut Args) -> R {
    // LOG EVENT({outputType;} message {; importance})
    let (output, msg_at) = match args.get(0) {
        Value::Text(_) => (0, 0),
        _ => (args.int(0)?, 1),
    };
    let message = args.text(msg_at)?;
    let importance = args.int_or(msg_at + 1, 0)?;
    if output == INTO_SYSTEM_STANDARD_OUTPUTS {
        if importance == ERROR_MESSAGE {
            ctx.write_stderr(&message);
        } else {
            ctx.write_stdout(&message);
        }
    }
    Ok(Value::Undefined)
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "ALERT",
        number: 41,
        params: "message : Text {; ok button title : Text}",
        result: "",
        min_args: 1,
        max_args: 2,
        imp: Imp::Values(alert),
    },
    Command {
        name: "LOG EVENT",
        number: 667,
        params: "{outputType : Integer;} message : Text {; importance : Integer}",
        result: "",
        min_args: 1,
        max_args: 3,
        imp: Imp::Values(log_event),
    },
];
