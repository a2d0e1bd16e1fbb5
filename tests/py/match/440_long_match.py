def roman(n):
    match n:
        case 1: return "I"
        case 2: return "II"
        case 3: return "III"
        case 4: return "IV"
        case 5: return "V"
        case 6: return "VI"
        case 7: return "VII"
        case 8: return "VIII"
        case 9: return "IX"
        case 10: return "X"
        case _: return "?"

print([roman(i) for i in range(12)])

def fizz(n):
    match (n % 3, n % 5):
        case (0, 0): return "FizzBuzz"
        case (0, _): return "Fizz"
        case (_, 0): return "Buzz"
        case _: return str(n)

print(" ".join(fizz(i) for i in range(1, 16)))
