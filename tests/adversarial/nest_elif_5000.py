# adversarial: an if with 5,000 elif branches: too deep for the compiler
# cli: RecursionError
# embedded: RecursionError
src = 'if x: pass\n' + 'elif x: pass\n' * 5000
compile(src, 'elif', 'exec')
