//! The 4D Environment theme, as far as a headless project needs it: the startup
//! parameter (`Get database parameter(User param value; $text)`), what application runs
//! (`Application type` answers `tool4d`, `Application version`, `Application info`), where
//! the project lives (`Get 4D folder`, `Structure file`, `Data file`), `QUIT 4D`, and
//! `Call chain` (the running methods), which test frameworks read to say where an
//! assertion failed.
//!
//! Project facts come from [`crate::project::ProjectInfo`] on the program; a script run
//! with `fourd run` has none, and gets the script's folder as its database folder.

use crate::builtins::{Args, Command, Imp};
use crate::interp::Ctx;
use crate::interp::error::{R, codes, err};
use crate::value::{Obj, Value};
use std::path::{MAIN_SEPARATOR, PathBuf};

/// `Get database parameter` selector `User param value` (K37:94).
const USER_PARAM_VALUE: i64 = 108;
/// `Application type` result for tool4d (the `tool4d` constant).
const TOOL4D: i32 = 6;

/// 4D version fourd answers as (`Application version`): 4D 21.0. `FOURD_4D_VERSION`
/// (four characters, e.g. `2080` for 20 R8) pins another one.
fn version_code() -> String {
    std::env::var("FOURD_4D_VERSION")
        .ok()
        .filter(|v| v.len() == 4 && v.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| "2100".into())
}

/// `Get database parameter(selector {; textValue})`: the selector's numeric value; with
/// `User param value`, the `--user-param` text goes into the second argument.
fn get_database_parameter(ctx: &mut Ctx, args: &[crate::code::Expr]) -> R {
    let Some(sel) = args.first() else {
        return err(codes::GENERIC, "Get database parameter needs a selector");
    };
    let selector = ctx.eval(sel)?.as_number().unwrap_or(0.0) as i64;
    if selector == USER_PARAM_VALUE {
        let text = ctx
            .program
            .project
            .as_ref()
            .map(|p| p.user_param.clone())
            .unwrap_or_default();
        if let Some(target) = args.get(1) {
            assign_variable(ctx, target, Value::text(text))?;
        }
    }
    Ok(Value::Real(0.0))
}

/// Write a command's output argument (a variable).
fn assign_variable(ctx: &mut Ctx, target: &crate::code::Expr, v: Value) -> R<()> {
    use crate::code::Expr;
    match target {
        Expr::Local(slot) => ctx.set_local(*slot, v),
        Expr::Process(slot) => {
            ctx.set_process_var(*slot, v);
            Ok(())
        }
        Expr::Interprocess(slot) => {
            let mut vars = ctx.rt.interprocess.lock();
            let i = *slot as usize;
            if i >= vars.len() {
                vars.resize(i + 1, Value::Undefined);
            }
            vars[i] = v;
            Ok(())
        }
        _ => err(
            codes::GENERIC,
            "Get database parameter: the second argument must be a variable",
        ),
    }
}

fn set_database_parameter(_ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Undefined)
}

fn application_type(_ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Int(TOOL4D))
}

fn application_version(_ctx: &mut Ctx, args: &mut Args) -> R {
    let v = version_code();
    if args.star {
        return Ok(Value::text(format!("F000{v}")));
    }
    Ok(Value::text(v))
}

fn application_info(ctx: &mut Ctx, _args: &mut Args) -> R {
    let o = Obj::new();
    let headless = ctx
        .program
        .project
        .as_ref()
        .map(|p| p.headless)
        .unwrap_or(true);
    let set = |k: &str, v: Value| o.set_raw(crate::keys::Key::intern(k), v);
    set("headless", Value::Bool(headless));
    set("launchedAsService", Value::Bool(false));
    set(
        "cpuThreads",
        Value::Int(
            std::thread::available_parallelism()
                .map(|n| n.get() as i32)
                .unwrap_or(1),
        ),
    );
    set("uptime", Value::Int(0));
    set("SQLAccess", Value::Bool(false));
    Ok(Value::Object(o))
}

fn is_compiled_mode(_ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(Value::Bool(false))
}

/// The database folder: the project root, or the running script's folder.
fn database_folder(ctx: &Ctx) -> PathBuf {
    if let Some(l) = ctx.program.project.as_ref().and_then(|p| p.layout.as_ref()) {
        return absolute(&l.root);
    }
    let script = ctx
        .program
        .main
        .as_ref()
        .and_then(|m| ctx.source(m.source))
        .map(|s| PathBuf::from(&s.name));
    match script.and_then(|p| p.parent().map(PathBuf::from)) {
        Some(d) if !d.as_os_str().is_empty() => absolute(&d),
        _ => absolute(&PathBuf::from(".")),
    }
}

