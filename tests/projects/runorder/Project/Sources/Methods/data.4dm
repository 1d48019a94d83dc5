ALERT([Customers]Name)
