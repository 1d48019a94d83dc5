//! Operator semantics: 4D's type rules for arithmetic, comparison, text and date/time
//! operators (spec language.md §5), and the text comparison every search uses.
//!
//! Text comparison is case-insensitive and accent-insensitive; `@` in the right operand
//! of `=`, `#` (and a trailing `@` in ordering comparisons) is a wildcard.

use crate::ast::BinOp;
use crate::interp::error::{R, RtError, codes};
use crate::value::{Date, Text, Value};
use std::cmp::Ordering;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

fn incompatible(op: BinOp, l: &Value, r: &Value) -> Box<RtError> {
    if l.is_undefined() || r.is_undefined() {
        return RtError::new(
            codes::UNDEFINED_IN_EXPRESSION,
            format!(
                "The operator `{}` cannot be applied to an undefined value",
                op.symbol()
            ),
        );
    }
    RtError::new(
        codes::INCOMPATIBLE_TYPES,
        format!(
            "The operator `{}` cannot be applied to {} and {}",
            op.symbol(),
            l.type_name(),
            r.type_name()
        ),
    )
}

/// The numeric cases that cannot fail, computed inline (the evaluator's hot path); `None`
/// sends everything else (other types, overflow, division by zero, ...) to [`binary`].
/// The results are exactly `binary`'s.
#[inline(always)]
pub fn numeric_fast(op: BinOp, l: &Value, r: &Value) -> Option<Value> {
    use BinOp::*;
    use Value::*;
    let (a, b) = match (l, r) {
        (Int(a), Int(b)) => {
            let (a, b) = (*a, *b);
            return match op {
                Add => a.checked_add(b).map(Int),
                Sub => a.checked_sub(b).map(Int),
                Mul => a.checked_mul(b).map(Int),
                Eq => Some(Bool(a == b)),
                Ne => Some(Bool(a != b)),
                Lt => Some(Bool(a < b)),
                Gt => Some(Bool(a > b)),
                Le => Some(Bool(a <= b)),
                Ge => Some(Bool(a >= b)),
                Div => Some(Real(a as f64 / b as f64)),
                // Truncating integer division is exact for Longints (as `real_op` computes).
                IntDiv if b != 0 => Some(Real((a as i64 / b as i64) as f64)),
                Mod if b != 0 => Some(Real((a as i64 % b as i64) as f64)),
                _ => None,
            };
        }
        (Real(a), Real(b)) => (*a, *b),
        (Int(a), Real(b)) => (*a as f64, *b),
        (Real(a), Int(b)) => (*a, *b as f64),
        _ => return None,
    };
    match op {
        Add => Some(Real(a + b)),
        Sub => Some(Real(a - b)),
        Mul => Some(Real(a * b)),
        Div => Some(Real(a / b)),
        Eq => Some(Bool(a == b)),
        Ne => Some(Bool(a != b)),
        Lt => Some(Bool(a < b)),
        Gt => Some(Bool(a > b)),
        Le => Some(Bool(a <= b)),
        Ge => Some(Bool(a >= b)),
        IntDiv if b != 0.0 => Some(Real(real_int_div(a, b))),
        Mod if b as i64 != 0 => Some(Real((a as i64).wrapping_rem(b as i64) as f64)),
        _ => None,
    }
}

/// `a \ b` for b ≠ 0: the truncated quotient.
#[inline(always)]
pub(crate) fn real_int_div(a: f64, b: f64) -> f64 {
    // A cast truncates like `trunc()` without a libm call (exact below 2^53).
    let q = a / b;
    if q.abs() < 9.0e15 {
        q as i64 as f64
    } else {
        q.trunc()
    }
}

