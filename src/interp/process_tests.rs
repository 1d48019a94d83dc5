//! Unit tests of processes, shared objects, sessions, signals and `Process activity`,
//! driving the runtime directly (no parser needed): a `Ctx` per simulated process,
//! commands called through the registry as the evaluator calls them.

use super::super::error::codes;
use super::super::session::{Kind, Sessions};
use super::super::shared;
use super::super::{Ctx, Program, Runtime, Sink};
use crate::builtins::{Args, Imp, Receiver, registry};
use crate::keys::Key;
use crate::value::{Obj, Value};
use std::sync::Arc;

fn runtime(kind: Kind, roles: &str) -> Arc<Runtime> {
    let env = super::super::env::Env::new(
        Some("2024-09-10T11:55:54"),
        Some("+02:00"),
        Some(7),
        Some("testbox".into()),
        Some("tester".into()),
    );
    let roles = if roles.is_empty() {
        Default::default()
    } else {
        super::super::privileges::Roles::parse(roles).unwrap()
    };
    Runtime::new(env, Sink::Buffer(Vec::new()), Sessions::new(kind, roles))
}

fn process(rt: &Arc<Runtime>, name: &str) -> Ctx {
    let n = rt
        .processes
        .register(name, super::TYPE_MAIN, rt.env.start_utc());
    rt.processes.attach_thread(n);
    Ctx::new(rt.clone(), Arc::new(Program::default()), n)
}

fn cmd(ctx: &mut Ctx, name: &str, mut args: Vec<Value>) -> crate::interp::error::R {
    let id = registry()
        .by_name(name)
        .unwrap_or_else(|| panic!("no {name}"));
    match registry().get(id).imp {
        Imp::Values(f) => f(ctx, &mut Args::new(&mut args, false)),
        Imp::Raw(_) => panic!("raw"),
    }
}

fn member(
    ctx: &mut Ctx,
    class: &'static str,
    recv: &Value,
    name: &str,
    mut args: Vec<Value>,
) -> Value {
    let m = registry()
        .member(Receiver::Class(class), name)
        .unwrap_or_else(|| panic!("no {name}"));
    (m.imp)(ctx, recv, &mut Args::new(&mut args, false)).unwrap()
}

fn prop(v: &Value, k: &str) -> Value {
    match v {
        Value::Object(o) => o.get(Key::intern(k)),
        _ => Value::Undefined,
    }
}

fn texts(v: &Value) -> Vec<String> {
    match v {
        Value::Collection(c) => c.to_vec().iter().map(|x| format!("{x:?}")).collect(),
        _ => panic!("not a collection"),
    }
}

// ---------------------------------------------------------------- shared objects, Use

#[test]
fn use_is_reentrant_and_counted_and_writes_need_it() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "A");
    let o = a.new_shared_object();
    let g = shared::group_of(&Value::Object(o.clone())).unwrap();
    assert_eq!(
        shared::require_use_obj(&a, &o).unwrap_err().code,
        codes::NOT_IN_USE
    );
    shared::use_lock(&mut a, &g).unwrap();
    shared::use_lock(&mut a, &g).unwrap();
    shared::use_unlock(&mut a, &g);
    assert!(shared::require_use_obj(&a, &o).is_ok(), "still held once");
    shared::use_unlock(&mut a, &g);
    assert_eq!(g.owner(), 0);
    // Another process is refused while A holds the lock.
    let b = process(&rt, "B");
    shared::use_lock(&mut a, &g).unwrap();
    assert!(shared::require_use_obj(&b, &o).is_err());
    shared::use_unlock(&mut a, &g);
}

#[test]
fn shared_containers_refuse_plain_objects_and_storage_refuses_scalars() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "A");
    let o = a.new_shared_object();
    let e = shared::prepare_for_obj(&mut a, &o, Value::Object(Obj::new())).unwrap_err();
    assert_eq!(e.code, codes::NOT_SHAREABLE);
    assert!(shared::prepare_for_obj(&mut a, &o, Value::Int(3)).is_ok());
    let storage = rt.storage.clone();
    let e = shared::prepare_for_obj(&mut a, &storage, Value::Int(3)).unwrap_err();
    assert_eq!(e.code, codes::NOT_SHAREABLE);
}

