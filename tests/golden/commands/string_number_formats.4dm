// String(number; format): display formats for numbers. (Defaults, "###,##0.00", "##0;(##0)",
// "&x"/"&$" of 255, "&xml", "Yes;;No" and INF: tests/golden/builtins/text_conversions.4dm.)
// # is a digit or nothing, 0 a digit or a zero, ^ a digit or a space
ALERT("["+String(7; "###")+"] ["+String(7; "000")+"] ["+String(7; "^^^")+"] ["+String(0; "###")+"] ["+String(0; "##0")+"]")
// decimals are rounded to the format, half away from zero; missing ones are zeros
ALERT(String(2.375; "#0.00")+" "+String(-2.375; "#0.00")+" "+String(2.5; "#0")+" "+String(1.1; "0.000")+" "+String(0.5; "#.00"))
ALERT(String(1/3; "##0.00000"))
// thousands separators
ALERT(String(1234567.891; "###,###,##0.00")+" | "+String(999; "#,##0")+" | "+String(-1234; "#,##0"))
ALERT(String(2^15; "###,##0 inhabitants"))
// text around the digits is kept
ALERT(String(12.5; "$##0.00")+" | "+String(42; "No ##0")+" | "+String(0.75; "0.0 %"))
// positive;negative;zero sections
ALERT(String(5; "##0;-##0;zero")+" "+String(-5; "##0;-##0;zero")+" "+String(0; "##0;-##0;zero"))
ALERT(String(-12.5; "##0.00;(##0.00)")+" "+String(12.5; "##0.00;(##0.00)"))
// without a negative section the sign stays
ALERT(String(-3.5; "##0.0"))
// hexadecimal: &x pads to 4 or 8 digits, &$ does not pad
ALERT(String(-1; "&x")+" "+String(-1; "&$"))
ALERT(String(0 ?+ 7; "&x")+" "+String(0 ?+ 7; "&$"))
ALERT(String(0 ?+ 14; "&x")+" "+String(0 ?+ 14; "&$"))
ALERT(String(65536; "&x")+" "+String(65536; "&$"))
// &xml: the shortest form with a "." decimal point
ALERT(String(50.3; "&xml")+" "+String(-0.001; "&xml")+" "+String(1000000; "&xml"))
// a Boolean as a number through "True;;False"
ALERT(String(Num(1=1); "True;;False")+" "+String(Num(1=2); "True;;False"))
// special values
ALERT(String(1/0)+" "+String(-1/0)+" ["+String(Log(-1))+"]")
// the default conversion keeps 13 significant digits
ALERT(String(0.1+0.2)+" "+String(-2/3)+" "+String(1234567.125))
