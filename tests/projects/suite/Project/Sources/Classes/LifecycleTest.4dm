// #parallel: false
// setup and teardown run once, beforeEach and afterEach around every test.
Class constructor()
	This.events:=[]

Function setup()
	This.events.push("setup")

Function beforeEach()
	This.events.push("before")

Function afterEach()
	This.events.push("after")

Function teardown()
	This.events.push("teardown")

Function test_first($t : Object)
	$t.assert.areEqual($t; "setup,before"; This.events.join(","))

Function test_second($t : Object)
	$t.assert.areEqual($t; "setup,before,after,before"; This.events.join(","))
	$t.log("events so far: "+This.events.join(","))

Function test_subtests($t : Object)
	var $ok : Boolean
	$ok:=$t.run("double"; Formula($1.assert.areEqual($1; 4; 2*2)))
	$t.assert.isTrue($t; $ok)
