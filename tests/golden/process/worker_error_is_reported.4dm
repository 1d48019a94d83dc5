// An uncaught error in a worker is reported with the worker's name; the run exits with 1
CALL WORKER("failing worker"; "_fail")
ALERT("the main process goes on")
