// (a) recursive fib(27) as a project method
ALERT(String(_fib(27)))
