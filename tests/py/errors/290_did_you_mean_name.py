def area(width, height):
    result = width * height
    return reslut


print(area(2, 3))
