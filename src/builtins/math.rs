//! Arithmetic functions: `Abs`, `Int`, `Dec`, `Round`, `Trunc`, `Mod`, `Random`,
//! `Square root`, `Exp`, `Log`, `Sin`, `Cos`, `Tan`, `Arctan`, and `Generate UUID`.
//! Results are Reals (interpreted 4D keeps every number as Real); `Random` and `Generate
//! UUID` come from the determinism service so `FOURD_SEED` pins them.

use super::numfmt::round_places;
use super::{Args, Command, Imp};
use crate::interp::Ctx;
use crate::interp::error::{R, codes, err};
use crate::value::Value;

/// One-argument numeric commands: one small function each, generated.
macro_rules! unary_fns {
    ($($fname:ident => $f:expr;)*) => {
        $(
            fn $fname(_ctx: &mut Ctx, args: &mut Args) -> R {
                let f: fn(f64) -> f64 = $f;
                Ok(Value::Real(f(args.real(0)?)))
            }
        )*
    };
}

unary_fns! {
    abs => f64::abs;
    int => f64::floor;
    dec => |x| x - x.trunc();
    square_root => f64::sqrt;
    exp => f64::exp;
    log => f64::ln;
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    arctan => f64::atan;
}

const fn unary(name: &'static str, number: u32, f: fn(&mut Ctx, &mut Args) -> R) -> Command {
    Command {
        name,
        number,
        params: "number : Real",
        result: "Real",
        min_args: 1,
        max_args: 1,
        imp: Imp::Values(f),
    }
}

use crate::builtins::values_row as row;

pub static COMMANDS: &[Command] = &[
    unary("Abs", 99, abs),
    unary("Int", 8, int),
    unary("Dec", 9, dec),
    unary("Square root", 539, square_root),
    unary("Exp", 21, exp),
    unary("Log", 22, log),
    unary("Sin", 17, sin),
    unary("Cos", 18, cos),
    unary("Tan", 19, tan),
    unary("Arctan", 20, arctan),
    row(
        "Round",
        94,
        "round : Real; places : Integer",
        "Real",
        2,
        2,
        round,
    ),
    row(
        "Trunc",
        95,
        "number : Real; places : Integer",
        "Real",
        2,
        2,
        trunc,
    ),
    row(
        "Mod",
        98,
        "number1 : Integer; number2 : Integer",
        "Real",
        2,
        2,
        modulo,
    ),
    row("Random", 100, "", "Integer", 0, 0, random),
    row("Generate UUID", 1066, "", "Text", 0, 0, generate_uuid),
];

fn round(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Real(round_places(
        args.real(0)?,
        args.int(1)? as i32,
    )))
}

/// Truncate toward zero at `places` decimals.
pub fn trunc_places(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places.abs());
    // 4D's Trunc goes toward negative infinity: Trunc(-216.897;1) is -216.9.
    if places >= 0 {
        let scaled = ((x * f) * 1e9).round() / 1e9;
        scaled.floor() / f
    } else {
        (x / f).floor() * f
    }
}

fn trunc(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Real(trunc_places(
        args.real(0)?,
        args.int(1)? as i32,
    )))
}

fn modulo(_ctx: &mut Ctx, args: &mut Args) -> R {
    let a = round_places(args.real(0)?, 0);
    let b = round_places(args.real(1)?, 0);
    if b == 0.0 {
        return err(codes::DIVISION_BY_ZERO, "Division by zero");
    }
    Ok(Value::Real(a % b))
}

fn random(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Real((ctx.env().random_u32() % 32768) as f64))
}

fn generate_uuid(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::text(ctx.env().uuid()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation() {
        assert_eq!(trunc_places(1.5, 0), 1.0);
        assert_eq!(trunc_places(-1.5, 0), -2.0);
        assert_eq!(trunc_places(-216.897, 1), -216.9);
        assert_eq!(trunc_places(-216.897, -1), -220.0);
        assert_eq!(trunc_places(2.567, 2), 2.56);
        assert_eq!(trunc_places(32345.67, -3), 32000.0);
    }
}
