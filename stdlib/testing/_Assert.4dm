// fourd test: assertions, reached as $t.assert in a test function. Every function takes
// the test context first (as the community 4D test runner does) and an optional message
// last; a failed assertion marks the test failed, records where, and lets it go on.
//
//   $t.assert.areEqual($t; expected; actual {; message})
//   $t.assert.areNotEqual($t; unexpected; actual {; message})
//   $t.assert.areDeepEqual($t; expected; actual {; message})   objects and collections by content
//   $t.assert.isTrue($t; value {; message})      $t.assert.isFalse($t; value {; message})
//   $t.assert.isNull($t; value {; message})      $t.assert.isNotNull($t; value {; message})
//   $t.assert.contains($t; textOrCollection; value {; message})
//   $t.assert.throws($t; formula {; message})    the formula must raise an error
//   $t.assert.fail($t {; message})

Class constructor()

Function areEqual($t : Object; $expected : Variant; $actual : Variant; $message : Text)
	This._check($t; This._equal($expected; $actual; False); $expected; $actual; $message; "values are not equal")

Function areNotEqual($t : Object; $expected : Variant; $actual : Variant; $message : Text)
	This._check($t; Not(This._equal($expected; $actual; False)); $expected; $actual; $message; "values are equal")

Function areDeepEqual($t : Object; $expected : Variant; $actual : Variant; $message : Text)
	This._check($t; This._equal($expected; $actual; True); $expected; $actual; $message; "values are not deeply equal")

Function isTrue($t : Object; $value : Variant; $message : Text)
	This._check($t; (Value type($value)=Is boolean) && ($value=True); True; $value; $message; "value is not True")

Function isFalse($t : Object; $value : Variant; $message : Text)
	This._check($t; (Value type($value)=Is boolean) && ($value=False); False; $value; $message; "value is not False")

Function isNull($t : Object; $value : Variant; $message : Text)
	This._check($t; (Value type($value)=Is null) || (Value type($value)=Is undefined); Null; $value; $message; "value is not Null")

Function isNotNull($t : Object; $value : Variant; $message : Text)
	This._check($t; (Value type($value)#Is null) && (Value type($value)#Is undefined); "<not null>"; $value; $message; "value is Null")

Function contains($t : Object; $container : Variant; $value : Variant; $message : Text)
	var $found : Boolean
	Case of
		: (Value type($container)=Is text)
			$found:=(Position(String($value); $container)>0)
		: (Value type($container)=Is collection)
			$found:=($container.indexOf($value)>=0)
		Else
			$found:=False
	End case
	This._check($t; $found; $value; $container; $message; "container does not contain the value")

Function throws($t : Object; $formula : Object; $message : Text)
	var $raised : Boolean
	Try
		$formula.call()
	Catch
		$raised:=True
	End try
	This._check($t; $raised; "an error"; "no error"; $message; "no error was raised")

Function fail($t : Object; $message : Text)
	If (Count parameters>=2)
		$t.fail($message)
	Else
		$t.fail("Assertion failed")
	End if

// ---- helpers

Function _check($t : Object; $passed : Boolean; $expected : Variant; $actual : Variant; $message : Text; $default : Text)
	If ($passed)
		If ($t.assertions#Null)
			$t.assertions.push(New object("passed"; True; "message"; $message))
		End if
	Else
		If ($message="")
			$message:="Assertion failed: "+$default
		End if
		$t.fail($expected; $actual; $message)
	End if

Function _equal($a : Variant; $b : Variant; $deep : Boolean) : Boolean
	var $ta; $tb : Integer
	$ta:=Value type($a)
	$tb:=Value type($b)
	If (($ta=Is real) || ($ta=Is longint) || ($ta=Is integer)) && (($tb=Is real) || ($tb=Is longint) || ($tb=Is integer))
		return $a=$b
	End if
	If (($ta=Is null) || ($ta=Is undefined)) && (($tb=Is null) || ($tb=Is undefined))
		return True
	End if
	If ($ta#$tb)
		return False
	End if
	Case of
		: ($ta=Is object)
			If ($deep)
				return This._sameObject($a; $b)
			End if
			return $a=$b
		: ($ta=Is collection)
			If ($deep)
				return This._sameCollection($a; $b)
			End if
			return $a=$b
		Else
			return $a=$b
	End case

Function _sameObject($a : Object; $b : Object) : Boolean
	var $keys : Collection
	$keys:=OB Keys($a)
	If ($keys.length#OB Keys($b).length)
		return False
	End if
	var $key : Text
	For each ($key; $keys)
		If (Not(OB Is defined($b; $key)))
			return False
		End if
		If (Not(This._equal($a[$key]; $b[$key]; True)))
			return False
		End if
	End for each
	return True

Function _sameCollection($a : Collection; $b : Collection) : Boolean
	If ($a.length#$b.length)
		return False
	End if
	var $i : Integer
	For ($i; 0; $a.length-1)
		If (Not(This._equal($a[$i]; $b[$i]; True)))
			return False
		End if
	End for
	return True
