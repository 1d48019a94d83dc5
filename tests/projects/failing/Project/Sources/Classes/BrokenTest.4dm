Class constructor()

Function test_passes($t : Object)
	$t.assert.areEqual($t; 1; 1)

// #tags: unit, assertions
Function test_wrong_sum($t : Object)
	$t.assert.areEqual($t; 5; 2+2; "two plus two")
	$t.assert.isTrue($t; True)

// #tags: errors
Function test_uncaught_error($t : Object)
	var $o : Object
	$o.missing.value:=1

// #tags: errors
Function test_failed_assert($t : Object)
	ASSERT(1=2; "one is not two")

Function test_calls_fail($t : Object)
	$t.log("about to fail")
	$t.fail("gave up")
