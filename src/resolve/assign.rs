//! Assignments: `$local := value` becomes a slot store (with the local's declared type),
//! and two shapes get their own statement so they run in place: `$t := $t + a + b` on a
//! text (`AppendLocal`) and `$o.key := $o.key op x` (`UpdateMember`).

use super::Resolver;
use crate::ast::{self, AssignOp, BinOp, ExprKind};
use crate::code::{Expr, Place, Slot, StmtKind as S, VarType};

impl Resolver<'_> {
    pub(super) fn assign(&mut self, target: &ast::Expr, op: AssignOp, value: &ast::Expr) -> S {
        if op == AssignOp::Set
            && let ExprKind::Local(name) = &target.kind
        {
            let slot = self.local(name);
            let may_be_text = matches!(
                self.code.slot_types[slot as usize],
                None | Some(VarType::Text | VarType::Variant)
            );
            if may_be_text && let Some(parts) = self.append_chain(slot, value) {
                return S::AppendLocal { slot, parts };
            }
            let value = self.expr(value);
            let ty = self.code.slot_types[slot as usize].clone();
            return S::SetLocal { slot, value, ty };
        }
        let target = self.place(target);
        let value = self.expr(value);
        if op == AssignOp::Set
            && let Some((slot, key)) = self_update(&target, &value)
        {
            return S::UpdateMember {
                slot,
                key,
                target,
                value,
            };
        }
        S::Assign { target, op, value }
    }

    /// `$t + a + b` where `$t` is the target local: the parts `[a, b]`.
    fn append_chain(&mut self, slot: Slot, value: &ast::Expr) -> Option<Vec<Expr>> {
        let mut parts = Vec::new();
        let mut cur = value;
        loop {
            match &cur.kind {
                ExprKind::Binary {
                    op: BinOp::Add,
                    lhs,
                    rhs,
                } => {
                    parts.push(rhs.as_ref());
                    cur = lhs;
                }
                ExprKind::Local(name) if !parts.is_empty() => {
                    let lower = name.to_lowercase();
                    let same = self.locals.get(&lower) == Some(&slot)
                        || lower
                            .parse::<u32>()
                            .is_ok_and(|n| n >= 1 && n - 1 == slot && n <= self.code.nparams);
                    if !same {
                        return None;
                    }
                    break;
                }
                _ => return None,
            }
        }
        parts.reverse();
        Some(parts.into_iter().map(|p| self.expr(p)).collect())
    }
}

/// `$o.key := $o.key op x` with `x` a constant or a local: the object's slot and the key.
fn self_update(target: &Place, value: &Expr) -> Option<(Slot, crate::keys::Key)> {
    let Place::Member { object, key } = target else {
        return None;
    };
    let Expr::Local(slot) = object.as_ref() else {
        return None;
    };
    let Expr::Binary { lhs, rhs, .. } = value else {
        return None;
    };
    let Expr::Member {
        object: lobj,
        key: lkey,
    } = lhs.as_ref()
    else {
        return None;
    };
    let same_place = matches!(lobj.as_ref(), Expr::Local(s) if s == slot) && lkey == key;
    let simple_operand = matches!(rhs.as_ref(), Expr::Const(_) | Expr::Local(_));
    (same_place && simple_operand).then_some((*slot, *key))
}
