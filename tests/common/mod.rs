//! Shared configuration of the property tests (`tests/props.rs`, `tests/props_eval.rs`).

use proptest::test_runner::{Config, RngSeed};

/// Cases per property: 1,000 in the default run (CI); `long` with `FOURD_LONG_TESTS=1`;
/// `FOURD_PROPTEST_CASES=N` sets it exactly (README "Reliability").
pub fn cases(long: u32) -> u32 {
    if let Some(n) = std::env::var("FOURD_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return n;
    }
    if std::env::var_os("FOURD_LONG_TESTS").is_some() {
        long
    } else {
        1000
    }
}

/// The default run (CI) uses a fixed seed so it is reproducible; long runs
/// (`FOURD_LONG_TESTS=1`) and `FOURD_PROPTEST_RANDOM=1` explore with fresh seeds.
pub fn seed() -> RngSeed {
    if std::env::var_os("FOURD_LONG_TESTS").is_some()
        || std::env::var_os("FOURD_PROPTEST_RANDOM").is_some()
    {
        RngSeed::Random
    } else {
        RngSeed::Fixed(20_261_122)
    }
}

/// The proptest configuration for `long` cases in a long run.
pub fn config(long: u32) -> Config {
    Config {
        cases: cases(long),
        rng_seed: seed(),
        failure_persistence: None,
        ..Config::default()
    }
}
