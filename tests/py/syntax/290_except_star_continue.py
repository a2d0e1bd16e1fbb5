try:
    pass
except* ValueError:
    for i in range(3):
        break
    continue