fn absolute(p: &std::path::Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// A folder path as 4D gives it: system syntax with a final separator.
fn folder_text(p: &std::path::Path) -> String {
    let mut s = p.display().to_string();
    if !s.ends_with(MAIN_SEPARATOR) {
        s.push(MAIN_SEPARATOR);
    }
    s
}

/// `Get 4D folder({folder}{; *})`.
fn get_4d_folder(ctx: &mut Ctx, args: &mut Args) -> R {
    let which = if args.has(0) { args.int(0)? } else { 0 };
    let db = database_folder(ctx);
    let path = match which {
        // Database folder, Database folder Unix syntax
        4 | 5 => db,
        // Current resources folder
        6 => db.join("Resources"),
        // Logs folder
        7 => db.join("Logs"),
        // Data folder: the data file's folder, else <root>/Data
        9 => ctx
            .program
            .project
            .as_ref()
            .and_then(|p| p.data.as_ref())
            .and_then(|d| d.parent().map(absolute))
            .unwrap_or_else(|| db.join("Data")),
        // Active 4D Folder, Licenses folder, and the rest: fourd's own settings folder
        _ => std::env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_else(std::env::temp_dir)
            .join(".fourd"),
    };
    Ok(Value::text(folder_text(&path)))
}

/// `Structure file`: the `.4DProject` file (or the running script).
fn structure_file(ctx: &mut Ctx, _args: &mut Args) -> R {
    if let Some(l) = ctx.program.project.as_ref().and_then(|p| p.layout.as_ref()) {
        return Ok(Value::text(absolute(&l.project_file).display().to_string()));
    }
    let script = ctx
        .program
        .main
        .as_ref()
        .and_then(|m| ctx.source(m.source))
        .map(|s| {
            absolute(std::path::Path::new(&s.name))
                .display()
                .to_string()
        });
    Ok(Value::text(script.unwrap_or_default()))
}

/// `Data file`: the `--data` file, empty when dataless.
fn data_file(ctx: &mut Ctx, _args: &mut Args) -> R {
    let d = ctx
        .program
        .project
        .as_ref()
        .and_then(|p| p.data.as_ref())
        .map(|d| absolute(d).display().to_string());
    Ok(Value::text(d.unwrap_or_default()))
}

/// `QUIT 4D`: the current method finishes, then the run order goes to On Exit.
fn quit_4d(ctx: &mut Ctx, _args: &mut Args) -> R {
    if let Some(p) = &ctx.program.project {
        p.request_quit();
    }
    Ok(Value::Undefined)
}

/// `METHOD GET CODE(path; code {; *})`: the source of a project method
/// (`[projectMethod]/name` or just `name`), class (`[class]/Name`) or database method
/// (`[databaseMethod]/onStartup`), with carriage returns as line ends, as 4D gives it.
fn method_get_code(ctx: &mut Ctx, args: &[crate::code::Expr]) -> R {
    let (Some(path), Some(target)) = (args.first(), args.get(1)) else {
        return err(
            codes::GENERIC,
            "METHOD GET CODE needs a path and a variable",
        );
    };
    let path = match ctx.eval(path)? {
        Value::Text(t) => t.to_string(),
        other => {
            return err(
                codes::INCOMPATIBLE_TYPES,
                format!(
                    "METHOD GET CODE: the path must be a text, not {}",
                    other.type_name()
                ),
            );
        }
    };
    let text = find_code(ctx, &path)
        .map(|t| t.replace("\r\n", "\r").replace('\n', "\r"))
        .unwrap_or_default();
    assign_variable(ctx, target, Value::text(text))?;
    Ok(Value::Undefined)
}

fn find_code(ctx: &Ctx, path: &str) -> Option<String> {
    let layout = ctx.program.project.as_ref()?.layout.as_ref()?;
    let (folder, name) = match path.split_once('/') {
        Some(("[class]", n)) => ("Classes", n),
        Some(("[projectMethod]", n)) => ("Methods", n),
        Some(("[databaseMethod]", n)) => ("DatabaseMethods", n),
        Some(_) => return None,
        None => ("Methods", path),
    };
    let file = layout.sources().join(folder).join(format!("{name}.4dm"));
    crate::program::read_source(&file).ok()
}

/// `Call chain`: the running methods, innermost first: `{type; name; line; database}`.
fn call_chain(ctx: &mut Ctx, _args: &mut Args) -> R {
    let database = ctx
        .program
        .project
        .as_ref()
        .and_then(|p| p.layout.as_ref())
        .map(|l| l.name.clone())
        .unwrap_or_default();
    let n = ctx.frames.len();
    let mut items = Vec::with_capacity(n);
    for k in (0..n).rev() {
        let code = &*ctx.frames[k].code;
        let span = if k + 1 == n {
            ctx.span
        } else {
            ctx.frames[k + 1].call_span
        };
        let line = ctx
            .source(code.source)
            .map(|s| crate::diagnostics::line_col(&s.text, span.start as usize).0)
            .unwrap_or(0);
        let (kind, name) = if code.name.starts_with("Formula(") {
            ("formula", code.name.clone())
        } else if let Some(db) = code.name.strip_prefix("[databaseMethod]/") {
            ("databaseMethod", db.to_string())
        } else if ctx.frames[k].class.is_some() {
            ("classFunction", code.name.replace(':', "."))
        } else {
            ("projectMethod", code.name.clone())
        };
        let o = Obj::new();
        let set = |key: &str, v: Value| o.set_raw(crate::keys::Key::intern(key), v);
        set("type", Value::text(kind));
        set("name", Value::text(name));
        set("line", Value::Int(line as i32));
        set("database", Value::text(database.clone()));
        items.push(Value::Object(o));
    }
    Ok(Value::Collection(crate::value::Coll::from_vec(items)))
}

/// `GET SYSTEM FORMAT(format; value)`: the system's formats, those of an en-US system
/// (what fourd's dates and numbers follow).
fn get_system_format(ctx: &mut Ctx, args: &[crate::code::Expr]) -> R {
    let (Some(which), Some(target)) = (args.first(), args.get(1)) else {
        return err(
            codes::GENERIC,
            "GET SYSTEM FORMAT needs a format and a variable",
        );
    };
    let which = ctx.eval(which)?.as_number().unwrap_or(-1.0) as i64;
    let text = match which {
        0 => ".",
        1 => ",",
        2 => "$",
        3 => "h:mm a",
        4 => "h:mm:ss a",
        5 => "h:mm:ss a z",
        6 => "M/d/yy",
        7 => "MMM d, y",
        8 => "EEEE, MMMM d, y",
        13 => "/",
        14 => ":",
        15 => "2",
        16 => "1",
        17 => "3",
        18 => "AM",
        19 => "PM",
        _ => "",
    };
    crate::builtins::array::assign_expr(ctx, target, Value::text(text))?;
    Ok(Value::Undefined)
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "GET SYSTEM FORMAT",
        number: 994,
        params: "format : Integer; value : Text",
        result: "",
        min_args: 2,
        max_args: 2,
        imp: Imp::Raw(get_system_format),
    },
    Command {
        name: "METHOD GET CODE",
        number: 1190,
        params: "path : Text | Text array; code : Text | Text array {; option : Integer} {; *}",
        result: "",
        min_args: 2,
        max_args: 4,
        imp: Imp::Raw(method_get_code),
    },
    Command {
        name: "Call chain",
        number: 1662,
        params: "",
        result: "Collection",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(call_chain),
    },
    Command {
        name: "Get database parameter",
        number: 643,
        params: "{table : Table;} selector : Integer {; stringValue : Text}",
        result: "Real",
        min_args: 1,
        max_args: 3,
        imp: Imp::Raw(get_database_parameter),
    },
    Command {
        name: "SET DATABASE PARAMETER",
        number: 642,
        params: "{table : Table;} selector : Integer; value : any",
        result: "",
        min_args: 2,
        max_args: 3,
        imp: Imp::Values(set_database_parameter),
    },
    Command {
        name: "Application type",
        number: 494,
        params: "",
        result: "Integer",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(application_type),
    },
    Command {
        name: "Application version",
        number: 493,
        params: "{buildNum : Integer} {; *}",
        result: "Text",
        min_args: 0,
        max_args: 1,
        imp: Imp::Values(application_version),
    },
    Command {
        name: "Application info",
        number: 1599,
        params: "",
        result: "Object",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(application_info),
    },
    Command {
        name: "Is compiled mode",
        number: 492,
        params: "{*}",
        result: "Boolean",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(is_compiled_mode),
    },
    Command {
        name: "Get 4D folder",
        number: 485,
        params: "{folder : Integer}{; *}",
        result: "Text",
        min_args: 0,
        max_args: 1,
        imp: Imp::Values(get_4d_folder),
    },
    Command {
        name: "Structure file",
        number: 489,
        params: "{*}",
        result: "Text",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(structure_file),
    },
    Command {
        name: "Data file",
        number: 490,
        params: "{segment : Integer}",
        result: "Text",
        min_args: 0,
        max_args: 1,
        imp: Imp::Values(data_file),
    },
    Command {
        name: "QUIT 4D",
        number: 291,
        params: "{time : Integer}",
        result: "",
        min_args: 0,
        max_args: 1,
        imp: Imp::Values(quit_4d),
    },
];
