print("raising a class with no message")
raise NotImplementedError