#[test]
fn shared_groups_join_once_and_refuse_a_second_group() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "A");
    let x = a.new_shared_object();
    let y = a.new_shared_object();
    let child = a.new_shared_object();
    // child joins x's group
    shared::prepare_for_obj(&mut a, &x, Value::Object(child.clone())).unwrap();
    let gx = shared::group_of(&Value::Object(x.clone())).unwrap();
    let gc = shared::group_of(&Value::Object(child.clone())).unwrap();
    assert!(Arc::ptr_eq(&gx, &gc));
    // storing it again in x is fine, in y is an error
    shared::prepare_for_obj(&mut a, &x, Value::Object(child.clone())).unwrap();
    let e = shared::prepare_for_obj(&mut a, &y, Value::Object(child.clone())).unwrap_err();
    assert_eq!(e.code, codes::OTHER_GROUP);
    // Storage never groups: a value stored there keeps its own group
    let z = a.new_shared_object();
    let storage = rt.storage.clone();
    shared::prepare_for_obj(&mut a, &storage, Value::Object(z.clone())).unwrap();
    shared::prepare_for_obj(&mut a, &y, Value::Object(z.clone())).unwrap();
}

#[test]
fn a_two_process_deadlock_is_reported_not_hung() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "A");
    let mut b = process(&rt, "B");
    let g1 = shared::group_of(&Value::Object(a.new_shared_object())).unwrap();
    let g2 = shared::group_of(&Value::Object(a.new_shared_object())).unwrap();
    shared::use_lock(&mut a, &g1).unwrap();
    shared::use_lock(&mut b, &g2).unwrap();
    let (g1b, g2b) = (g1.clone(), g2.clone());
    let t = std::thread::spawn(move || {
        // A waits for g2 (held by B) ...
        shared::use_lock(&mut a, &g2b).unwrap();
        shared::use_unlock(&mut a, &g2b);
        shared::use_unlock(&mut a, &g1b);
    });
    // ... wait until A is registered as waiting
    while rt.processes.row(1).unwrap().state != super::STATE_WAITING_INTERNAL {
        std::thread::yield_now();
    }
    // B asking for g1 would close the cycle: error, and A still gets g2 once B lets go.
    let e = shared::use_lock(&mut b, &g1).unwrap_err();
    assert_eq!(e.code, codes::DEADLOCK);
    assert!(e.message.contains("Deadlock"), "{}", e.message);
    shared::use_unlock(&mut b, &g2);
    t.join().unwrap();
    assert_eq!(g1.owner(), 0);
    assert_eq!(g2.owner(), 0);
}

#[test]
fn use_across_threads_loses_no_increment() {
    let rt = runtime(Kind::Standalone, "");
    let mut main = process(&rt, "main");
    let o = main.new_shared_object();
    let k = Key::intern("n");
    let mut threads = Vec::new();
    for i in 0..4 {
        let mut p = process(&rt, &format!("w{i}"));
        let o = o.clone();
        threads.push(std::thread::spawn(move || {
            let g = shared::group_of(&Value::Object(o.clone())).unwrap();
            for _ in 0..10_000 {
                shared::use_lock(&mut p, &g).unwrap();
                let n = o.get(k).as_number().unwrap_or(0.0);
                o.set_raw(k, Value::Real(n + 1.0));
                shared::use_unlock(&mut p, &g);
            }
        }));
    }
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(o.get(k).as_number(), Some(40_000.0));
}

// ---------------------------------------------------------------- processes

#[test]
fn process_table_commands() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "Main process");
    let b = process(&rt, "other");
    assert!(matches!(
        cmd(&mut a, "Current process", vec![]).unwrap(),
        Value::Int(1)
    ));
    assert!(matches!(
        cmd(&mut a, "Count tasks", vec![]).unwrap(),
        Value::Int(2)
    ));
    assert!(matches!(
        cmd(&mut a, "Process number", vec![Value::text("other")]).unwrap(),
        Value::Int(2)
    ));
    assert!(matches!(
        cmd(&mut a, "Process number", vec![Value::text("nobody")]).unwrap(),
        Value::Int(0)
    ));
    assert!(matches!(
        cmd(&mut a, "Process state", vec![Value::Int(2)]).unwrap(),
        Value::Int(0)
    ));
    let info = cmd(&mut a, "Process info", vec![Value::Int(2)]).unwrap();
    assert_eq!(format!("{:?}", prop(&info, "name")), "\"other\"");
    assert!(prop(&info, "cpuTime").as_number().unwrap() >= 0.0);
    rt.processes.end(b.process);
    assert!(matches!(
        cmd(&mut a, "Process state", vec![Value::Int(2)]).unwrap(),
        Value::Int(-100)
    ));
    assert!(matches!(
        cmd(&mut a, "Process info", vec![Value::Int(2)]).unwrap(),
        Value::Null
    ));
    assert!(matches!(
        cmd(&mut a, "Count tasks", vec![]).unwrap(),
        Value::Int(1)
    ));
    assert!(matches!(
        cmd(&mut a, "Process state", vec![Value::Int(99)]).unwrap(),
        Value::Int(-100)
    ));
}

