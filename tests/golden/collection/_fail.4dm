// Callback that always fails: throws error 77 naming the element it was given
#DECLARE($e : Object)
throw(77; "callback failed on "+String($e.value))
