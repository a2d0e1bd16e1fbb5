# adversarial: a float precision past what CPython accepts
# cli: ValueError
# embedded: ValueError
s = format(1.5, '.100000000000f')
