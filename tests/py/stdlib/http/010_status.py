import http
from http import HTTPStatus, HTTPMethod

print(http.__all__, len(HTTPStatus), len(HTTPMethod))
print(repr(HTTPStatus.OK), HTTPStatus.OK, str(HTTPStatus.NOT_FOUND), format(HTTPStatus.OK), HTTPStatus.OK + 1)
print(HTTPStatus(404).phrase, '|', HTTPStatus(404).description, '|', HTTPStatus.IM_A_TEAPOT.phrase)
print(HTTPStatus(200) is HTTPStatus.OK, HTTPStatus.OK == 200, HTTPStatus['CREATED'].value)
print([s.value for s in HTTPStatus][:8], HTTPStatus.PROCESSING.description == '')
try:
    HTTPStatus(999)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(HTTPMethod.GET), str(HTTPMethod.POST), HTTPMethod.GET == 'GET', HTTPMethod('PUT').description)
print([m.value for m in HTTPMethod])
print(HTTPStatus.__mro__[1].__name__, HTTPMethod.__mro__[1].__name__, isinstance(HTTPStatus.OK, int), isinstance(HTTPMethod.GET, str))
total = sum(1 for s in HTTPStatus if 500 <= s < 600)
print(total, max(HTTPStatus).name, min(HTTPStatus).name)
for code in (100, 204, 301, 418, 451, 511):
    s = HTTPStatus(code)
    print(code, s.name, s.phrase, s.description)
