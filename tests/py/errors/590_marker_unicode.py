# Markers are placed in characters, not bytes.
greeting = "héllo wörld"
n = greeting + 1
