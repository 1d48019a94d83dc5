//%attributes = {"invisible":true,"preemptive":"capable"}
var $param : Text
var $real : Real
$real:=Get database parameter(User param value; $param)
ALERT("main: user param=["+$param+"] started="+String(Bool(<>started)))
ALERT("type="+String(Application type)+" version="+Application version)
