# Text layouts of a year: calendar(), prcal(), columns and spacing
import calendar

print(calendar.calendar(2023))
print(calendar.calendar(2024, 3, 1, 4, 4))
calendar.prcal(2000, m=2)
print(calendar.calendar(2025, w=2, l=2, c=3, m=6))
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')
calendar.format(['x', 'y'], 4, 1)
