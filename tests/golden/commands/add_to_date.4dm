// Add to date: years, months and days added; month ends are kept valid.
// (Feb 28 + 2 days, Jan 31 + 1 month, + 1 year; the null date idiom:
// tests/golden/builtins/dates_times.4dm and add_to_date_null.4dm.)
ALERT(String(Add to date(!2024-01-15!; 0; 0; 0); ISO date))
ALERT(String(Add to date(!2024-01-15!; 1; 2; 3); ISO date))
ALERT(String(Add to date(!2024-03-31!; 0; -1; 0); ISO date))
ALERT(String(Add to date(!2024-02-29!; 1; 0; 0); ISO date))
ALERT(String(Add to date(!2024-02-29!; 4; 0; 0); ISO date))
ALERT(String(Add to date(!2023-12-31!; 0; 2; 0); ISO date))
ALERT(String(Add to date(!2024-01-01!; 0; 0; -1); ISO date))
ALERT(String(Add to date(!2024-01-01!; 0; 0; 366); ISO date))
ALERT(String(Add to date(!2024-01-31!; 0; 13; 0); ISO date))
ALERT(String(Add to date(!2024-05-10!; -1; -5; -10); ISO date))
// the same as the + operator for days
ALERT(String(Add to date(!2024-01-15!; 0; 0; 100)=(!2024-01-15!+100)))
