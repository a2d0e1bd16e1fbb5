__all__ = ["exported", "also_exported"]
exported = 1
also_exported = 2
not_exported = 3