#[test]
fn cpu_time_is_real() {
    let rt = runtime(Kind::Standalone, "");
    let a = process(&rt, "busy");
    // Spin until this thread has really used CPU (wall time alone is not enough on a
    // loaded machine), with a generous cap so a broken clock cannot hang the test.
    let t0 = std::time::Instant::now();
    let mut x = 0u64;
    while rt.processes.row(a.process).unwrap().cpu_time() <= 0.01
        && t0.elapsed() < std::time::Duration::from_secs(10)
    {
        for _ in 0..10_000 {
            x = x.wrapping_add(std::hint::black_box(1));
        }
    }
    let r = rt.processes.row(a.process).unwrap();
    if cfg!(target_os = "linux") {
        assert!(r.cpu_time() > 0.01, "cpu {}", r.cpu_time());
        assert!(r.tid > 0);
    }
    assert!(x > 0);
}

#[test]
fn delay_process_on_self_sleeps_delayed() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "A");
    let t0 = std::time::Instant::now();
    cmd(&mut a, "DELAY PROCESS", vec![Value::Int(1), Value::Int(6)]).unwrap();
    assert!(t0.elapsed() >= std::time::Duration::from_millis(95));
    assert_eq!(rt.processes.row(1).unwrap().state, 0);
}

#[test]
fn signals_wait_and_trigger_across_threads() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "A");
    let s = cmd(&mut a, "New signal", vec![Value::text("job")]).unwrap();
    assert_eq!(format!("{:?}", prop(&s, "description")), "\"job\"");
    let Value::Object(so) = &s else { panic!() };
    assert!(so.is_shared());
    let signaled = |ctx: &mut Ctx| {
        crate::interp::class::native_property(
            ctx,
            so,
            &so.native().unwrap(),
            Key::intern("signaled"),
        )
        .unwrap()
    };
    assert!(matches!(signaled(&mut a), Some(Value::Bool(false))));
    let timed_out = member(&mut a, "Signal", &s, "wait", vec![Value::Real(0.05)]);
    assert!(matches!(timed_out, Value::Bool(false)));
    let mut b = process(&rt, "B");
    let s2 = s.clone();
    let t = std::thread::spawn(move || member(&mut b, "Signal", &s2, "wait", vec![]));
    while rt.processes.row(2).unwrap().state != super::STATE_WAITING_INTERNAL {
        std::thread::yield_now();
    }
    member(&mut a, "Signal", &s, "trigger", vec![]);
    assert!(matches!(t.join().unwrap(), Value::Bool(true)));
    assert!(matches!(signaled(&mut a), Some(Value::Bool(true))));
}

// ---------------------------------------------------------------- sessions

const ROLES: &str = r#"{"privileges":[{"privilege":"simple","includes":[]},
  {"privilege":"medium","includes":["simple"]}],
  "roles":[{"role":"Medium","privileges":["medium"]}],"permissions":{"allowed":[]}}"#;

