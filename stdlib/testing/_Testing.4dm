// fourd test: the context each test function receives as its first parameter ($t).
// Its shape follows the community 4D test runner (KyleKincer/testing), so test classes
// written for it run unchanged: $t.assert.areEqual($t; expected; actual; message),
// $t.fail(), $t.log(), $t.failed, $t.run(name; formula).

property failed : Boolean
property done : Boolean
property logMessages : Collection
property assertions : Collection
property assert : Object
property classInstance : Object

Class constructor()
	This.failed:=False
	This.done:=False
	This.logMessages:=New collection
	This.assertions:=New collection
	This.assert:=cs._Assert.new()
	This.classInstance:=Null

// Add a line to the test's log (shown for failing tests, and in JSON/JUnit reports).
Function log($message : Text)
	This.logMessages.push($message)

// Fail the test: fail(message) or fail(expected; actual; message). The test goes on.
Function fail($expected : Variant; $actual : Variant; $message : Text)
	var $record : Object
	Case of
		: (Count parameters=0)
			$record:=New object("passed"; False; "message"; "")
		: (Count parameters=1)
			$record:=New object("passed"; False; "message"; String($expected))
		: (Count parameters=2)
			$record:=New object("passed"; False; "message"; ""; "expected"; $expected; "actual"; $actual)
		Else
			$record:=New object("passed"; False; "message"; $message; "expected"; $expected; "actual"; $actual)
	End case
	$record.location:=FOURD_TEST_LOCATION
	This.failed:=True
	This.assertions.push($record)

// Fail the test and mark it done.
Function fatal()
	This.failed:=True
	This.done:=True

// Run a subtest with its own context: run(name; formula {; data}). Returns True when it passed.
Function run($name : Text; $subtest : Object; $data : Variant) : Boolean
	var $sub : Object
	$sub:=cs._Testing.new()
	$sub.assert:=This.assert
	$sub.classInstance:=This.classInstance
	If ($subtest=Null)
		return True
	End if
	var $context : Object
	$context:=This.classInstance
	If ($context=Null)
		$context:=This
	End if
	If (Count parameters>=3)
		$subtest.call($context; $sub; $data)
	Else
		$subtest.call($context; $sub)
	End if
	var $message : Text
	For each ($message; $sub.logMessages)
		This.log($name+": "+$message)
	End for each
	var $assertion : Object
	For each ($assertion; $sub.assertions)
		If ($assertion.passed=False)
			$assertion.message:=$name+": "+String($assertion.message)
		End if
		This.assertions.push($assertion)
	End for each
	If ($sub.failed)
		This.failed:=True
	End if
	return Not($sub.failed)
