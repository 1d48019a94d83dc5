//! Date and time commands: `Current date`, `Current time`, `Milliseconds`, `Tickcount`,
//! `Timestamp`, `Year of`, `Month of`, `Day of`, `Day number`, `Add to date`, `Date`,
//! `Time`, `Time string`. The clock comes from the determinism service (`Env`), so
//! `FOURD_NOW`/`FOURD_TZ` pin every result; formatting and parsing live in [`datefmt`].
//!
//! `Milliseconds` and `Tickcount` count from the start of fourd (4D counts from the start
//! of the machine; only differences are meaningful in both).

use super::datefmt;
use super::text::{date_of, ymd};
use super::{Args, Command};
use crate::interp::Ctx;
use crate::interp::error::{R, RtError, codes};
use crate::value::{Date, Value};
use chrono::{Datelike, Timelike};

use crate::builtins::values_row as row;

pub static COMMANDS: &[Command] = &[
    row("Current date", 33, "{*}", "Date", 0, 0, current_date),
    row("Current time", 178, "{*}", "Time", 0, 0, current_time),
    row("Milliseconds", 459, "", "Integer", 0, 0, milliseconds),
    row("Tickcount", 458, "", "Integer", 0, 0, tickcount),
    row("Timestamp", 1445, "", "Text", 0, 0, timestamp),
    row("Year of", 25, "date : Date", "Integer", 1, 1, year_of),
    row("Month of", 24, "date : Date", "Integer", 1, 1, month_of),
    row("Day of", 23, "date : Date", "Integer", 1, 1, day_of),
    row(
        "Day number",
        114,
        "date : Date",
        "Integer",
        1,
        1,
        day_number,
    ),
    row(
        "Add to date",
        393,
        "date : Date; years : Integer; months : Integer; days : Integer",
        "Date",
        4,
        4,
        add_to_date,
    ),
    row("Date", 102, "expression : Text|Date", "Date", 1, 1, date),
    row("Time", 179, "expression : Text|Integer", "Time", 1, 1, time),
    row(
        "Time string",
        180,
        "seconds : Time|Integer",
        "Text",
        1,
        1,
        time_string,
    ),
];

fn current_date(ctx: &mut Ctx, _args: &mut Args) -> R {
    let now = ctx.env().now_local();
    Ok(Value::Date(Date::new(
        now.year() as u16,
        now.month() as u8,
        now.day() as u8,
    )))
}

fn current_time(ctx: &mut Ctx, _args: &mut Args) -> R {
    let now = ctx.env().now_local();
    Ok(Value::Time(now.num_seconds_from_midnight() as i64))
}

fn elapsed_ms(ctx: &Ctx) -> u128 {
    ctx.env().start_instant().elapsed().as_millis()
}

fn milliseconds(ctx: &mut Ctx, _args: &mut Args) -> R {
    // A signed 32-bit counter that wraps, as in 4D.
    Ok(Value::Real((elapsed_ms(ctx) as u32 as i32) as f64))
}

fn tickcount(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Real(
        (elapsed_ms(ctx) * 60 / 1000) as u32 as i32 as f64,
    ))
}

fn timestamp(ctx: &mut Ctx, _args: &mut Args) -> R {
    let now = ctx.env().now_utc();
    Ok(Value::text(
        now.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
    ))
}

fn year_of(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Real(args.date(0)?.year as f64))
}

fn month_of(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Real(args.date(0)?.month as f64))
}

fn day_of(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Real(args.date(0)?.day as f64))
}

fn day_number(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Real(datefmt::day_number(ymd(args.date(0)?)) as f64))
}

fn add_to_date(_ctx: &mut Ctx, args: &mut Args) -> R {
    let d = ymd(args.date(0)?);
    let r = datefmt::add_to_date(d, args.int(1)?, args.int(2)?, args.int(3)?);
    Ok(Value::Date(date_of(r)))
}

/// `Date(v)`: text parsed (ISO or short date), dates as is, Undefined/Null → null date.
pub fn to_date(ctx: &Ctx, v: &Value) -> R<Date> {
    Ok(match v {
        Value::Date(d) => *d,
        Value::Text(t) => date_of(datefmt::parse_date(t, ctx.env().utc_offset_seconds())),
        Value::Undefined | Value::Null => Date::NULL,
        other => {
            return Err(RtError::new(
                codes::TYPE_MISMATCH,
                format!("Date expects a text or a date, not {}", other.type_name()),
            ));
        }
    })
}

fn date(ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Date(to_date(ctx, args.get(0))?))
}

/// `Time(v)`: text `HH:MM:SS`, a number of seconds, or a time.
pub fn to_time(v: &Value) -> R<i64> {
    Ok(match v {
        Value::Time(t) => *t,
        Value::Text(t) => datefmt::parse_time(t),
        Value::Int(i) => *i as i64,
        Value::Real(r) => r.trunc() as i64,
        Value::Undefined | Value::Null => 0,
        other => {
            return Err(RtError::new(
                codes::TYPE_MISMATCH,
                format!("Time expects a text or a number, not {}", other.type_name()),
            ));
        }
    })
}

fn time(_ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(Value::Time(to_time(args.get(0))?))
}

fn time_string(_ctx: &mut Ctx, args: &mut Args) -> R {
    let secs = to_time(args.get(0))?;
    Ok(Value::text(datefmt::format_time(secs, 1)))
}
