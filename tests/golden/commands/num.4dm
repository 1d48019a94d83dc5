// Num: text to number (digits kept, other characters skipped), with a decimal separator
// argument; Booleans and numbers. (A1B2C3, -12.5e2, 123-456, "3,75" with ",", True:
// tests/golden/builtins/text_conversions.4dm.)
ALERT(String(Num("42"))+" "+String(Num("123.4"))+" "+String(Num("-9")))
ALERT(String(Num("  -7.25 ")))
ALERT(String(Num("ABCD"))+" "+String(Num(""))+" "+String(Num("-")))
ALERT(String(Num("$1,234.50")))
ALERT(String(Num("1e3"))+" "+String(Num("2.5E-2"))+" "+String(Num("-123e2"))+" "+String(Num("123e-2")))
// a hyphen inside the number ends it
ALERT(String(Num("2024-05-01")))
// the separator argument names the decimal separator of the text
ALERT(String(Num("12,75"; ","))+" "+String(Num("12.75"; ","))+" "+String(Num("1.234,5"; ","))+" "+String(Num("3;5"; ";")))
ALERT(String(Num("33,333.33"; "."))+" "+String(Num("33,333.33")))
// Boolean and numbers
ALERT(String(Num(True))+" "+String(Num(False))+" "+String(Num(3.75))+" "+String(Num(-12)))
ALERT(String(Num(1=1)+Num(2=2)+Num(1=2)))
ALERT(String("ab"*Num(1<2))+"|"+String("ab"*Num(1>2))+"|")
// undefined
ALERT(String(Num(New object().missing)))
