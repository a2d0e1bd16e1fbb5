# Code objects go through marshal in Kaa's own form: what matters is that
# they come back and run. CPython's code bytes are refused.
import marshal

code = compile('x = 6 * 7\nresult = [x, "ok"]', '<marshal>', 'exec')
data = marshal.dumps(code)
back = marshal.loads(data)
print(type(back).__name__, back.co_filename, back.co_name)
ns = {}
exec(back, ns)
print(ns['result'])
source = 'def f(a, b=2):\n    return a * b\nanswer = f(21)\n'
ns = {}
exec(marshal.loads(marshal.dumps(compile(source, 'm', 'exec'))), ns)
print(ns['answer'], ns['f'](2, 3))
print(marshal.loads(marshal.dumps((code, 1)))[1])
