// Tests of cs.Calculator, in the community runner's style.
Class constructor()
	This.calc:=cs.Calculator.new()

// #tags: unit, fast
Function test_add($t : cs.Testing)
	$t.assert.areEqual($t; 5; This.calc.add(2; 3); "2+3")
	$t.assert.areNotEqual($t; 6; This.calc.add(2; 3))

// #tags: unit
Function test_divide($t : Object)
	$t.assert.areEqual($t; 2.5; This.calc.divide(5; 2))
	$t.assert.throws($t; Formula(This.calc.divide(1; 0)); "divide by zero throws")

Function test_booleans_and_nulls($t : Object)
	$t.assert.isTrue($t; 1<2)
	$t.assert.isFalse($t; 1>2)
	$t.assert.isNull($t; Null)
	$t.assert.isNotNull($t; New object)
	$t.assert.contains($t; "hello world"; "world")
	$t.assert.contains($t; [1; 2; 3]; 2)

Function test_deep_equality($t : Object)
	$t.assert.areDeepEqual($t; {a: 1; b: [1; 2; {c: "x"}]}; {b: [1; 2; {c: "x"}]; a: 1})

// #tags: slow
Function test_plain_assert($t : Object)
	ASSERT(This.calc.add(1; 1)=2)

// #tags: integration, skip
Function test_not_ready($t : Object)
	$t.assert.fail($t; "this test is skipped")
