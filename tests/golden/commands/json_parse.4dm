// JSON Parse: any JSON value, converted with a type argument, * adds __symbols.
var $v : Variant
$v:=JSON Parse("{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{\"d\":-2.5e3}}")
ALERT("object: "+JSON Stringify($v)+" type "+String(Value type($v)))
ALERT("a: "+String($v.a)+" type "+String(Value type($v.a)))
ALERT("c.d: "+String($v.c.d))
ALERT("b[1] is null: "+String($v.b[1]=Null))
// scalars without a type argument
ALERT("number: "+String(JSON Parse("42"))+" type "+String(Value type(JSON Parse("42"))))
ALERT("text: "+JSON Parse("\"caf\\u00e9\\n\"")+"| type "+String(Value type(JSON Parse("\"x\""))))
ALERT("true: "+String(JSON Parse("true"))+" type "+String(Value type(JSON Parse("true"))))
ALERT("null: type "+String(Value type(JSON Parse("null"))))
ALERT("collection: "+JSON Stringify(JSON Parse("[1, [2, 3], {}]"))+" type "+String(Value type(JSON Parse("[]"))))
// white space around the value is allowed
ALERT("spaces: "+String(JSON Parse("  \n 7 \t")))
// with a type argument
ALERT("Is real: "+String(JSON Parse("12.75"; Is real)))
ALERT("Is longint: "+String(JSON Parse("12.75"; Is longint)))
ALERT("Is text: "+JSON Parse("\"abc\""; Is text))
ALERT("Is Boolean: "+String(JSON Parse("true"; Is Boolean)))
ALERT("Is time: "+String(JSON Parse("3725"; Is time)))
ALERT("Is date: "+String(JSON Parse("\"2020-02-29\""; Is date); ISO date))
ALERT("Is object: "+JSON Stringify(JSON Parse("{\"k\":[1]}"; Is object)))
ALERT("Is collection: "+JSON Stringify(JSON Parse("[\"a\",\"b\"]"; Is collection)))
// * adds __symbols with the line and offset of each property
var $o : Object
$o:=JSON Parse("{\n  \"a\": 1,\n  \"b\": [\n    {\"c\": 2, \"d\": {\"e\": 3}},\n    {\"c\": 4}\n  ]\n}"; Is object; *)
ALERT("with *: "+JSON Stringify(OB Keys($o)))
ALERT("__symbols: "+JSON Stringify($o.__symbols))
ALERT("without a type: "+JSON Stringify(JSON Parse("{\"k\":0}"; *)))
ALERT("not an object, * ignored: "+JSON Stringify(JSON Parse("[{\"k\":0}]"; *)))
// dates: a "YYYY-MM-DD" text becomes a date; other ISO texts stay texts unless Is date
ALERT("YYYY-MM-DD in an object: "+String(Value type(JSON Parse("{\"d\":\"2017-10-16\"}").d)))
ALERT("date-time text: "+String(Value type(JSON Parse("\"1990-12-25T12:00:00Z\""))))
ALERT("Is date from GMT, local zone +01:00: "+String(JSON Parse("\"2017-07-13T23:00:00.000Z\""; Is date); ISO date))
// a round trip keeps order and values
var $text : Text
$text:="{\"z\":1,\"y\":[1,2.5,\"s\",false,null],\"x\":{\"w\":\"\"}}"
ALERT("round trip: "+String(JSON Stringify(JSON Parse($text))=$text))
// invalid JSON is an error
$v:=JSON Parse("{\"a\" 1}")
ALERT("not reached")
