import re
import typing
print(re.Pattern[str], re.Match[bytes])
print(typing.Pattern, typing.Match)
print(isinstance(re.compile('a'), typing.Pattern))
def f(p: re.Pattern[str]) -> typing.Optional[re.Match[str]]:
    return p.match('a')
print(f(re.compile('a')).group())
