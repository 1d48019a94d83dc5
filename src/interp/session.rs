//! Sessions: the `Session` command and the `4D.Session` class, `Session info`,
//! `Session storage`, plus the web helpers the session samples use (`WEB SEND TEXT`, `ds`).
//!
//! fourd has one current session, shared by every process, whose kind is chosen on the
//! command line (`fourd run --session KIND`):
//!
//! | kind | `Session` | privileges | `Process activity` |
//! |---|---|---|---|
//! | `standalone` (default, 4D 20 R8+ single-user) | the standalone session | hasPrivilege True, getPrivileges `["WebAdmin"]`, set False, clear True, isGuest False | processes only |
//! | `web` | a web user session (Guest at start) | from `roles.json` | processes and sessions |
//! | `remote` | a remote user session (on the server) | as standalone | processes and sessions |
//! | `stored-procedure` | the stored procedures session | as standalone | processes and sessions |
//! | `none` | Null (web process with scalable sessions disabled) | — | processes only |
//!
//! Members follow the ≤ 21 documentation (`API/SessionClass.md`): `.id` (32 upper-case hex
//! digits, from `Env::uuid`, so `FOURD_SEED` pins it), `.info` (not for web sessions:
//! Undefined), `.storage` (a shared object that never forms a group; it may hold scalars,
//! unlike `Storage`), `.userName` ("Designer" for desktop sessions, "" for a web session
//! until `setPrivileges({userName})`), `.idleTimeout` and `.expirationDate` (web only;
//! minimum 60 minutes; expiry = creation time + timeout, as no request ever refreshes it).

use super::Ctx;
use super::error::{R, codes, err};
use super::native::Native;
use super::privileges::{self, Roles};
use crate::builtins::{Args, Command, Imp, Member, Receiver};
use crate::keys::Key;
use crate::value::{Coll, Obj, Value};
use parking_lot::Mutex;
use std::sync::{Arc, OnceLock};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Standalone,
    Web,
    Remote,
    StoredProcedure,
    None,
}

impl Kind {
    /// From the `--session` flag.
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "standalone" => Kind::Standalone,
            "web" => Kind::Web,
            "remote" => Kind::Remote,
            "stored-procedure" | "storedProcedure" => Kind::StoredProcedure,
            "none" => Kind::None,
            _ => return None,
        })
    }
    /// The `type` of the session's info.
    pub fn type_name(self) -> &'static str {
        match self {
            Kind::Standalone => "standalone",
            Kind::Web => "web",
            Kind::Remote => "remote",
            Kind::StoredProcedure => "storedProcedure",
            Kind::None => "",
        }
    }
}

/// The 4D user of desktop sessions (`Current user` in a single-user application).
pub const DESIGNER: &str = "Designer";
pub const MIN_IDLE_TIMEOUT: i64 = 60;

/// One session.
pub struct Session {
    pub id: String,
    pub kind: Kind,
    pub created: chrono::DateTime<chrono::Utc>,
    pub persistent_id: String,
    pub user_name: Mutex<String>,
    /// Privileges granted directly (declared spellings); web sessions only.
    pub privileges: Mutex<Vec<String>>,
    pub idle_timeout: Mutex<i64>,
    pub storage: Obj,
    object: OnceLock<Obj>,
}

/// The sessions of this run.
pub struct Sessions {
    pub kind: Kind,
    pub roles: Roles,
    current: OnceLock<Arc<Session>>,
}

impl Default for Sessions {
    fn default() -> Sessions {
        Sessions::standalone()
    }
}

