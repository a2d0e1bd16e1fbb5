import stat
modes = [0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010644, 0o140755, 0, 0o170000, True]
preds = [stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK,
         stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for m in modes:
    print(oct(m), [p.__name__ for p in preds if p(m)], oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
