import inspect
from inspect import Parameter as P, Signature as S

p = P('a', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(p, repr(p), p.name, p.default, p.annotation)
q = p.replace(name='b', default=P.empty)
print(q, q.kind)
print(p.replace(kind=P.KEYWORD_ONLY))
print(p == P('a', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int), p == q)
print(hash(p) == hash(P('a', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int)))
sig = S([P('x', P.POSITIONAL_ONLY), P('y', P.POSITIONAL_OR_KEYWORD, default=0),
         P('args', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY),
         P('kw', P.VAR_KEYWORD)], return_annotation=float)
print(sig)
print(S([P('k', P.KEYWORD_ONLY)]), S([P('a', P.POSITIONAL_ONLY)]), S())
print(sig.replace(return_annotation=S.empty))
print(sig.replace(parameters=[P('z', P.KEYWORD_ONLY, default=None)]))
for args, kw in [(('a', 9), {}), ((1, P.POSITIONAL_ONLY), {}),
                 (('1a', P.POSITIONAL_ONLY), {}),
                 (('a', P.VAR_POSITIONAL), {'default': 1}),
                 (('a', P.VAR_KEYWORD), {'default': None})]:
    try:
        P(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
for params in ([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)],
               [P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)],
               [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)],
               [P('a', P.VAR_KEYWORD), P('b', P.VAR_POSITIONAL)]):
    try:
        S(params)
    except ValueError as e:
        print('ValueError', e)
print(P('a', P.POSITIONAL_OR_KEYWORD, annotation=list[int]))
print(P('a', P.POSITIONAL_OR_KEYWORD, annotation='str', default='s'))
import typing
print(S([P('a', P.POSITIONAL_OR_KEYWORD, annotation=typing.List[int])], return_annotation=typing.Optional[str]))