impl Sessions {
    pub fn standalone() -> Sessions {
        Sessions::new(Kind::Standalone, Roles::default())
    }
    pub fn new(kind: Kind, roles: Roles) -> Sessions {
        Sessions {
            kind,
            roles,
            current: OnceLock::new(),
        }
    }
    /// The current session (created on first use; `None` for `--session none`).
    pub fn current(&self, env: &super::env::Env) -> Option<Arc<Session>> {
        if self.kind == Kind::None {
            return None;
        }
        Some(
            self.current
                .get_or_init(|| {
                    Arc::new(Session {
                        id: env.uuid(),
                        kind: self.kind,
                        created: env.start_utc(),
                        persistent_id: if self.kind == Kind::Remote {
                            env.uuid()
                        } else {
                            String::new()
                        },
                        user_name: Mutex::new(if self.kind == Kind::Web {
                            String::new()
                        } else {
                            DESIGNER.to_string()
                        }),
                        privileges: Mutex::new(Vec::new()),
                        idle_timeout: Mutex::new(MIN_IDLE_TIMEOUT),
                        storage: Obj::new_shared(super::shared::SharedGroup::new(), true),
                        object: OnceLock::new(),
                    })
                })
                .clone(),
        )
    }
}

pub fn current(ctx: &Ctx) -> Option<Arc<Session>> {
    ctx.rt.session.current(&ctx.rt.env)
}

/// The current session's id ("" without a session).
pub fn current_id(ctx: &Ctx) -> String {
    current(ctx).map(|s| s.id.clone()).unwrap_or_default()
}

/// fourd plays a server (sessions are listed by `Process activity`).
pub fn is_server(ctx: &Ctx) -> bool {
    matches!(
        ctx.rt.session.kind,
        Kind::Web | Kind::Remote | Kind::StoredProcedure
    )
}

fn host_type() -> &'static str {
    if cfg!(target_os = "macos") {
        "mac"
    } else if cfg!(windows) {
        "windows"
    } else {
        // 4D runs on macOS and Windows only; fourd says where it really runs.
        std::env::consts::OS
    }
}

/// The description of a session (`Session info`, `.info`, `Process activity`).
pub fn info_object(ctx: &Ctx, s: &Session) -> Obj {
    let o = Obj::new();
    let set = |k: &str, v: String| o.set_raw(Key::intern(k), Value::text(v));
    set("type", s.kind.type_name().to_string());
    set("userName", s.user_name.lock().clone());
    set("machineName", ctx.rt.env.machine_name());
    set("systemUserName", ctx.rt.env.user_name());
    set("IPAddress", "127.0.0.1".to_string());
    set("hostType", host_type().to_string());
    set("creationDateTime", super::process::iso_utc(s.created));
    set("state", "active".to_string());
    set("ID", s.id.clone());
    if s.kind == Kind::Remote {
        set("persistentID", s.persistent_id.clone());
    }
    o
}

pub fn current_info(ctx: &Ctx) -> Option<Value> {
    current(ctx).map(|s| Value::Object(info_object(ctx, &s)))
}

/// The `Session` object of a session (one object for the whole run).
pub fn session_object(s: &Arc<Session>) -> Obj {
    s.object
        .get_or_init(|| {
            let o = Obj::new();
            o.set_native(Native::Other("Session", s.clone()));
            o.set_class(super::class::builtin_class("Session"));
            o
        })
        .clone()
}

fn session_of(o: &Obj) -> Option<Arc<Session>> {
    o.native().and_then(|n| n.downcast::<Session>())
}

fn expiration(s: &Session) -> String {
    let minutes = *s.idle_timeout.lock();
    super::process::iso_utc(s.created + chrono::Duration::minutes(minutes))
}

/// Properties of a `Session` object.
pub fn native_property(ctx: &mut Ctx, o: &Obj, key: Key) -> R<Option<Value>> {
    let Some(s) = session_of(o) else {
        return Ok(None);
    };
    let web = s.kind == Kind::Web;
    Ok(match key.as_str() {
        "id" => Some(Value::text(s.id.clone())),
        "info" if !web => Some(Value::Object(info_object(ctx, &s))),
        "storage" => Some(Value::Object(s.storage.clone())),
        "userName" => Some(Value::text(s.user_name.lock().clone())),
        "idleTimeout" if web => Some(Value::Int(*s.idle_timeout.lock() as i32)),
        "expirationDate" if web => Some(Value::text(expiration(&s))),
        _ => None,
    })
}

