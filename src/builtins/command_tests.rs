//! Tests of the built-in commands and collection members called through the registry,
//! with a real `Ctx` (no parser needed): the clock is pinned to 2024-03-15 10:20:30 at
//! UTC+01:00 and the random seed to 1.

use super::{Args, Imp, Receiver, registry};
use crate::interp::env::Env;
use crate::interp::{Ctx, Runtime, Sink};
use crate::keys::Key;
use crate::value::{Coll, Date, Obj, Value};
use std::sync::Arc;

fn ctx() -> Ctx {
    let env = Env::new(
        Some("2024-03-15T10:20:30"),
        Some("+01:00"),
        Some(1),
        Some("m".into()),
        Some("u".into()),
    );
    let rt = Runtime::new(
        env,
        Sink::Buffer(Vec::new()),
        crate::interp::session::Sessions::standalone(),
    );
    Ctx::new(rt, Arc::new(crate::interp::Program::default()), 1)
}

fn call_star(ctx: &mut Ctx, name: &str, args: &[Value], star: bool) -> Result<Value, i64> {
    let reg = registry();
    let id = reg
        .by_name(name)
        .unwrap_or_else(|| panic!("no command {name}"));
    let Imp::Values(f) = reg.get(id).imp else {
        panic!("{name} is raw")
    };
    let mut vals = args.to_vec();
    f(ctx, &mut Args::new(&mut vals, star)).map_err(|e| e.code)
}

fn call(ctx: &mut Ctx, name: &str, args: &[Value]) -> Value {
    call_star(ctx, name, args, false).unwrap_or_else(|c| panic!("{name} failed with {c}"))
}

fn member(ctx: &mut Ctx, recv: &Value, name: &str, args: &[Value]) -> Result<Value, i64> {
    let m = registry()
        .member(Receiver::Collection, name)
        .unwrap_or_else(|| panic!("no member {name}"));
    let mut vals = args.to_vec();
    (m.imp)(ctx, recv, &mut Args::new(&mut vals, false)).map_err(|e| e.code)
}

fn t(s: &str) -> Value {
    Value::text(s)
}
fn n(x: f64) -> Value {
    Value::Real(x)
}
fn text_of(v: &Value) -> String {
    super::text::to_text(v)
}
fn json(v: &Value) -> String {
    super::json::stringify(v, false)
}
fn coll(items: Vec<Value>) -> Value {
    Value::Collection(Coll::from_vec(items))
}
fn obj(pairs: &[(&str, Value)]) -> Value {
    let o = Obj::new();
    for (k, v) in pairs {
        o.set_raw(Key::intern(k), v.clone());
    }
    Value::Object(o)
}
fn parse(s: &str) -> Value {
    super::json::parse(s).unwrap()
}

#[test]
fn string_conversions() {
    let mut c = ctx();
    assert_eq!(
        text_of(&call(
            &mut c,
            "String",
            &[n(2f64.powi(15)), t("###,##0 Inhabitants")]
        )),
        "32,768 Inhabitants"
    );
    assert_eq!(
        text_of(&call(&mut c, "String", &[n(-1.0), t("&x")])),
        "0xFFFFFFFF"
    );
    assert_eq!(
        text_of(&call(&mut c, "String", &[Value::Bool(false)])),
        "False"
    );
    let d = Value::Date(Date::new(2023, 11, 27));
    assert_eq!(
        text_of(&call(&mut c, "String", std::slice::from_ref(&d))),
        "11/27/2023"
    );
    assert_eq!(
        text_of(&call(&mut c, "String", &[d.clone(), n(5.0)])),
        "November 27, 2023"
    );
    assert_eq!(
        text_of(&call(&mut c, "String", &[d.clone(), n(9.0)])),
        "2023-11-26T23:00:00Z"
    );
    assert_eq!(
        text_of(&call(
            &mut c,
            "String",
            &[d.clone(), n(8.0), Value::Time(3723)]
        )),
        "2023-11-27T01:02:03"
    );
    assert_eq!(
        text_of(&call(&mut c, "String", &[d, t("EEEE d MMMM y")])),
        "Monday 27 November 2023"
    );
    assert_eq!(
        text_of(&call(
            &mut c,
            "String",
            &[Value::Date(Date::NULL), n(101.0)]
        )),
        ""
    );
    assert_eq!(
        text_of(&call(
            &mut c,
            "String",
            &[Value::Time(17 * 3600 + 30 * 60 + 45), n(5.0)]
        )),
        "5:30 PM"
    );
    assert_eq!(text_of(&call(&mut c, "String", &[Value::Null])), "null");
}

