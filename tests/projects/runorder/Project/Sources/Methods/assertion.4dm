ASSERT(1+1=2; "arithmetic")
ASSERT(1+1=3; "one plus one is three")