/// Writes to a `Session` object: `.idleTimeout` (web; raised to 60 at least), read-only
/// errors for the other documented properties; other names are ordinary properties.
pub fn native_set(_ctx: &mut Ctx, o: &Obj, key: Key, v: &Value) -> R<bool> {
    let Some(s) = session_of(o) else {
        return Ok(false);
    };
    match key.as_str() {
        "idleTimeout" => {
            let n = v.as_number().unwrap_or(0.0) as i64;
            if s.kind == Kind::Web {
                *s.idle_timeout.lock() = n.max(MIN_IDLE_TIMEOUT);
            }
            Ok(true)
        }
        "id" | "info" | "storage" | "userName" | "expirationDate" => err(
            codes::READ_ONLY,
            format!("The property `{key}` of a Session is read-only"),
        ),
        _ => Ok(false),
    }
}

fn this_session(recv: &Value) -> R<Arc<Session>> {
    match recv {
        Value::Object(o) => session_of(o),
        _ => None,
    }
    .map_or_else(|| err(codes::NOT_AN_OBJECT, "This is not a 4D.Session"), Ok)
}

fn has_privilege(ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let s = this_session(recv)?;
    let name = args.text(0)?;
    if s.kind != Kind::Web {
        return Ok(Value::Bool(true));
    }
    let held = ctx.rt.session.roles.expand(&s.privileges.lock());
    Ok(Value::Bool(
        held.iter().any(|p| p.eq_ignore_ascii_case(&name)),
    ))
}

fn get_privileges(ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    let s = this_session(recv)?;
    let names = if s.kind == Kind::Web {
        ctx.rt.session.roles.expand(&s.privileges.lock())
    } else {
        vec![privileges::WEB_ADMIN.to_string()]
    };
    Ok(Value::Collection(Coll::from_vec(
        names.into_iter().map(Value::text).collect(),
    )))
}

fn set_privileges(ctx: &mut Ctx, recv: &Value, args: &mut Args) -> R {
    let s = this_session(recv)?;
    if s.kind != Kind::Web {
        return Ok(Value::Bool(false));
    }
    let (add, user) = privileges::requested(&ctx.rt.session.roles, args.get(0))?;
    {
        let mut held = s.privileges.lock();
        for p in add {
            if !held.iter().any(|x| x.eq_ignore_ascii_case(&p)) {
                held.push(p);
            }
        }
    }
    if let Some(u) = user {
        *s.user_name.lock() = u;
    }
    Ok(Value::Bool(true))
}

fn clear_privileges(_ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    let s = this_session(recv)?;
    if s.kind == Kind::Web {
        s.privileges.lock().clear();
    }
    Ok(Value::Bool(true))
}

fn is_guest(_ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    let s = this_session(recv)?;
    Ok(Value::Bool(
        s.kind == Kind::Web && s.privileges.lock().is_empty(),
    ))
}

/// `.createOTP()`: "" (fourd serves no web requests to restore a session from).
fn create_otp(_ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    this_session(recv)?;
    Ok(Value::text(""))
}

fn restore(_ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    this_session(recv)?;
    Ok(Value::Bool(false))
}

fn promote(_ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    this_session(recv)?;
    Ok(Value::Int(0))
}

fn demote(_ctx: &mut Ctx, recv: &Value, _args: &mut Args) -> R {
    this_session(recv)?;
    Ok(Value::Undefined)
}

// ---------------------------------------------------------------------------- commands

/// `Session`: the current session, Null with `--session none`.
fn session(ctx: &mut Ctx, _args: &mut Args) -> R {
    Ok(match current(ctx) {
        Some(s) => Value::Object(session_object(&s)),
        None => Value::Null,
    })
}

