print("helper_raises: about to fail")
raise ValueError("module failed during import")
