//! Tests of `fourd doctest`: classification, free names, continuation, running pages.
use super::*;

#[test]
fn classifies_blocks() {
    assert_eq!(
        classify(" If(Boolean_Expression)\n statement(s)\n End if\n", "").kind,
        BlockKind::Outline
    );
    assert_eq!(
        classify("//Class: Person.4dm\nClass constructor($a : Text)\n", "").kind,
        BlockKind::Class("Person".into())
    );
    assert_eq!(
        classify("Function f() : Integer\n return 1\n", "").kind,
        BlockKind::ClassFragment
    );
    assert_eq!(
        classify(
            " $1.result:=True\n",
            "With the following ***Flatten*** method:"
        )
        .kind,
        BlockKind::Method("Flatten".into())
    );
    let c = classify(
        " $t:=myMethod(\"a\")\n  //myMethod\n #DECLARE ($p : Text)->$r : Text\n $r:=$p\n",
        "",
    );
    assert_eq!(c.kind, BlockKind::Code);
    assert_eq!(c.methods.len(), 1);
    assert_eq!(c.methods[0].0, "myMethod");
    assert!(!c.code.contains("#DECLARE"));
}

#[test]
fn classifies_command_page_methods() {
    // A method name with spaces, then `project method` or `global function`.
    let c = classify("  //Create doc project method\n $0:=$1\n", "");
    assert_eq!(c.kind, BlockKind::Method("Create doc".into()));
    let c = classify("  // Sys date format global function\n $0:=\"MM\"\n", "");
    assert_eq!(c.kind, BlockKind::Method("Sys date format".into()));
    // A name followed by its call syntax.
    let c = classify(
        "  // EXTRACT PARAGRAPHS\n  // EXTRACT PARAGRAPHS ( text ; Pointer )\n $x:=$1\n",
        "",
    );
    assert_eq!(c.kind, BlockKind::Method("EXTRACT PARAGRAPHS".into()));
    // Where code stands is not a method name.
    assert_eq!(
        classify("  // In a project method\n $x:=1\n", "").kind,
        BlockKind::Code
    );
}

#[test]
fn classifies_unnamed_method_bodies() {
    // A block that declares the parameters it receives is a method body.
    for code in [
        " var $1 : Text\n ALERT($1)\n",
        " var $1;$2 : Integer\n $x:=$1+$2\n",
        " C_STRING(63;$1;$name)\n $name:=$1\n",
        " C_TEXT($1) // the name\n $n:=$1\n",
        " #DECLARE ($name : Text)\n ALERT($name)\n",
    ] {
        assert_eq!(
            classify(code, "").kind,
            BlockKind::Method(String::new()),
            "{code}"
        );
    }
    // A result, a local declaration or a parameter named in a comment receives nothing.
    for code in [
        " var $0 : Integer\n $0:=1\n",
        " #DECLARE -> $o : Object\n $o:={}\n",
        " #DECLARE()\n ALERT(\"x\")\n",
        " var $10x : Text\n",
        " var $t : Text // not $1\n $t:=\"a\"\n",
        " $x:=$1\n",
    ] {
        assert_eq!(classify(code, "").kind, BlockKind::Code, "{code}");
    }
    // A named method keeps its name.
    assert_eq!(
        classify("  //Create doc project method\n var $1 : Text\n", "").kind,
        BlockKind::Method("Create doc".into())
    );
}

#[test]
fn finds_stated_starting_values() {
    let code = "  // $o = {\"a\":1}\n OB SET($o;\"b\";2)\n  // $o = {\"a\":1,\"b\":2}\n";
    assert_eq!(stated_start(code, &["$o".into()]).as_deref(), Some("$o"));
    // A block that defines the variable states a result, not a start.
    assert_eq!(stated_start(code, &[]), None);
    assert_eq!(stated_start(" $o:=1\n  // $o = 1\n", &["$o".into()]), None);
}

#[test]
fn needs_whole_words() {
    assert_eq!(skip_reason("ALERT(\"took 3 seconds.\")\n"), None);
    assert_eq!(
        skip_reason("$e:=ds.Employee.all()\n").as_deref(),
        Some("needs a datastore")
    );
    assert_eq!(
        skip_reason("$h:=Append document(\"a.log\")\n").as_deref(),
        Some("needs files")
    );
}

