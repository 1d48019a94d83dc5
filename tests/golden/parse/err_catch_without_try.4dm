Catch
