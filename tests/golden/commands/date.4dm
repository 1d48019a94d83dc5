// Date: a date from text (system short format or ISO) or from a date.
// (2019-12-31T23:00:00, 7/4/76 and an invalid date: tests/golden/builtins/dates_times.4dm.)
ALERT(String(Date("12/25/2023"); ISO date)+" "+String(Date("1/2/03"); ISO date))
ALERT(String(Date("2024-02-29"); ISO date)+" "+String(Date("2024-02-29T10:20:30"); ISO date))
// an ISO text with Z is UTC, converted to the local zone (+01:00)
ALERT(String(Date("2024-03-10T23:30:00Z"); ISO date)+" "+String(Date("2024-03-10T22:30:00Z"); ISO date))
ALERT(String(Date("2024-03-10T23:30:00.000Z"); ISO date))
// invalid texts give the null date
ALERT(String(Date("")=!00-00-00!)+" "+String(Date("not a date")=!00-00-00!)+" "+String(Date("2/30/2024")=!00-00-00!))
// a date gives itself
ALERT(String(Date(!2020-05-17!); ISO date))
// from a JSON text
ALERT(String(Date(JSON Parse("{\"d\":\"2001-09-09T01:46:40Z\"}").d); ISO date))
