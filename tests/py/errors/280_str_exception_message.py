raise ValueError("multi word message: with 'quotes' and 123")