#[test]
fn standalone_session_facts() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "A");
    let s = cmd(&mut a, "Session", vec![]).unwrap();
    let Value::Object(o) = &s else {
        panic!("Session is an object")
    };
    let get = |ctx: &mut Ctx, k: &str| {
        crate::interp::class::native_property(ctx, o, &o.native().unwrap(), Key::intern(k))
            .unwrap()
            .unwrap_or_default()
    };
    let id = match get(&mut a, "id") {
        Value::Text(t) => t.to_string(),
        _ => panic!(),
    };
    assert_eq!(id.len(), 32);
    assert!(
        id.chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase())
    );
    let info = get(&mut a, "info");
    assert_eq!(format!("{:?}", prop(&info, "type")), "\"standalone\"");
    assert_eq!(format!("{:?}", prop(&info, "ID")), format!("{id:?}"));
    assert_eq!(format!("{:?}", prop(&info, "machineName")), "\"testbox\"");
    assert_eq!(format!("{:?}", prop(&info, "userName")), "\"Designer\"");
    assert_eq!(
        format!("{:?}", prop(&info, "creationDateTime")),
        "\"2024-09-10T09:55:54.000Z\""
    );
    // the same session in every process
    let mut b = process(&rt, "B");
    let s2 = cmd(&mut b, "Session", vec![]).unwrap();
    assert!(matches!((&s, &s2), (Value::Object(x), Value::Object(y)) if x.ptr_eq(y)));
    // desktop privileges (≤ 21)
    assert!(matches!(
        member(
            &mut a,
            "Session",
            &s,
            "hasPrivilege",
            vec![Value::text("x")]
        ),
        Value::Bool(true)
    ));
    assert_eq!(
        texts(&member(&mut a, "Session", &s, "getPrivileges", vec![])),
        ["\"WebAdmin\""]
    );
    assert!(matches!(
        member(
            &mut a,
            "Session",
            &s,
            "setPrivileges",
            vec![Value::text("x")]
        ),
        Value::Bool(false)
    ));
    assert!(matches!(
        member(&mut a, "Session", &s, "clearPrivileges", vec![]),
        Value::Bool(true)
    ));
    assert!(matches!(
        member(&mut a, "Session", &s, "isGuest", vec![]),
        Value::Bool(false)
    ));
    // Session info / Session storage by id
    assert!(matches!(
        cmd(&mut a, "Session info", vec![Value::Int(0)]).unwrap(),
        Value::Null
    ));
    assert!(matches!(
        cmd(&mut a, "Session info", vec![Value::text("00")]).unwrap(),
        Value::Null
    ));
    let i2 = cmd(&mut a, "Session info", vec![Value::text(id.clone())]).unwrap();
    assert_eq!(format!("{:?}", prop(&i2, "ID")), format!("{id:?}"));
    let st = cmd(&mut a, "Session storage", vec![Value::text(id)]).unwrap();
    assert!(
        matches!((&st, get(&mut a, "storage")), (Value::Object(x), Value::Object(y)) if x.ptr_eq(&y) && x.is_shared())
    );
    assert!(matches!(
        cmd(&mut a, "Session storage", vec![Value::text("nope")]).unwrap(),
        Value::Null
    ));
    // web-only properties are undefined
    assert!(get(&mut a, "idleTimeout").is_undefined());
}

#[test]
fn web_session_privileges_from_roles() {
    let rt = runtime(Kind::Web, ROLES);
    let mut a = process(&rt, "web");
    let s = cmd(&mut a, "Session", vec![]).unwrap();
    assert!(matches!(
        member(&mut a, "Session", &s, "isGuest", vec![]),
        Value::Bool(true)
    ));
    let settings = Obj::new();
    settings.set_raw(Key::intern("roles"), Value::text("Medium"));
    settings.set_raw(Key::intern("userName"), Value::text("Bob"));
    assert!(matches!(
        member(
            &mut a,
            "Session",
            &s,
            "setPrivileges",
            vec![Value::Object(settings)]
        ),
        Value::Bool(true)
    ));
    assert_eq!(
        texts(&member(&mut a, "Session", &s, "getPrivileges", vec![])),
        ["\"simple\"", "\"medium\""]
    );
    assert!(matches!(
        member(
            &mut a,
            "Session",
            &s,
            "hasPrivilege",
            vec![Value::text("SIMPLE")]
        ),
        Value::Bool(true)
    ));
    assert!(matches!(
        member(
            &mut a,
            "Session",
            &s,
            "hasPrivilege",
            vec![Value::text("WebAdmin")]
        ),
        Value::Bool(false)
    ));
    assert!(matches!(
        member(&mut a, "Session", &s, "isGuest", vec![]),
        Value::Bool(false)
    ));
    assert!(matches!(
        member(&mut a, "Session", &s, "clearPrivileges", vec![]),
        Value::Bool(true)
    ));
    assert!(matches!(
        member(&mut a, "Session", &s, "isGuest", vec![]),
        Value::Bool(true)
    ));
    let Value::Object(o) = &s else { panic!() };
    let native = o.native().unwrap();
    let get = |ctx: &mut Ctx, k: &str| {
        crate::interp::class::native_property(ctx, o, &native, Key::intern(k))
            .unwrap()
            .unwrap_or_default()
    };
    assert_eq!(format!("{:?}", get(&mut a, "userName")), "\"Bob\"");
    assert!(get(&mut a, "info").is_undefined());
    assert!(matches!(get(&mut a, "idleTimeout"), Value::Int(60)));
    assert_eq!(
        format!("{:?}", get(&mut a, "expirationDate")),
        "\"2024-09-10T10:55:54.000Z\""
    );
    crate::interp::class::native_set(
        &mut a,
        o,
        &native,
        Key::intern("idleTimeout"),
        &Value::Int(10),
    )
    .unwrap();
    assert!(matches!(get(&mut a, "idleTimeout"), Value::Int(60)));
    crate::interp::class::native_set(
        &mut a,
        o,
        &native,
        Key::intern("idleTimeout"),
        &Value::Int(120),
    )
    .unwrap();
    assert_eq!(
        format!("{:?}", get(&mut a, "expirationDate")),
        "\"2024-09-10T11:55:54.000Z\""
    );
    let e = crate::interp::class::native_set(&mut a, o, &native, Key::intern("id"), &Value::Int(1))
        .unwrap_err();
    assert_eq!(e.code, codes::READ_ONLY);
}

