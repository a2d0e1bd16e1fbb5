# adversarial: an if with a million elif branches
# cli: RecursionError
# embedded: RecursionError
src = 'if x: pass\n' + 'elif x: pass\n' * 1000000
compile(src, 'elif', 'exec')
