# to-sci-string and to-eng-string, capitals.
from decimal import Decimal, Context, localcontext
vals = ['1E+5', '123E+5', '0.000001', '1E-7', '-0', '0E-10', '0E+3', '0E+4',
        '0E+5', '0E-7', '0E-8', '0E-9', '12.34E-3', '1E+1', '0.00e-9',
        '123.456e+10', '-1.0E-1', '5E+4', '1E+999999', '123456789E-20',
        '-4.56E+100', '1000', '0.1000', 'Inf', '-NaN7', 'sNaN']
for v in vals:
    d = Decimal(v)
    print(v, str(d), d.to_eng_string(), repr(d))
with localcontext(capitals=0):
    print(str(Decimal('1E+5')), repr(Decimal('-1.5E-10')),
          Decimal('1E+5').to_eng_string())
c = Context(capitals=0)
print(c.to_sci_string(Decimal('1E+7')), c.to_eng_string(Decimal('1E+7')))
print(Decimal('1.23E+5').adjusted(), Decimal('0.001').adjusted(),
      Decimal('Inf').adjusted())
