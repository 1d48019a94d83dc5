//! Everything that varies between runs, behind one service so tests can pin it.
//!
//! | variable       | pins                                                        |
//! |----------------|-------------------------------------------------------------|
//! | `FOURD_NOW`    | the clock: ISO date-time (`2024-05-01T10:00:00`), local time; the clock then advances normally from it |
//! | `FOURD_TZ`     | the time zone offset: `+02:00`, `-0500`, `Z`/`UTC`          |
//! | `FOURD_SEED`   | `Random`, `Generate UUID`, session ids (a number)           |
//! | `FOURD_MACHINE`| `Current machine`, session `machineName`                    |
//! | `FOURD_USER`   | `Current system user`, session `systemUserName`             |
//!
//! Without them fourd uses the real clock, the system time zone, fresh randomness and the
//! real machine and user names.

use chrono::{DateTime, Duration, FixedOffset, Local, NaiveDateTime, Offset, Utc};
use parking_lot::Mutex;
use std::time::Instant;

pub struct Env {
    start: Instant,
    /// UTC instant at `start`.
    start_utc: DateTime<Utc>,
    offset: FixedOffset,
    rng: Mutex<u64>,
    seeded: bool,
    machine: String,
    user: String,
}

impl Env {
    /// Read the `FOURD_*` variables from the process environment.
    pub fn from_environment() -> Env {
        let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        Env::new(
            get("FOURD_NOW").as_deref(),
            get("FOURD_TZ").as_deref(),
            get("FOURD_SEED").and_then(|s| s.parse().ok()),
            get("FOURD_MACHINE"),
            get("FOURD_USER"),
        )
    }

    pub fn new(
        now: Option<&str>,
        tz: Option<&str>,
        seed: Option<u64>,
        machine: Option<String>,
        user: Option<String>,
    ) -> Env {
        let offset = tz
            .and_then(parse_offset)
            .unwrap_or_else(|| Local::now().offset().fix());
        let start_utc = match now.and_then(parse_local_datetime) {
            Some(local) => (local - Duration::seconds(offset.local_minus_utc() as i64)).and_utc(),
            None => Utc::now(),
        };
        let seed_value = seed.unwrap_or_else(|| {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            (t.as_nanos() as u64) ^ (std::process::id() as u64).rotate_left(32)
        });
        Env {
            start: Instant::now(),
            start_utc,
            offset,
            rng: Mutex::new(seed_value.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
            seeded: seed.is_some(),
            machine: machine.unwrap_or_else(|| {
                hostname::get()
                    .ok()
                    .and_then(|h| h.into_string().ok())
                    .unwrap_or_else(|| "localhost".into())
            }),
            user: user.unwrap_or_else(|| whoami::username().unwrap_or_else(|_| "user".into())),
        }
    }

    pub fn now_utc(&self) -> DateTime<Utc> {
        self.start_utc + Duration::from_std(self.start.elapsed()).unwrap_or_default()
    }
    pub fn now_local(&self) -> NaiveDateTime {
        (self.now_utc() + Duration::seconds(self.offset.local_minus_utc() as i64)).naive_utc()
    }
    pub fn utc_offset_seconds(&self) -> i32 {
        self.offset.local_minus_utc()
    }
    /// The UTC time fourd started (the standalone session's creation time).
    pub fn start_utc(&self) -> DateTime<Utc> {
        self.start_utc
    }
    pub fn start_instant(&self) -> Instant {
        self.start
    }
    /// xorshift64*: small, fast, and reproducible under `FOURD_SEED`.
    pub fn random_u64(&self) -> u64 {
        let mut s = self.rng.lock();
        let mut x = *s;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        *s = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn random_u32(&self) -> u32 {
        (self.random_u64() >> 32) as u32
    }
    /// 32 upper-case hex digits, like 4D's UUIDs (version-4 layout).
    pub fn uuid(&self) -> String {
        let mut bytes = [0u8; 16];
        if self.seeded {
            bytes[..8].copy_from_slice(&self.random_u64().to_le_bytes());
            bytes[8..].copy_from_slice(&self.random_u64().to_le_bytes());
        } else {
            bytes = *uuid::Uuid::new_v4().as_bytes();
        }
        let u = uuid::Builder::from_random_bytes(bytes).into_uuid();
        u.simple().to_string().to_uppercase()
    }
    pub fn machine_name(&self) -> String {
        self.machine.clone()
    }
    pub fn user_name(&self) -> String {
        self.user.clone()
    }
}

fn parse_offset(s: &str) -> Option<FixedOffset> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("z") || s.eq_ignore_ascii_case("utc") || s.eq_ignore_ascii_case("gmt")
    {
        return FixedOffset::east_opt(0);
    }
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => (1, s),
    };
    let digits: String = rest.chars().filter(|c| c.is_ascii_digit()).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

fn parse_local_datetime(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim().trim_end_matches('Z');
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(d);
        }
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinned_clock_and_zone() {
        let env = Env::new(
            Some("2024-05-01T10:00:00"),
            Some("+02:00"),
            Some(7),
            Some("m".into()),
            Some("u".into()),
        );
        assert_eq!(
            env.now_local().format("%Y-%m-%d %H:%M").to_string(),
            "2024-05-01 10:00"
        );
        assert_eq!(env.now_utc().format("%H:%M").to_string(), "08:00");
        assert_eq!(env.utc_offset_seconds(), 7200);
    }

    #[test]
    fn seeded_randomness_repeats() {
        let a = Env::new(None, Some("Z"), Some(42), None, None);
        let b = Env::new(None, Some("Z"), Some(42), None, None);
        assert_eq!(a.uuid(), b.uuid());
        assert_eq!(a.random_u32(), b.random_u32());
        assert_eq!(a.uuid().len(), 32);
    }
}
