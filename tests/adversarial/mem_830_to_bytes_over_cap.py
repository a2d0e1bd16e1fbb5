# adversarial: (1).to_bytes(10**9, 'big'): a gigabyte refused under the cap before allocating
# cli: skip
# embedded: Memory
b = (1).to_bytes(10**9, 'big')
