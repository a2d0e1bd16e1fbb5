import textwrap
paragraph = (
    "Python is an easy to learn, powerful programming language. It has "
    "efficient high-level data structures and a simple but effective "
    "approach to object-oriented programming. Python's elegant syntax and "
    "dynamic typing, together with its interpreted nature, make it an ideal "
    "language for scripting and rapid application development in many "
    "areas on most platforms -- the interpreter and the extensive standard "
    "library are freely available in source or binary form for all major "
    "platforms from the Python web site, https://www.python.org/, and may "
    "be freely distributed.")
for width in range(10, 61):
    lines = textwrap.wrap(paragraph, width)
    print(width, len(lines), max(len(line) for line in lines))
    print(' | '.join(lines))
