from urllib.parse import urlsplit, urlparse

print(urlsplit(' \x01http://a\tb/c\n'))
print(urlsplit('http://a/b\r\nc'))
print(urlsplit('\x00 http://x'))
print(urlparse('  https://h/p  '))
print(urlsplit('http://h/p', scheme=' ftp\t'))
print(urlsplit('x', scheme='\nhttp '))
