# complex(str): the string grammar.
good = ['1+2j', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', 'j', 'J', '+j', '-j', '1+j',
        '1-j', '1.5e3', '-1.5e-3J', 'inf', '-inf', 'nan', 'infj', '-infj',
        'nanj', '1+infj', 'inf+nanj', 'infinity', '-Infinityj', 'NaN+InFj',
        '1_000+2_0j', '1e5_0j', '.5j', '5.j', '+1.5-2.5j', '1e+5+1e-5j',
        ' \t\n1j\n', '(1)', '(j)', '(-1-j)', '1e400j', '1e-400j', 'inf+j',
        '\u0661+\u0662j', '\u30001j\u3000', '1.5_5j', '+.5-.5j', '0777']
for s in good:
    print(repr(s), complex(s))
bad = ['( 1+2j', '1+2j)', '()', '', ' ', '1+2', '1+2jj', '1 + 2j', '1+ 2j',
       'j1', '1j+2', '2+1j+0', '0x10', '1e', '.j', '++1', '1+-2j', '\x00',
       '1j\x00', '1\u3000+2j', '( )', '((1))', '-(1)', 'infj+1', 'e5j',
       '1__0j', '_1j', '1_j', '(_1)', '1_', '1._5j', '1_.5j', '1e_5j', 'i_nf']
for s in bad:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
class S(str):
    pass
print(complex(S('1+1j')))
