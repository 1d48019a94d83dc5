// Unbounded recursion ends in 4D's stack-full error, never a crash.
_recurse_forever(1)