/// Evaluate a binary operator (not `&&`/`||`, which short-circuit in the evaluator).
pub fn binary(op: BinOp, l: &Value, r: &Value) -> R {
    use BinOp::*;
    use Value::*;
    // Fast paths for the common numeric cases.
    match (l, r) {
        (Int(a), Int(b)) => return int_op(op, *a, *b, l, r),
        (Real(a), Real(b)) => return real_op(op, *a, *b, l, r),
        (Int(a), Real(b)) => return real_op(op, *a as f64, *b, l, r),
        (Real(a), Int(b)) => return real_op(op, *a, *b as f64, l, r),
        _ => {}
    }
    match op {
        Eq => return Ok(Bool(equal_op(l, r)?)),
        Ne => return Ok(Bool(!equal_op(l, r)?)),
        Lt | Gt | Le | Ge => return order_op(op, l, r),
        _ => {}
    }
    match (l, r) {
        (Text(a), Text(b)) => match op {
            Add => {
                let mut s = String::with_capacity(a.len() + b.len());
                s.push_str(a);
                s.push_str(b);
                Ok(Value::Text(s.into()))
            }
            Mod => Ok(Bool(contains_keyword(a, b))),
            _ => Err(incompatible(op, l, r)),
        },
        (Text(a), Int(_) | Real(_)) if op == Mul => {
            let n = r.as_number().unwrap_or(0.0);
            let n = if n > 0.0 { n as usize } else { 0 };
            crate::limits::reserve(a.len().saturating_mul(n))
                .map_err(|m| RtError::new(crate::limits::ERR_MEMORY, m))?;
            Ok(Value::Text(a.repeat(n).into()))
        }
        (Bool(a), Bool(b)) => match op {
            BitAnd => Ok(Bool(*a && *b)),
            BitOr => Ok(Bool(*a || *b)),
            _ => Err(incompatible(op, l, r)),
        },
        (Date(d), Int(_) | Real(_)) => {
            let n = r.as_number().unwrap_or(0.0).trunc() as i64;
            match op {
                Add => Ok(Value::Date(date_add_days(*d, n))),
                Sub => Ok(Value::Date(date_add_days(*d, -n))),
                _ => Err(incompatible(op, l, r)),
            }
        }
        (Date(a), Date(b)) if op == Sub => {
            let da = a.to_days().unwrap_or(0);
            let db = b.to_days().unwrap_or(0);
            Ok(Real((da - db) as f64))
        }
        (Time(a), Time(b)) => match op {
            Add => Ok(Time(a + b)),
            Sub => Ok(Time(a - b)),
            Mod if *b != 0 => Ok(Time(a.rem_euclid(*b))),
            Mul => Ok(Real((*a * *b) as f64)),
            Div if *b != 0 => Ok(Real(*a as f64 / *b as f64)),
            _ => Err(incompatible(op, l, r)),
        },
        (Time(a), Int(_) | Real(_)) => {
            let n = r.as_number().unwrap_or(0.0);
            real_op(op, *a as f64, n, l, r)
        }
        (Int(_) | Real(_), Time(b)) => {
            let n = l.as_number().unwrap_or(0.0);
            real_op(op, n, *b as f64, l, r)
        }
        _ => Err(incompatible(op, l, r)),
    }
}

fn date_add_days(d: Date, n: i64) -> Date {
    match d.to_days() {
        Some(days) => Date::from_days(days + n),
        None => Date::NULL,
    }
}

fn int_op(op: BinOp, a: i32, b: i32, l: &Value, r: &Value) -> R {
    use BinOp::*;
    Ok(match op {
        Add => a
            .checked_add(b)
            .map(Value::Int)
            .unwrap_or(Value::Real(a as f64 + b as f64)),
        Sub => a
            .checked_sub(b)
            .map(Value::Int)
            .unwrap_or(Value::Real(a as f64 - b as f64)),
        Mul => a
            .checked_mul(b)
            .map(Value::Int)
            .unwrap_or(Value::Real(a as f64 * b as f64)),
        Eq => Value::Bool(a == b),
        Ne => Value::Bool(a != b),
        Lt => Value::Bool(a < b),
        Gt => Value::Bool(a > b),
        Le => Value::Bool(a <= b),
        Ge => Value::Bool(a >= b),
        BitAnd => Value::Int(a & b),
        BitOr => Value::Int(a | b),
        _ => return real_op(op, a as f64, b as f64, l, r),
    })
}

