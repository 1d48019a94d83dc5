//! Blobs from and to text: `CONVERT FROM TEXT` and `Convert to text`.
//!
//! A variable declared `4D.Blob` receives a `4D.Blob` object (an object of class
//! `4D.Blob` holding the bytes); any other variable receives a scalar Blob.

use crate::builtins::{Args, Command, Imp};
use crate::code::{Expr, VarType};
use crate::interp::Ctx;
use crate::interp::error::{R, codes, err};
use crate::interp::native::Native;
use crate::value::{Obj, Value};
use std::sync::Arc;

/// Encode `text` in `charset` (UTF-8, UTF-16 little/big endian, ISO-8859-1/Latin-1 and
/// US-ASCII are supported).
fn encode(text: &str, charset: &str) -> Option<Vec<u8>> {
    match charset
        .to_ascii_lowercase()
        .replace(['-', '_'], "")
        .as_str()
    {
        "utf8" => Some(text.as_bytes().to_vec()),
        "utf16" | "utf16le" => Some(text.encode_utf16().flat_map(u16::to_le_bytes).collect()),
        "utf16be" => Some(text.encode_utf16().flat_map(u16::to_be_bytes).collect()),
        "iso88591" | "latin1" | "usascii" | "ascii" => Some(
            text.chars()
                .map(|c| if (c as u32) < 256 { c as u8 } else { b'?' })
                .collect(),
        ),
        _ => None,
    }
}

fn decode(bytes: &[u8], charset: &str) -> Option<String> {
    match charset
        .to_ascii_lowercase()
        .replace(['-', '_'], "")
        .as_str()
    {
        "utf8" => Some(String::from_utf8_lossy(bytes).into_owned()),
        "utf16" | "utf16le" => Some(String::from_utf16_lossy(
            &bytes
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        )),
        "utf16be" => Some(String::from_utf16_lossy(
            &bytes
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect::<Vec<_>>(),
        )),
        "iso88591" | "latin1" | "usascii" | "ascii" => {
            Some(bytes.iter().map(|b| *b as char).collect())
        }
        _ => None,
    }
}

/// A `4D.Blob` object holding `bytes`.
pub fn blob_object(bytes: Vec<u8>) -> Value {
    let o = Obj::new();
    o.set_class(crate::interp::class::builtin_class("Blob"));
    o.set_native(Native::Other("Blob", Arc::new(bytes)));
    o.set_raw(
        crate::keys::Key::intern("size"),
        Value::Real(
            o.native()
                .and_then(|n| n.downcast::<Vec<u8>>())
                .map(|b| b.len())
                .unwrap_or(0) as f64,
        ),
    );
    Value::Object(o)
}

/// The bytes of a scalar Blob or a `4D.Blob` object.
pub fn bytes_of(v: &Value) -> Option<Arc<Vec<u8>>> {
    match v {
        Value::Blob(b) => Some(b.clone()),
        Value::Object(o) => o.native().and_then(|n| n.downcast::<Vec<u8>>()),
        _ => None,
    }
}

/// `CONVERT FROM TEXT(text; charSet; blob)`
fn convert_from_text(ctx: &mut Ctx, args: &[Expr]) -> R {
    let text = match ctx.eval(&args[0])? {
        Value::Text(t) => t,
        other => {
            return err(
                codes::TYPE_MISMATCH,
                format!("CONVERT FROM TEXT needs a text, not {}", other.type_name()),
            );
        }
    };
    let charset = match ctx.eval(&args[1])? {
        Value::Text(t) => t.to_string(),
        other => {
            return err(
                codes::TYPE_MISMATCH,
                format!(
                    "the character set must be a text, not {}",
                    other.type_name()
                ),
            );
        }
    };
    let Some(bytes) = encode(&text, &charset) else {
        return err(
            codes::GENERIC,
            format!("Unsupported character set `{charset}`"),
        );
    };
    let wants_object = match &args[2] {
        Expr::Local(slot) => matches!(
            ctx.frame().and_then(|f| f.code.slot_types.get(*slot as usize).cloned().flatten()),
            Some(VarType::Class(ref c)) if c.as_ref() == "4D.Blob"
        ),
        _ => false,
    };
    let value = if wants_object {
        blob_object(bytes)
    } else {
        Value::Blob(Arc::new(bytes))
    };
    crate::builtins::array::assign_expr(ctx, &args[2], value)?;
    Ok(Value::Undefined)
}

/// `Convert to text(blob; charSet)`
fn convert_to_text(_ctx: &mut Ctx, args: &mut Args) -> R {
    let Some(bytes) = bytes_of(args.get(0)) else {
        return err(
            codes::TYPE_MISMATCH,
            format!(
                "Convert to text needs a blob, not {}",
                args.get(0).type_name()
            ),
        );
    };
    let charset = args.text(1)?;
    match decode(&bytes, &charset) {
        Some(t) => Ok(Value::text(t)),
        None => err(
            codes::GENERIC,
            format!("Unsupported character set `{charset}`"),
        ),
    }
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "CONVERT FROM TEXT",
        number: 1011,
        params: "text : Text; charSet : Text; blob : Blob",
        result: "",
        min_args: 3,
        max_args: 3,
        imp: Imp::Raw(convert_from_text),
    },
    Command {
        name: "Convert to text",
        number: 1012,
        params: "blob : Blob; charSet : Text",
        result: "Text",
        min_args: 2,
        max_args: 2,
        imp: Imp::Values(convert_to_text),
    },
];