/// The session with this id (Text; any other type matches nothing).
fn by_id(ctx: &Ctx, id: &Value) -> Option<Arc<Session>> {
    let Value::Text(t) = id else {
        return None;
    };
    current(ctx).filter(|s| s.id.eq_ignore_ascii_case(t))
}

/// `Session info(sessionID)`: Null for an unknown id.
fn session_info(ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(match by_id(ctx, args.get(0)) {
        Some(s) => Value::Object(info_object(ctx, &s)),
        None => Value::Null,
    })
}

/// `Session storage(sessionID)`: Null for an unknown id.
fn session_storage(ctx: &mut Ctx, args: &mut Args) -> R {
    Ok(match by_id(ctx, args.get(0)) {
        Some(s) => Value::Object(s.storage.clone()),
        None => Value::Null,
    })
}

/// `WEB SEND TEXT(text)`: fourd has no browser; the text goes to stdout, followed by a
/// newline (one response per line).
fn web_send_text(ctx: &mut Ctx, args: &mut Args) -> R {
    let t = args.text(0)?;
    ctx.write_stdout(&format!("{t}\n"));
    Ok(Value::Undefined)
}

/// `ds`: the datastore. fourd has no database; `ds` is an instance of the project's
/// `DataStore` class (`Classes/DataStore.4dm`) when there is one, else an empty object —
/// one per process, like 4D's `ds` object.
fn ds(ctx: &mut Ctx, _args: &mut Args) -> R {
    const KEY: &str = "\u{0}ds";
    if let Some(o) = ctx.singletons.get(KEY) {
        return Ok(Value::Object(o.clone()));
    }
    let v = match ctx.program.classes.get("DataStore").cloned() {
        Some(c) => super::class::instantiate(ctx, &c, Vec::new())?,
        None => Value::Object(Obj::new()),
    };
    if let Value::Object(o) = &v {
        ctx.singletons.insert(KEY.to_string(), o.clone());
    }
    Ok(v)
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "Session",
        number: 1714,
        params: "",
        result: "4D.Session",
        min_args: 0,
        max_args: 0,
        imp: Imp::Values(session),
    },
    Command {
        name: "Session info",
        number: 1844,
        params: "sessionID : Text",
        result: "Object",
        min_args: 1,
        max_args: 1,
        imp: Imp::Values(session_info),
    },
    Command {
        name: "Session storage",
        number: 1839,
        params: "sessionID : Text",
        result: "Object",
        min_args: 1,
        max_args: 1,
        imp: Imp::Values(session_storage),
    },
    Command {
        name: "WEB SEND TEXT",
        number: 677,
        params: "text : Text {; type : Text}",
        result: "",
        min_args: 1,
        max_args: 2,
        imp: Imp::Values(web_send_text),
    },
    Command {
        name: "ds",
        number: 1482,
        params: "{localID : Text}",
        result: "cs.DataStore",
        min_args: 0,
        max_args: 1,
        imp: Imp::Values(ds),
    },
];

macro_rules! member {
    ($name:expr, $params:expr, $result:expr, $imp:expr) => {
        Member {
            receiver: Receiver::Class("Session"),
            name: $name,
            params: $params,
            result: $result,
            imp: $imp,
        }
    };
}

pub const MEMBERS: &[Member] = &[
    member!("hasPrivilege", "privilege : Text", "Boolean", has_privilege),
    member!("getPrivileges", "", "Collection", get_privileges),
    member!(
        "setPrivileges",
        "privilege : Text | privileges : Collection | settings : Object",
        "Boolean",
        set_privileges
    ),
    member!("clearPrivileges", "", "Boolean", clear_privileges),
    member!("isGuest", "", "Boolean", is_guest),
    member!("createOTP", "{lifespan : Integer}", "Text", create_otp),
    member!("restore", "token : Text", "Boolean", restore),
    member!("promote", "privilege : Text", "Integer", promote),
    member!("demote", "promoteId : Integer", "", demote),
];