fn real_op(op: BinOp, a: f64, b: f64, l: &Value, r: &Value) -> R {
    use BinOp::*;
    Ok(match op {
        Add => Value::Real(a + b),
        Sub => Value::Real(a - b),
        Mul => Value::Real(a * b),
        Div => Value::Real(a / b),
        Pow => Value::Real(a.powf(b)),
        IntDiv => {
            if b == 0.0 {
                return Err(division_by_zero());
            }
            Value::Real(real_int_div(a, b))
        }
        Mod => {
            let (x, y) = (a as i64, b as i64);
            if y == 0 {
                return Err(division_by_zero());
            }
            Value::Real(x.wrapping_rem(y) as f64)
        }
        Eq => Value::Bool(a == b),
        Ne => Value::Bool(a != b),
        Lt => Value::Bool(a < b),
        Gt => Value::Bool(a > b),
        Le => Value::Bool(a <= b),
        Ge => Value::Bool(a >= b),
        BitAnd | BitOr | BitXor | Shl | Shr | BitSet | BitClear | BitTest => {
            let x = a as i64 as i32;
            let y = b as i64 as i32;
            bitwise(op, x, y)
        }
        And | Or | HScale | VScale => return Err(incompatible(op, l, r)),
    })
}

fn bitwise(op: BinOp, x: i32, y: i32) -> Value {
    use BinOp::*;
    let shift_ok = (0..=31).contains(&y);
    match op {
        BitAnd => Value::Int(x & y),
        BitOr => Value::Int(x | y),
        BitXor => Value::Int(x ^ y),
        Shl => Value::Int(if shift_ok {
            ((x as u32) << y) as i32
        } else {
            0
        }),
        Shr => Value::Int(if shift_ok {
            ((x as u32) >> y) as i32
        } else {
            0
        }),
        BitSet => Value::Int(if shift_ok { x | (1 << y) } else { x }),
        BitClear => Value::Int(if shift_ok { x & !(1 << y) } else { x }),
        BitTest => Value::Bool(shift_ok && (x >> y) & 1 == 1),
        _ => Value::Undefined,
    }
}

fn division_by_zero() -> Box<RtError> {
    RtError::new(codes::DIVISION_BY_ZERO, "Division by zero")
}

// ------------------------------------------------------------------------ equality

fn equal_op(l: &Value, r: &Value) -> R<bool> {
    Ok(equal(l, r))
}

/// 4D's `=`: numbers across Integer/Real, text case- and accent-insensitive with `@`
/// wildcards in `b`, identity for objects and collections, Null = Undefined.
pub fn equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Undefined | Null, Undefined | Null) => true,
        (Undefined | Null, _) | (_, Undefined | Null) => false,
        (Int(x), Int(y)) => x == y,
        (Int(_) | Real(_), Int(_) | Real(_)) => a.as_number() == b.as_number(),
        (Text(x), Text(y)) => text_equal(x, y),
        (Bool(x), Bool(y)) => x == y,
        (Date(x), Date(y)) => x == y,
        (Time(x), Time(y)) => x == y,
        (Object(x), Object(y)) => x.ptr_eq(y),
        (Collection(x), Collection(y)) => x.ptr_eq(y),
        (Pointer(x), Pointer(y)) => x.same_target(y),
        (Formula(x), Formula(y)) => std::sync::Arc::ptr_eq(x, y),
        _ => false,
    }
}

/// Equality with no wildcard (`===` in queries, `Position`-style exact searches).
pub fn equal_strict(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => compare_text(x, y) == Ordering::Equal,
        _ => equal(a, b),
    }
}

// ------------------------------------------------------------------------ ordering