#[test]
fn finds_free_variables() {
    assert_eq!(free_variables("$c2:=$c.query(\"a=1\")\n"), vec!["$c"]);
    assert!(free_variables("var $c : Collection\n$c:=[]\n$d:=$c.length\n").is_empty());
    assert_eq!(free_variables("myCol[10]:=\"x\"\n"), vec!["myCol"]);
    // A `For` line defines its loop variable only.
    assert_eq!(
        free_variables("For($i;1;Size of array(anArray))\n anArray{$i}:=0\nEnd for\n"),
        vec!["anArray"]
    );
    assert_eq!(
        free_variables("For each($item;$col)\n$n:=$item\nEnd for each\n"),
        vec!["$col"]
    );
}

#[test]
fn finds_methods_classes_and_storage_the_page_lacks() {
    let names = crate::names::NameSet::new();
    let parsed = crate::parser::parse("If(MethodA & MethodB)\nEnd if\n", Some(&names));
    assert_eq!(unknown_names(&parsed.file, &[]), vec!["MethodA", "MethodB"]);
    let methods = vec![("MethodA".to_string(), String::new())];
    assert_eq!(unknown_names(&parsed.file, &methods), vec!["MethodB"]);
    let parsed = crate::parser::parse(
        "$t:=String(Is text)+Uppercase(\"a\")\nOK:=1\n$b:=True\n",
        Some(&names),
    );
    assert!(unknown_names(&parsed.file, &[]).is_empty());
    assert_eq!(
        missing_storage("$c:=Storage.coll\n", "$c:=Storage.coll\n"),
        vec!["Storage.coll"]
    );
    assert!(
        missing_storage(
            "$c:=Storage.coll\n",
            "Storage.coll:=New shared collection\n"
        )
        .is_empty()
    );
    let classes = vec![("A".to_string(), "$x:=cs.B.new()\n".to_string())];
    assert_eq!(
        missing_classes("$a:=cs.A.new()\n", &classes, &[]),
        vec!["cs.B"]
    );
    let methods = vec![("Make".to_string(), "$0:=cs.C.new()\n".to_string())];
    assert_eq!(missing_classes("$a:=Make\n", &[], &methods), vec!["cs.C"]);
}

#[test]
fn element_access_is_not_a_table() {
    assert_eq!(
        skip_reason("vObject[property]:=Uppercase(vObject[property])\n"),
        None
    );
    assert_eq!(
        skip_reason("ALL RECORDS([aTable])\n").as_deref(),
        Some("needs a database")
    );
    assert_eq!(
        skip_reason("$n:=Records in table([People])\n").as_deref(),
        Some("needs a database table")
    );
}

#[test]
fn a_loop_the_page_says_never_ends() {
    let md =
        "The following loop continues forever:\n```4d\nvStop:=True\nWhile(vStop)\nEnd while\n```\n";
    let start = std::time::Instant::now();
    let r = run_page(md, "t.md");
    assert!(r[0].ok() && r[0].ran && r[0].passed == 1, "{:?}", r[0]);
    // The block was stopped, not left running.
    assert!(start.elapsed().as_secs() < BLOCK_SECONDS + 3);
}

#[test]
fn a_block_continues_the_block_defining_its_variables() {
    // The block at line 5 defines `$c` but does not parse: the one using `$c` is a
    // fragment of it, not a continuation of the block at line 1.
    let md = "```4d\n$c:=[1]\n```\n```4d\n$c:=[1;2\n```\n```4d\n$n:=$c.length //$n=2\n```\n";
    let r = run_page(md, "t.md");
    assert!(!r[1].parsed);
    assert_eq!(
        r[2].skipped.as_deref(),
        Some("fragment: continues the block at line 4, which did not run")
    );
    let md = "```4d\n$c:=[1;2]\n```\n```4d\n$d:=[5]\n```\n```4d\n$n:=$c.length+$d[0] //$n=7\n```\n";
    let r = run_page(md, "t.md");
    assert!(r[2].ok() && r[2].passed == 1, "{:?}", r[2]);
    assert_eq!(r[2].note.as_deref(), Some("continues the block at line 4"));
}

#[test]
fn runs_a_page() {
    let md = "```4d\n$c:=[3;1;2]\n$c.sort() // [1,2,3]\n$n:=$c.length //$n=3\n```\n\nWith the following ***Twice*** method:\n\n```4d\n#DECLARE($x : Integer)->$r : Integer\n$r:=$x*2\n```\n\n```4d\n$v:=Twice(4) //8\n$w:=$c.first() // 1\n```\n";
    let r = run_page(md, "t.md");
    assert_eq!(r.len(), 3);
    assert!(r[0].ok() && r[0].passed == 2, "{:?}", r[0]);
    assert_eq!(r[1].kind, BlockKind::Method("Twice".into()));
    assert!(r[2].ok() && r[2].passed == 2, "{:?}", r[2]);
    assert_eq!(r[2].note.as_deref(), Some("continues the block at line 1"));
}
