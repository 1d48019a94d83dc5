//! Declared types: `TypeRef` (syntax) to `VarType` (runtime), inference for `var $x:=expr`,
//! and the commands that fold to constants.

use crate::ast::{self, ExprKind, TypeRef};
use crate::code::{Expr, VarType};
use crate::value::Value;

/// `True`, `False`, `Null` are commands in 4D; fold them to constants.
pub fn fold_constant_command(name: &str, args: &[ast::Expr]) -> Option<Expr> {
    if !args.is_empty() {
        return None;
    }
    match name.to_lowercase().as_str() {
        "true" => Some(Expr::Const(Value::Bool(true))),
        "false" => Some(Expr::Const(Value::Bool(false))),
        "null" => Some(Expr::Const(Value::Null)),
        _ => None,
    }
}

pub fn var_type(t: &TypeRef) -> VarType {
    match t {
        TypeRef::Text => VarType::Text,
        TypeRef::Integer => VarType::Integer,
        TypeRef::Real => VarType::Real,
        TypeRef::Boolean => VarType::Boolean,
        TypeRef::Date => VarType::Date,
        TypeRef::Time => VarType::Time,
        TypeRef::Object => VarType::Object,
        TypeRef::Collection => VarType::Collection,
        TypeRef::Variant => VarType::Variant,
        TypeRef::Pointer => VarType::Pointer,
        TypeRef::Picture => VarType::Picture,
        TypeRef::Blob => VarType::Blob,
        TypeRef::Class { store, path } => {
            if store == "4D" && path.len() == 1 && path[0].eq_ignore_ascii_case("Object") {
                VarType::Object
            } else {
                VarType::Class(format!("{store}.{}", path.join(".")).into())
            }
        }
    }
}

/// `var $x:=expr` without a type: infer from the initialiser (spec §3.2).
pub fn infer_type(e: &ast::Expr) -> VarType {
    match &e.kind {
        ExprKind::Text(_) => VarType::Text,
        ExprKind::Number { .. } => VarType::Real,
        ExprKind::Date { .. } => VarType::Date,
        ExprKind::Time(_) => VarType::Time,
        ExprKind::ObjectLit(_) => VarType::Object,
        ExprKind::CollectionLit(_) => VarType::Collection,
        _ => VarType::Variant,
    }
}
