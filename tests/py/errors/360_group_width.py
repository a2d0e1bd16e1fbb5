# More than 15 sub-exceptions: the rest are counted, not shown.
raise ExceptionGroup("many", [ValueError(i) for i in range(18)])
