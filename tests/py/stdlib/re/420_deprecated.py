import re
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = re.template('ab')
    print(p.flags & re.T, p.match('ab'), len(w), w[0].category.__name__)
    try:
        re.template('a+')
    except re.error as e:
        print(e)
    import sre_constants
    print(sre_constants.MAXREPEAT > 0, sre_constants.error is re.error, w[-1].category.__name__)
print(re.T, re.TEMPLATE == 1, re.DEBUG == 128)
