//! `fourd check PATH...` (stub; being written).

pub fn main(_args: Vec<std::ffi::OsString>) -> i32 {
    super::EXIT_OK
}
