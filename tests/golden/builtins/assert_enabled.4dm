// Asserted, SET ASSERT ENABLED and Get assert enabled.
ALERT(String(Get assert enabled))
ALERT(String(Asserted(1=1; "never")))
SET ASSERT ENABLED(False)
ALERT(String(Get assert enabled))
// disabled: ASSERT evaluates nothing, Asserted gives the value without an error
ASSERT(_assert_side())
ALERT(String(Asserted(1=2; "off")))
SET ASSERT ENABLED(True; *)
ALERT(String(Get assert enabled))
SET ASSERT ENABLED(True)
ALERT(String(Asserted(1=2; "on")))
