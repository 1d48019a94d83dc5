// ASSERT raises error -10518 when its condition is false.
ASSERT(1+1=2)
ALERT("first assert passed")
ASSERT(1+1=3; "arithmetic is broken")
ALERT("not reached")