fn order_op(op: BinOp, l: &Value, r: &Value) -> R {
    use Value::*;
    let ord = match (l, r) {
        (Undefined, Text(_) | Date(_) | Time(_) | Int(_) | Real(_))
        | (Text(_) | Date(_) | Time(_) | Int(_) | Real(_), Undefined) => return Ok(Bool(false)),
        (Text(a), Text(b)) => text_order_with_wildcard(a, b),
        (Date(a), Date(b)) => Some(a.cmp(b)),
        (Time(a), Time(b)) => Some(a.cmp(b)),
        (Bool(a), Bool(b)) => Some(a.cmp(b)),
        _ => return Err(incompatible(op, l, r)),
    };
    let Some(ord) = ord else {
        return Ok(Bool(false));
    };
    Ok(Bool(match op {
        BinOp::Lt => ord == Ordering::Less,
        BinOp::Gt => ord == Ordering::Greater,
        BinOp::Le => ord != Ordering::Greater,
        BinOp::Ge => ord != Ordering::Less,
        _ => false,
    }))
}

/// Ordering comparison with a single trailing `@` supported in `pattern` (compares the
/// prefix); any other `@` makes the comparison invalid (`None`).
fn text_order_with_wildcard(a: &str, pattern: &str) -> Option<Ordering> {
    match pattern.find('@') {
        None => Some(compare_text(a, pattern)),
        Some(i) if i == pattern.len() - 1 => {
            let prefix = &pattern[..i];
            let fa = fold(a);
            let fp = fold(prefix);
            let head: String = fa.chars().take(fp.chars().count()).collect();
            Some(head.cmp(&fp))
        }
        Some(_) => None,
    }
}

// ------------------------------------------------------------------------ text

/// Fold text for comparison: lower case, accents removed.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Case- and accent-insensitive collation order.
pub fn compare_text(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        let (x, y) = (a.as_bytes(), b.as_bytes());
        for (p, q) in x.iter().zip(y) {
            let (p, q) = (p.to_ascii_lowercase(), q.to_ascii_lowercase());
            if p != q {
                return p.cmp(&q);
            }
        }
        return x.len().cmp(&y.len());
    }
    fold(a).cmp(&fold(b))
}

/// The text part of `=`: `pattern` may hold `@` wildcards (zero or more characters);
/// two `@` in a row never match.
pub fn text_equal(a: &str, pattern: &str) -> bool {
    if !pattern.contains('@') {
        return compare_text(a, pattern) == Ordering::Equal;
    }
    if pattern.contains("@@") {
        return false;
    }
    let text: Vec<char> = fold(a).chars().collect();
    let pieces: Vec<Vec<char>> = fold(pattern)
        .split('@')
        .map(|p| p.chars().collect())
        .collect();
    wildcard_match(&text, &pieces)
}

fn wildcard_match(text: &[char], pieces: &[Vec<char>]) -> bool {
    let first = &pieces[0];
    if !text.starts_with(first) {
        return false;
    }
    let mut pos = first.len();
    let last = pieces.len() - 1;
    for (i, piece) in pieces.iter().enumerate().skip(1) {
        if i == last {
            return text.len() >= pos + piece.len()
                && text[text.len() - piece.len()..] == piece[..];
        }
        match find(&text[pos..], piece) {
            Some(at) => pos += at + piece.len(),
            None => return false,
        }
    }
    pos == text.len()
}

