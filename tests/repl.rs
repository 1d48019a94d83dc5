//! REPL tests (libtest-mimic: one named test per case).
//!
//! - Transcripts: `tests/repl/<case>.in` is piped into `fourd` (stdin not a terminal: no
//!   prompts, no colours), run in `tests/repl/project/` (so its methods and `Classes/`
//!   load) with a pinned environment. stdout and stderr, interleaved as written, must
//!   equal `<case>.out`; the exit code must equal `<case>.code` (missing: 0).
//!   `UPDATE_GOLDEN=1 cargo test --test repl` rewrites the expected files.
//! - `pty_*`: the real prompt in a terminal, driven through tmux: keys are typed, the
//!   screen is read back. Skipped, with the reason printed, only when tmux is missing.

use libtest_mimic::{Arguments, Failed, Trial};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PINNED_ENV: &[(&str, &str)] = &[
    ("FOURD_NOW", "2024-01-15T10:30:00"),
    ("FOURD_TZ", "+01:00"),
    ("FOURD_SEED", "42"),
    ("FOURD_MACHINE", "fourd-test"),
    ("FOURD_USER", "tester"),
];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/repl")
}

fn updating() -> bool {
    std::env::var("UPDATE_GOLDEN").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Run `fourd` with `input` on stdin; (stdout and stderr interleaved, exit code).
fn transcript(input: &str) -> Result<(String, i32), String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fourd"));
    cmd.current_dir(dir().join("project"))
        .stdin(Stdio::piped())
        .stdout(writer.try_clone().map_err(|e| e.to_string())?)
        .stderr(writer)
        .env("FOURD_HISTORY", "")
        .env_remove("NO_COLOR");
    for (k, v) in PINNED_ENV {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    // Drop the parent's copies of the pipe's write end (held by `cmd`).
    drop(cmd);
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = input.to_string();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut out = String::new();
    reader.read_to_string(&mut out).map_err(|e| e.to_string())?;
    let _ = feeder.join();
    let status = child.wait().map_err(|e| e.to_string())?;
    Ok((out, status.code().unwrap_or(-1)))
}

fn check_file(path: &Path, actual: &str, default: &str) -> Result<(), Failed> {
    let expected = std::fs::read_to_string(path).ok();
    if updating() {
        if actual == default {
            let _ = std::fs::remove_file(path);
        } else if expected.as_deref() != Some(actual) {
            std::fs::write(path, actual).map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let expected = expected.unwrap_or_else(|| default.to_string());
    if expected == actual {
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(&expected, actual)
        .unified_diff()
        .header("expected", "actual")
        .to_string();
    Err(format!("{} differs:\n{diff}", path.display()).into())
}

fn transcript_case(input: PathBuf) -> Result<(), Failed> {
    let text = std::fs::read_to_string(&input).map_err(|e| e.to_string())?;
    let (out, code) = transcript(&text)?;
    check_file(&input.with_extension("out"), &out, "")?;
    check_file(
        &input.with_extension("code"),
        &if code == 0 {
            String::new()
        } else {
            format!("{code}\n")
        },
        "",
    )
}

// ------------------------------------------------------------------------ tmux

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A tmux server of our own (its own socket), killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(cwd: &Path, history: &Path) -> Result<Tmux, String> {
        let socket = format!("fourd-repl-test-{}", std::process::id());
        let t = Tmux { socket };
        let mut command = format!(
            "env FOURD_HISTORY='{}' NO_COLOR=1 TERM=xterm",
            history.display()
        );
        for (k, v) in PINNED_ENV {
            command.push_str(&format!(" {k}='{v}'"));
        }
        command.push_str(&format!(" '{}'", env!("CARGO_BIN_EXE_fourd")));
        t.run(&[
            "new-session",
            "-d",
            "-s",
            "repl",
            "-x",
            "100",
            "-y",
            "30",
            "-c",
            &cwd.display().to_string(),
            &command,
        ])?;
        Ok(t)
    }
    fn run(&self, args: &[&str]) -> Result<String, String> {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!(
                "tmux {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
    fn keys(&self, keys: &[&str]) -> Result<(), String> {
        let mut args = vec!["send-keys", "-t", "repl"];
        args.extend_from_slice(keys);
        self.run(&args).map(|_| ())
    }
    /// Type literal text (no key names), then nothing else.
    fn type_text(&self, text: &str) -> Result<(), String> {
        self.run(&["send-keys", "-t", "repl", "-l", text])
            .map(|_| ())
    }
    fn screen(&self) -> String {
        self.run(&["capture-pane", "-t", "repl", "-p"])
            .unwrap_or_default()
    }
    /// Wait until the screen satisfies `ok`; the screen, or an error showing it.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> Result<String, String> {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return Ok(s);
            }
            if start.elapsed() > Duration::from_secs(20) {
                return Err(format!("timed out waiting for {what}; screen:\n{s}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// Non-empty screen lines, right-trimmed.
fn lines(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn pty_multiline_if() -> Result<(), Failed> {
    let tmp = std::env::temp_dir().join(format!("fourd-repl-pty-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let history = tmp.join("history");
    let t = Tmux::start(&dir().join("project"), &history)?;
    // (capture-pane drops trailing spaces: the prompt `4D> ` reads `4D>`.)
    t.wait_for("the prompt", |s| lines(s).iter().any(|l| l == "4D>"))?;
    // Type each line only once the prompt shows (rustyline reads the terminal's answer
    // to a cursor query when a prompt starts, and type-ahead may be lost meanwhile).
    let line = |prompt: &str, text: &str, next: &str| -> Result<String, String> {
        let shown = format!("{prompt}{text}").trim_end().to_string();
        t.type_text(text)?;
        t.wait_for(&format!("`{shown}` on screen"), |s| {
            lines(s).last().is_some_and(|l| *l == shown)
        })?;
        t.keys(&["Enter"])?;
        t.wait_for(&format!("the prompt `{next}`"), |s| {
            lines(s).last().is_some_and(|l| l == next)
        })
    };
    line("4D> ", "$n:=41", "4D>")?;
    // A multi-line If: continuation prompts, then the block runs once closed.
    line("4D> ", "If ($n+1=42)", "...")?;
    line("... ", "  ALERT(\"the answer\")", "...")?;
    let screen = line("... ", "End if", "4D>")?;
    let got = lines(&screen);
    let want = [
        "4D> $n:=41",
        "4D> If ($n+1=42)",
        "...   ALERT(\"the answer\")",
        "... End if",
        "the answer",
        "4D>",
    ];
    if !got.ends_with(&want.map(String::from)) {
        return Err(format!("unexpected screen:\n{screen}").into());
    }
    // An expression prints its value and type.
    let screen = line("4D> ", "$n+1", "4D>")?;
    if !screen.contains("\n42 (Real)\n") {
        return Err(format!("no result on screen:\n{screen}").into());
    }
    // Tab completes a multi-word command name.
    t.type_text("$o:=New shared ob")?;
    t.keys(&["Tab"])?;
    t.wait_for("the completion", |s| s.contains("$o:=New shared object("))?;
    // Ctrl-C drops the entry; Ctrl-D leaves and saves the history.
    t.keys(&["C-c"])?;
    t.wait_for("a fresh prompt", |s| {
        lines(s).last().is_some_and(|l| l == "4D>")
    })?;
    t.keys(&["C-d"])?;
    let start = Instant::now();
    while !history.exists() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let saved = std::fs::read_to_string(&history).map_err(|e| e.to_string())?;
    if !saved.contains("If ($n+1=42)") || saved.contains("New shared ob") {
        return Err(format!("unexpected history:\n{saved}").into());
    }
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(dir())
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    inputs.retain(|p| p.extension().is_some_and(|e| e == "in"));
    inputs.sort();
    for input in inputs {
        let name = input
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        trials.push(Trial::test(format!("transcript::{name}"), move || {
            transcript_case(input)
        }));
    }
    trials.push(Trial::test("pty_multiline_if", || {
        if !tmux_available() {
            println!("skipped: tmux is not installed, so no pseudo-terminal test");
            return Ok(());
        }
        pty_multiline_if()
    }));
    libtest_mimic::run(&args, trials).exit();
}