#[test]
fn num_bool_and_text_commands() {
    let mut c = ctx();
    assert_eq!(call(&mut c, "Num", &[t("A1B2C3")]).as_number(), Some(123.0));
    assert_eq!(
        call(&mut c, "Num", &[t("12,5"), t(",")]).as_number(),
        Some(12.5)
    );
    assert_eq!(
        call(&mut c, "Num", &[Value::Bool(true)]).as_number(),
        Some(1.0)
    );
    assert!(matches!(
        call(&mut c, "Bool", &[n(0.0)]),
        Value::Bool(false)
    ));
    assert!(matches!(
        call(&mut c, "Bool", &[t("x")]),
        Value::Bool(false)
    ));
    assert_eq!(call(&mut c, "Length", &[t("héllo")]).as_number(), Some(5.0));
    assert_eq!(
        text_of(&call(&mut c, "Substring", &[t("Hello"), n(2.0), n(3.0)])),
        "ell"
    );
    assert_eq!(
        text_of(&call(&mut c, "Substring", &[t("Hello"), n(4.0)])),
        "lo"
    );
    assert_eq!(
        text_of(&call(&mut c, "Substring", &[t("Hello"), n(9.0)])),
        ""
    );
    // Position takes its lengthFound variable unevaluated (a raw command): see
    // tests/golden/commands/position.4dm.
    assert_eq!(
        text_of(&call(
            &mut c,
            "Replace string",
            &[t("a-b-c"), t("-"), t("+"), n(1.0)]
        )),
        "a+b-c"
    );
    assert_eq!(
        text_of(&call(&mut c, "Uppercase", &[t("hélène")])),
        "HELENE"
    );
    assert_eq!(
        text_of(&call_star(&mut c, "Uppercase", &[t("hélène")], true).unwrap()),
        "HÉLÈNE"
    );
    assert_eq!(text_of(&call(&mut c, "Char", &[n(65.0)])), "A");
    assert_eq!(
        call(&mut c, "Character code", &[t("a")]).as_number(),
        Some(97.0)
    );
    assert_eq!(
        json(&call(
            &mut c,
            "Split string",
            &[t("a, b,,c"), t(","), n(3.0)]
        )),
        r#"["a","b","c"]"#
    );
    // `Match regex` is raw (its outputs are variables): see golden match_regex_output.
    assert_eq!(
        text_of(&call(&mut c, "Insert string", &[t("Hlo"), t("el"), n(2.0)])),
        "Hello"
    );
    assert_eq!(
        text_of(&call(
            &mut c,
            "Delete string",
            &[t("Hello"), n(2.0), n(3.0)]
        )),
        "Ho"
    );
    assert_eq!(
        text_of(&call(
            &mut c,
            "Change string",
            &[t("Hello"), t("J"), n(1.0)]
        )),
        "Jello"
    );
    assert_eq!(
        call(&mut c, "Compare strings", &[t("abc"), t("ABC")]).as_number(),
        Some(0.0)
    );
}

#[test]
fn math_commands() {
    let mut c = ctx();
    assert_eq!(
        call(&mut c, "Round", &[n(-1.5), n(0.0)]).as_number(),
        Some(-2.0)
    );
    assert_eq!(call(&mut c, "Int", &[n(-123.4)]).as_number(), Some(-124.0));
    assert_eq!(
        call(&mut c, "Mod", &[n(3.5), n(2.0)]).as_number(),
        Some(0.0)
    );
    assert_eq!(
        call_star(&mut c, "Mod", &[n(3.0), n(0.0)], false).err(),
        Some(crate::interp::error::codes::DIVISION_BY_ZERO)
    );
    let r = call(&mut c, "Random", &[]).as_number().unwrap();
    assert!((0.0..=32767.0).contains(&r));
    assert_eq!(text_of(&call(&mut c, "Generate UUID", &[])).len(), 32);
}

