// A tour of the 4D language as fourd runs it.
// Run it with: fourd run examples/language_tour.4dm

// Variables are declared with `var`; a declared variable starts at its type's default.
var $name : Text
var $count : Integer
var $price : Real
$name:="fourd"
$count:=3
$price:=19.5

// Operators have no precedence: arithmetic runs strictly left to right.
ALERT("3+4*5 = "+String(3+4*5))
ALERT("3+(4*5) = "+String(3+(4*5)))

// Text is compared without regard to case or accents; @ is a wildcard.
If ("FOURD"=$name)
	ALERT("text comparison ignores case")
End if
If ($name="four@")
	ALERT("@ matches the rest of the text")
End if

// Objects and collections.
var $item : Object
$item:={name: "coffee"; price: $price; tags: ["hot"; "drink"]}
ALERT($item.name+" costs "+String($item.price))
ALERT("tags: "+$item.tags.join(", "))

// Loops.
var $i; $sum : Integer
For ($i; 1; 10)
	$sum:=$sum+$i
End for
ALERT("1+..+10 = "+String($sum))

var $word : Text
var $sentence : Text
For each ($word; ["one"; "two"; "three"])
	$sentence:=$sentence+$word+" "
End for each
ALERT($sentence)

// Case of picks the first true branch.
Case of
	: ($count<2)
		ALERT("few")
	: ($count<5)
		ALERT("some")
	Else
		ALERT("many")
End case

// Dates and times.
var $d : Date
$d:=!2024-02-28!+1
ALERT("the day after 2024-02-28 is the 29th: "+String($d=!2024-02-29!))
ALERT("?02:00:00?+?00:30:00? as seconds: "+String(?02:00:00?+?00:30:00?+0))
