// Replace string: all or howMany occurrences, linguistic comparison by default, * exact.
// (ONE/one/howMany 1/* on "Ab ab": tests/golden/builtins/text_search.4dm.)
ALERT(Replace string("Willow"; "ll"; "d"))
ALERT(Replace string("Crème brûlée"; "Brulee"; "caramel"))
ALERT(Replace string("Crème brûlée"; "Brulee"; "caramel"; *))
ALERT(Replace string("Crème brûlée"; "brûlée"; "caramel"; *))
// howMany: the first occurrences only; 0 or less replaces nothing
ALERT(Replace string("a-b-c-d"; "-"; "+"; 2)+" "+Replace string("a-b-c-d"; "-"; "+"; 0)+" "+Replace string("a-b-c-d"; "-"; "+"; 10))
// with howMany and *
ALERT(Replace string("xXxX"; "x"; "_"; 1; *)+" "+Replace string("xXxX"; "x"; "_"; 1))
// an empty new string deletes; an empty old string changes nothing
ALERT(Replace string("a, b, c"; ", "; "")+" | "+Replace string("abc"; ""; "z"))
// replacements are not searched again
ALERT(Replace string("aaa"; "a"; "aa")+" "+Replace string("abab"; "ab"; "b"))
// ligatures match their letters by default, not with *
ALERT(Replace string("Cæsar"; "ae"; "[ae]")+" "+Replace string("Cæsar"; "ae"; "[ae]"; *))
// nothing found: the text is unchanged
ALERT(Replace string("unchanged"; "zz"; "y"))
// line endings
ALERT(Replace string("l1\r\nl2\r\nl3"; "\r\n"; " / "))