#[test]
fn no_session_mode_gives_null() {
    let rt = runtime(Kind::None, "");
    let mut a = process(&rt, "web");
    assert!(matches!(
        cmd(&mut a, "Session", vec![]).unwrap(),
        Value::Null
    ));
}

// ---------------------------------------------------------------- Process activity

#[test]
fn activity_standalone_lists_processes_only() {
    let rt = runtime(Kind::Standalone, "");
    let mut a = process(&rt, "Main process");
    let _b = process(&rt, "B");
    let act = cmd(&mut a, "Process activity", vec![]).unwrap();
    assert!(prop(&act, "sessions").is_undefined());
    let Value::Collection(ps) = prop(&act, "processes") else {
        panic!()
    };
    assert_eq!(ps.len(), 2);
    let p = ps.get(0).unwrap();
    let Value::Object(po) = &p else { panic!() };
    let keys: Vec<&str> = po.keys().iter().map(|k| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "name",
            "sessionID",
            "number",
            "ID",
            "visible",
            "systemID",
            "type",
            "state",
            "cpuUsage",
            "cpuTime",
            "preemptive"
        ]
    );
    // parameters are ignored in single-user mode
    let act = cmd(
        &mut a,
        "Process activity",
        vec![Value::text("x"), Value::Int(2)],
    )
    .unwrap();
    assert!(!prop(&act, "processes").is_undefined());
}

#[test]
fn activity_on_a_server_lists_sessions_too() {
    let rt = runtime(Kind::StoredProcedure, "");
    let mut a = process(&rt, "Main process");
    let act = cmd(&mut a, "Get process activity", vec![]).unwrap();
    let Value::Collection(ss) = prop(&act, "sessions") else {
        panic!()
    };
    assert_eq!(ss.len(), 1);
    let s0 = ss.get(0).unwrap();
    assert_eq!(format!("{:?}", prop(&s0, "type")), "\"storedProcedure\"");
    let Value::Collection(ps) = prop(&act, "processes") else {
        panic!()
    };
    let p0 = ps.get(0).unwrap();
    assert_eq!(
        format!("{:?}", prop(&prop(&p0, "session"), "userName")),
        "\"Designer\""
    );
    let only = cmd(&mut a, "Get process activity", vec![Value::Int(1)]).unwrap();
    assert!(prop(&only, "sessions").is_undefined());
    let Value::Collection(ps) = prop(&only, "processes") else {
        panic!()
    };
    assert!(prop(&ps.get(0).unwrap(), "session").is_undefined());
    let sess = cmd(&mut a, "Get process activity", vec![Value::Int(2)]).unwrap();
    assert!(prop(&sess, "processes").is_undefined());
    let bad = cmd(&mut a, "Process activity", vec![Value::text("nope")]).unwrap();
    assert!(matches!(bad, Value::Null));
    let id = super::super::session::current_id(&a);
    let good = cmd(
        &mut a,
        "Process activity",
        vec![Value::text(id), Value::Int(0)],
    )
    .unwrap();
    assert!(!prop(&good, "sessions").is_undefined());
}

#[test]
fn copies_for_another_process_are_deep_except_shared() {
    let rt = runtime(Kind::Standalone, "");
    let a = process(&rt, "A");
    let shared = a.rt.storage.clone();
    let inner = Obj::new();
    inner.set_raw(Key::intern("x"), Value::Real(1.0));
    let outer = Obj::new();
    outer.set_raw(Key::intern("inner"), Value::Object(inner.clone()));
    outer.set_raw(Key::intern("shared"), Value::Object(shared.clone()));
    let copy = super::super::worker::copy_for_process(&Value::Object(outer.clone()));
    let Value::Object(c) = &copy else { panic!() };
    assert!(!c.ptr_eq(&outer));
    let Value::Object(ci) = c.get(Key::intern("inner")) else {
        panic!()
    };
    assert!(!ci.ptr_eq(&inner));
    let Value::Object(cs) = c.get(Key::intern("shared")) else {
        panic!()
    };
    assert!(cs.ptr_eq(&shared));
}