#[test]
fn date_commands() {
    let mut c = ctx();
    assert_eq!(text_of(&call(&mut c, "Current date", &[])), "03/15/2024");
    assert_eq!(text_of(&call(&mut c, "Current time", &[])), "10:20:30");
    assert_eq!(
        text_of(&call(&mut c, "Timestamp", &[])),
        "2024-03-15T09:20:30.000Z"
    );
    let d = Value::Date(Date::new(2024, 1, 31));
    assert_eq!(
        text_of(&call(
            &mut c,
            "Add to date",
            &[d.clone(), n(0.0), n(1.0), n(0.0)]
        )),
        "03/02/2024"
    );
    assert_eq!(
        call(&mut c, "Day number", std::slice::from_ref(&d)).as_number(),
        Some(4.0)
    );
    assert_eq!(call(&mut c, "Month of", &[d]).as_number(), Some(1.0));
    assert_eq!(
        text_of(&call(&mut c, "Date", &[t("2013-06-05T20:00:00")])),
        "06/05/2013"
    );
    assert_eq!(text_of(&call(&mut c, "Time", &[t("01:02:03")])), "01:02:03");
    assert_eq!(
        text_of(&call(&mut c, "Time string", &[n(3725.0)])),
        "01:02:05"
    );
}

#[test]
fn json_commands() {
    let mut c = ctx();
    let v = call(&mut c, "JSON Parse", &[t(r#"{"a":[1,2],"b":"x"}"#)]);
    assert_eq!(
        text_of(&call_star(&mut c, "JSON Stringify", &[v], true).unwrap()),
        "{\n\t\"a\": [\n\t\t1,\n\t\t2\n\t],\n\t\"b\": \"x\"\n}"
    );
    assert_eq!(
        call(&mut c, "JSON Parse", &[t("120.13"), n(9.0)]).as_number(),
        Some(120.0)
    );
    assert_eq!(
        text_of(&call(&mut c, "JSON Parse", &[t("5120"), n(11.0)])),
        "01:25:20"
    );
    assert_eq!(
        call_star(&mut c, "JSON Parse", &[t("{nope")], false).err(),
        Some(crate::interp::error::codes::JSON_PARSE)
    );
}

#[test]
fn object_commands() {
    let mut c = ctx();
    let o = call(
        &mut c,
        "New object",
        &[t("b"), n(1.0), t("a"), Value::Time(2)],
    );
    assert_eq!(json(&o), r#"{"b":1,"a":2000}"#);
    assert_eq!(
        json(&call(&mut c, "OB Keys", std::slice::from_ref(&o))),
        r#"["b","a"]"#
    );
    assert_eq!(
        json(&call(&mut c, "OB Entries", std::slice::from_ref(&o))),
        r#"[{"key":"b","value":1},{"key":"a","value":2000}]"#
    );
    assert!(matches!(
        call(&mut c, "OB Is defined", &[o.clone(), t("B")]),
        Value::Bool(false)
    ));
    assert!(matches!(
        call(&mut c, "OB Is empty", &[Value::Null]),
        Value::Bool(true)
    ));
    let nested = obj(&[("inner", obj(&[("x", n(1.0))]))]);
    let copy = call(&mut c, "OB Copy", std::slice::from_ref(&nested));
    let (Value::Object(a), Value::Object(b)) = (nested.clone(), copy.clone()) else {
        panic!()
    };
    let (Value::Object(x), Value::Object(y)) =
        (a.get(Key::intern("inner")), b.get(Key::intern("inner")))
    else {
        panic!()
    };
    assert!(!x.ptr_eq(&y));
    assert_eq!(json(&copy), r#"{"inner":{"x":1}}"#);
    let shared = call(
        &mut c,
        "OB Copy",
        &[nested, n(super::object::CK_SHARED as f64)],
    );
    let Value::Object(s) = shared else { panic!() };
    assert!(s.is_shared());
    let Value::Object(inner) = s.get(Key::intern("inner")) else {
        panic!()
    };
    assert!(inner.is_shared());
    // OB SET takes its first argument unevaluated (golden conformance/ob_set_creates).
    let Value::Object(target) = &o else { panic!() };
    target.set_raw(Key::intern("c"), t("z"));
    call(&mut c, "OB REMOVE", &[o.clone(), t("b")]);
    assert_eq!(json(&o), r#"{"a":2000,"c":"z"}"#);
    assert_eq!(
        text_of(&call(&mut c, "OB Get", &[o, t("a"), n(11.0)])),
        "00:00:02"
    );
}

#[test]
fn collection_members_without_callbacks() {
    let mut c = ctx();
    let col = parse("[1,2,3,4,5]");
    assert_eq!(
        member(&mut c, &col, "at", &[n(-1.0)]).unwrap().as_number(),
        Some(5.0)
    );
    assert!(
        member(&mut c, &col, "at", &[n(9.0)])
            .unwrap()
            .is_undefined()
    );
    assert_eq!(
        json(&member(&mut c, &col, "slice", &[n(1.0), n(-1.0)]).unwrap()),
        "[2,3,4]"
    );
    assert_eq!(
        member(&mut c, &col, "sum", &[]).unwrap().as_number(),
        Some(15.0)
    );
    assert_eq!(
        member(&mut c, &col, "average", &[]).unwrap().as_number(),
        Some(3.0)
    );
    assert_eq!(
        member(&mut c, &col, "indexOf", &[n(3.0)])
            .unwrap()
            .as_number(),
        Some(2.0)
    );
    assert_eq!(
        member(&mut c, &col, "lastIndexOf", &[n(3.0), n(1.0)])
            .unwrap()
            .as_number(),
        Some(-1.0)
    );
    assert_eq!(
        text_of(&member(&mut c, &col, "join", &[t("|")]).unwrap()),
        "1|2|3|4|5"
    );
    member(&mut c, &col, "remove", &[n(-2.0), n(5.0)]).unwrap();
    member(&mut c, &col, "insert", &[n(1.0), t("x")]).unwrap();
    member(&mut c, &col, "push", &[Value::Time(1)]).unwrap();
    assert_eq!(json(&col), r#"[1,"x",2,3,1000]"#);
    member(&mut c, &col, "fill", &[n(0.0), n(-2.0)]).unwrap();
    assert_eq!(json(&col), r#"[1,"x",2,0,0]"#);
    member(&mut c, &col, "resize", &[n(6.0)]).unwrap();
    assert_eq!(json(&col), r#"[1,"x",2,0,0,null]"#);
    assert_eq!(
        member(&mut c, &col, "count", &[]).unwrap().as_number(),
        Some(5.0)
    );
    assert_eq!(text_of(&member(&mut c, &col, "shift", &[]).unwrap()), "1");
    member(&mut c, &col, "unshift", &[t("a"), t("b")]).unwrap();
    assert_eq!(json(&col), r#"["a","b","x",2,0,0,null]"#);
    assert_eq!(
        text_of(&member(&mut c, &col, "join", &[t(","), n(1.0)]).unwrap()),
        "a,b,x,2,0,0"
    );
    let names = parse(r#"["Albert","bob","alice"]"#);
    assert!(matches!(
        member(&mut c, &names, "includes", &[t("al@")]).unwrap(),
        Value::Bool(true)
    ));
    assert_eq!(
        member(&mut c, &names, "countValues", &[t("BOB")])
            .unwrap()
            .as_number(),
        Some(1.0)
    );
    let nested = parse("[1,[2,[3]]]");
    assert_eq!(
        json(&member(&mut c, &nested, "flat", &[]).unwrap()),
        "[1,2,[3]]"
    );
    assert_eq!(
        json(&member(&mut c, &nested, "concat", &[n(4.0), parse("[5]")]).unwrap()),
        "[1,[2,[3]],4,5]"
    );
    assert!(matches!(
        member(
            &mut c,
            &parse(r#"["Orange",{"a":1}]"#),
            "equal",
            &[parse(r#"["ORange",{"a":1}]"#)]
        )
        .unwrap(),
        Value::Bool(true)
    ));
    assert!(matches!(
        member(
            &mut c,
            &parse(r#"["Orange"]"#),
            "equal",
            &[parse(r#"["ORange"]"#), n(8.0)]
        )
        .unwrap(),
        Value::Bool(false)
    ));
    let people = parse(r#"[{"name":"Smith","age":30},{"name":null},{"age":12}]"#);
    assert_eq!(
        json(&member(&mut c, &people, "extract", &[t("name")]).unwrap()),
        r#"["Smith"]"#
    );
    assert_eq!(
        json(&member(&mut c, &people, "extract", &[t("name"), n(1.0)]).unwrap()),
        r#"["Smith",null,null]"#
    );
    assert_eq!(
        member(&mut c, &people, "count", &[t("age")])
            .unwrap()
            .as_number(),
        Some(2.0)
    );
    let copy = member(&mut c, &people, "copy", &[]).unwrap();
    assert_eq!(json(&copy), json(&people));
}

#[test]
fn ordering_members() {
    let mut c = ctx();
    let mixed = parse(r#"["b",3,null,true,"A",1,{"o":1},[0]]"#);
    member(&mut c, &mixed, "sort", &[]).unwrap();
    assert_eq!(json(&mixed), r#"[null,true,"A","b",1,3,{"o":1},[0]]"#);
    let people = parse(r#"[{"n":"b","a":2},{"n":"a","a":2},{"n":"c","a":1}]"#);
    let by = member(&mut c, &people, "orderBy", &[t("a desc, n")]).unwrap();
    assert_eq!(
        json(&member(&mut c, &by, "extract", &[t("n")]).unwrap()),
        r#"["a","b","c"]"#
    );
    let by = member(
        &mut c,
        &people,
        "orderBy",
        &[parse(r#"[{"propertyPath":"n","descending":true}]"#)],
    )
    .unwrap();
    assert_eq!(
        json(&member(&mut c, &by, "extract", &[t("n")]).unwrap()),
        r#"["c","b","a"]"#
    );
    let nums = parse("[3,1,2]");
    assert_eq!(
        json(&member(&mut c, &nums, "orderBy", &[n(1.0)]).unwrap()),
        "[3,2,1]"
    );
    assert_eq!(json(&nums), "[3,1,2]");
    assert_eq!(
        member(&mut c, &parse(r#"[5,"z",1]"#), "max", &[])
            .unwrap()
            .as_number(),
        Some(5.0)
    );
    assert_eq!(
        text_of(&member(&mut c, &parse(r#"[5,"z",1]"#), "min", &[]).unwrap()),
        "z"
    );
    assert_eq!(
        member(&mut c, &people, "max", &[t("a")])
            .unwrap()
            .as_number(),
        Some(2.0)
    );
    let words = parse(r#"["b","A","a",null,"B","c"]"#);
    assert_eq!(
        json(&member(&mut c, &words, "distinct", &[]).unwrap()),
        r#"["A","b","c"]"#
    );
    assert_eq!(
        json(&member(&mut c, &words, "distinct", &[n(8.0)]).unwrap()),
        r#"["A","a","b","B","c"]"#
    );
    assert_eq!(
        json(&member(&mut c, &words, "distinct", &[n(32.0)]).unwrap()),
        r#"[{"value":"A","count":2},{"value":"b","count":2},{"value":"c","count":1}]"#
    );
    let other = parse(r#"["x","y","z"]"#);
    member(&mut c, &nums, "multiSort", &[coll(vec![other.clone()])]).unwrap();
    assert_eq!(json(&nums), "[1,2,3]");
    assert_eq!(json(&other), r#"["y","z","x"]"#);
    assert_eq!(
        member(&mut c, &nums, "multiSort", &[coll(vec![parse("[1]")])]).err(),
        Some(crate::interp::error::codes::COLLECTION_LENGTHS)
    );
}

#[test]
fn queries() {
    let mut c = ctx();
    let people = parse(
        r#"[{"name":"Smith","age":30,"kids":[{"age":3}]},{"name":"smythe","age":17},{"name":"Jones","age":45,"city":null},"not an object"]"#,
    );
    let names = |c: &mut Ctx, args: &[Value]| {
        let r = member(c, &people, "query", args).unwrap();
        json(&member(c, &r, "extract", &[t("name")]).unwrap())
    };
    assert_eq!(names(&mut c, &[t("name = 'sm@'")]), r#"["Smith","smythe"]"#);
    assert_eq!(names(&mut c, &[t("name === 'sm@'")]), "[]");
    assert_eq!(
        names(&mut c, &[t("age > :1 and name # :2"), n(18.0), t("Jones")]),
        r#"["Smith"]"#
    );
    assert_eq!(
        names(&mut c, &[t("age < 18 or name = Jones order by age desc")]),
        r#"["Jones","smythe"]"#
    );
    assert_eq!(
        names(&mut c, &[t("city = null")]),
        r#"["Smith","smythe","Jones"]"#
    );
    assert_eq!(names(&mut c, &[t("kids[].age = 3")]), r#"["Smith"]"#);
    assert_eq!(names(&mut c, &[t("not(age >= 18)")]), r#"["smythe"]"#);
    assert_eq!(
        names(&mut c, &[t("name in :1"), parse(r#"["jones","nobody"]"#)]),
        r#"["Jones"]"#
    );
    let settings = obj(&[
        ("parameters", obj(&[("min", n(40.0))])),
        ("attributes", obj(&[("p", t("age"))])),
    ]);
    assert_eq!(names(&mut c, &[t(":p >= :min"), settings]), r#"["Jones"]"#);
    assert_eq!(
        json(&member(&mut c, &people, "indices", &[t("age >= 30")]).unwrap()),
        "[0,2]"
    );
    assert_eq!(
        member(&mut c, &people, "query", &[t("age >")]).err(),
        Some(crate::interp::error::codes::QUERY_SYNTAX)
    );
}

// ---------------------------------------------------------------------------------------
// Callbacks, with formulas built by hand (what `Formula(...)` resolves to)
// ---------------------------------------------------------------------------------------

use crate::ast::{AssignOp, BinOp, Span};
use crate::code::{Code, Expr, FormulaTemplate, Place, Stmt, StmtKind};

/// `$1.<field>`
fn p1(field: &str) -> Expr {
    Expr::Member {
        object: Box::new(Expr::Local(0)),
        key: Key::intern(field),
    }
}
fn bin(op: BinOp, l: Expr, r: Expr) -> Expr {
    Expr::Binary {
        op,
        lhs: Box::new(l),
        rhs: Box::new(r),
    }
}
fn k(v: f64) -> Expr {
    Expr::Const(Value::Real(v))
}

/// A formula over `$1..$nparams` running `stmts`, then returning `ret` (if any).
fn formula(nparams: u32, stmts: Vec<StmtKind>, ret: Option<Expr>) -> Value {
    let mut body: Vec<Stmt> = stmts
        .into_iter()
        .map(|kind| Stmt {
            kind,
            span: Span::default(),
        })
        .collect();
    body.push(Stmt {
        kind: StmtKind::Return(ret),
        span: Span::default(),
    });
    let code = Code {
        name: "Formula(test)".into(),
        nslots: nparams,
        slot_names: (1..=nparams).map(|i| i.to_string()).collect(),
        slot_types: vec![None; nparams as usize],
        nparams,
        body,
        ..Default::default()
    };
    let template = FormulaTemplate {
        code: Arc::new(code),
        captures: Vec::new(),
        source: "test".into(),
        method: None,
    };
    Value::Formula(Arc::new(crate::interp::formula::Formula {
        body: crate::interp::formula::FormulaBody::Code(Arc::new(template)),
        captured: Vec::new(),
        source: "test".into(),
    }))
}

/// `Formula(<expr over $1>)`
fn f1(e: Expr) -> Value {
    formula(1, Vec::new(), Some(e))
}

/// `$1.<field> := <value>`
fn set1(field: &str, value: Expr) -> StmtKind {
    StmtKind::Assign {
        target: Place::Member {
            object: Box::new(Expr::Local(0)),
            key: Key::intern(field),
        },
        op: AssignOp::Set,
        value,
    }
}

#[test]
fn callbacks_map_filter_reduce() {
    let mut c = ctx();
    let col = parse("[1,2,3,4]");
    let double = f1(bin(BinOp::Mul, p1("value"), k(2.0)));
    assert_eq!(
        json(&member(&mut c, &col, "map", &[double]).unwrap()),
        "[2,4,6,8]"
    );
    let even = f1(bin(BinOp::Eq, bin(BinOp::Mod, p1("value"), k(2.0)), k(0.0)));
    assert_eq!(
        json(&member(&mut c, &col, "filter", std::slice::from_ref(&even)).unwrap()),
        "[2,4]"
    );
    assert_eq!(
        member(&mut c, &col, "find", std::slice::from_ref(&even))
            .unwrap()
            .as_number(),
        Some(2.0)
    );
    assert_eq!(
        member(&mut c, &col, "findIndex", &[n(2.0), even.clone()])
            .unwrap()
            .as_number(),
        Some(3.0)
    );
    assert!(matches!(
        member(&mut c, &col, "some", std::slice::from_ref(&even)).unwrap(),
        Value::Bool(true)
    ));
    assert!(matches!(
        member(&mut c, &col, "every", std::slice::from_ref(&even)).unwrap(),
        Value::Bool(false)
    ));
    let positive = f1(bin(BinOp::Gt, p1("value"), k(0.0)));
    assert!(matches!(
        member(&mut c, &col, "every", &[positive]).unwrap(),
        Value::Bool(true)
    ));
    let sum = f1(bin(BinOp::Add, p1("accumulator"), p1("value")));
    assert_eq!(
        member(&mut c, &col, "reduce", &[sum.clone(), n(10.0)])
            .unwrap()
            .as_number(),
        Some(20.0)
    );
    // A method-style callback: sets $1.accumulator and returns nothing.
    let acc = formula(
        1,
        vec![set1(
            "accumulator",
            bin(BinOp::Mul, p1("accumulator"), p1("value")),
        )],
        None,
    );
    assert_eq!(
        member(&mut c, &col, "reduce", &[acc, n(1.0)])
            .unwrap()
            .as_number(),
        Some(24.0)
    );
    let concat = f1(bin(
        BinOp::Add,
        p1("accumulator"),
        Expr::Command {
            id: registry().by_name("String").unwrap(),
            args: vec![p1("value")].into_boxed_slice(),
        },
    ));
    assert_eq!(
        text_of(&member(&mut c, &col, "reduceRight", &[concat, t("")]).unwrap()),
        "4321"
    );
    let pair = f1(Expr::CollectionLit(
        vec![p1("value"), p1("value")].into_boxed_slice(),
    ));
    assert_eq!(
        json(&member(&mut c, &parse("[1,2]"), "flatMap", &[pair]).unwrap()),
        "[1,1,2,2]"
    );
}

#[test]
fn callbacks_stop_result_and_extra_params() {
    let mut c = ctx();
    let col = parse("[5,6,7]");
    // $1.result:=$1.value+$2 ; $1.stop:=($1.value>=6) — no return value: $1.result is used.
    let f = formula(
        2,
        vec![
            set1("result", bin(BinOp::Add, p1("value"), Expr::Local(1))),
            set1("stop", bin(BinOp::Ge, p1("value"), k(6.0))),
        ],
        None,
    );
    assert_eq!(
        json(&member(&mut c, &col, "map", &[f, n(100.0)]).unwrap()),
        "[105,106]"
    );
}

#[test]
fn callback_sorting() {
    let mut c = ctx();
    let col = parse("[3,1,2]");
    let desc = f1(bin(BinOp::Gt, p1("value"), p1("value2")));
    assert_eq!(
        json(&member(&mut c, &col, "orderByMethod", std::slice::from_ref(&desc)).unwrap()),
        "[3,2,1]"
    );
    assert_eq!(json(&col), "[3,1,2]");
    member(&mut c, &col, "sort", &[desc]).unwrap();
    assert_eq!(json(&col), "[3,2,1]");
    let bad = f1(Expr::Fail {
        code: -1,
        message: "boom".into(),
    });
    assert!(member(&mut c, &col, "sort", &[bad]).is_err());
    assert_eq!(json(&col), "[3,2,1]");
}
