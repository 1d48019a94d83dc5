ALERT("about to fail")
ASSERT(False; "expected failure")