fn find(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `%` on texts: `word` appears in `text` as a whole word (a trailing `@` allows a prefix).
pub fn contains_keyword(text: &str, word: &str) -> bool {
    let word = fold(word);
    let (word, prefix) = match word.strip_suffix('@') {
        Some(w) => (w.to_string(), true),
        None => (word, false),
    };
    if word.is_empty() || word.contains(|c: char| !c.is_alphanumeric()) {
        return false;
    }
    fold(text).split(|c: char| !c.is_alphanumeric()).any(|w| {
        if prefix {
            w.starts_with(&word)
        } else {
            w == word
        }
    })
}

/// Sort order across types used by `sort()`, `orderBy()`, `min()`/`max()` and
/// `SORT ARRAY`: null < booleans < texts < numbers < objects < collections < dates
/// (times sort with numbers); within a type, the natural order (texts by collation).
pub fn compare_values(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Undefined | Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Text(_) => 2,
            Value::Int(_) | Value::Real(_) | Value::Time(_) => 3,
            Value::Object(_) | Value::Formula(_) => 4,
            Value::Collection(_) => 5,
            Value::Date(_) => 6,
            _ => 7,
        }
    }
    let (ra, rb) = (rank(a), rank(b));
    if ra != rb {
        return ra.cmp(&rb);
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Text(x), Value::Text(y)) => compare_text(x, y),
        (Value::Date(x), Value::Date(y)) => x.cmp(y),
        _ => {
            let x = number_for_sort(a);
            let y = number_for_sort(b);
            x.partial_cmp(&y).unwrap_or(Ordering::Equal)
        }
    }
}

fn number_for_sort(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Real(r) => *r,
        Value::Time(t) => *t as f64,
        _ => 0.0,
    }
}

/// Concatenate text parts (used by in-place append).
pub fn text_of(v: &Value) -> Option<&Text> {
    match v {
        Value::Text(t) => Some(t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Value {
        Value::text(s)
    }

    #[test]
    fn text_comparison_ignores_case_and_accents() {
        assert!(equal(&t("a"), &t("A")));
        assert!(equal(&t("n"), &t("ñ")));
        assert!(equal(&t("A"), &t("å")));
        assert!(!equal(&t("a"), &t("b")));
    }

    #[test]
    fn wildcards() {
        assert!(text_equal("abcdefghij", "abc@"));
        assert!(text_equal("abcdefghij", "@abcde@fghij@"));
        assert!(!text_equal("abc@", "abcdefghij"));
        assert!(!text_equal("abcfg", "abc@@fg"));
        assert!(text_equal("Albert", "al@"));
        assert!(text_equal("xyz", "@"));
        assert!(!text_equal("abcx", "@b"));
    }

    #[test]
    fn keyword_search() {
        assert!(contains_keyword("Alpha Bravo", "Bravo"));
        assert!(!contains_keyword("Alpha Bravo", "ravo"));
        assert!(contains_keyword("Software and Computers", "comput@"));
    }

    #[test]
    fn arithmetic_is_typed() {
        assert!(matches!(
            binary(BinOp::Add, &Value::Int(2), &Value::Int(3)).unwrap(),
            Value::Int(5)
        ));
        assert!(
            matches!(binary(BinOp::Div, &Value::Int(5), &Value::Int(2)).unwrap(), Value::Real(r) if r == 2.5)
        );
        assert!(
            matches!(binary(BinOp::Mul, &t("ab"), &Value::Real(3.0)).unwrap(), Value::Text(s) if s.as_str() == "ababab")
        );
        let d = Value::Date(Date::new(2017, 1, 20));
        assert!(
            matches!(binary(BinOp::Add, &d, &Value::Real(9.0)).unwrap(), Value::Date(x) if x == Date::new(2017, 1, 29))
        );
        assert!(
            matches!(binary(BinOp::Add, &Value::Time(7384), &Value::Real(65.0)).unwrap(), Value::Real(r) if r == 7449.0)
        );
    }

    #[test]
    fn bitwise_ops() {
        assert!(
            matches!(binary(BinOp::BitXor, &Value::Real(0x0000FFFF as f64), &Value::Real(0xFF00FF00u32 as i32 as f64)).unwrap(), Value::Int(x) if x == 0xFF0000FFu32 as i32)
        );
        assert!(matches!(
            binary(BinOp::BitTest, &Value::Real(65536.0), &Value::Real(16.0)).unwrap(),
            Value::Bool(true)
        ));
    }
}
