# In a chain, the marker covers the failing attribute access only.
config = None
value = config.section.key
