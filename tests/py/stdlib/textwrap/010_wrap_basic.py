import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs. How vexingly quick daft zebras jump!")
for width in (70, 40, 25, 12):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.wrap(''))
print(textwrap.wrap('   '))
print(textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('one\ntwo\tthree\rfour\x0bfive\x0csix', 12))
print(sorted(textwrap.__all__))
for width in (0, -3):
    try:
        textwrap.wrap('abc', width)
    except ValueError as e:
        print(type(e).__name__, e)
