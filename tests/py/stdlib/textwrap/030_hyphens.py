import textwrap
samples = ["this is a well-known state-of-the-art long-lasting solution",
           "the e-mail and t-shirt and x-ray and re-enter words",
           "numbers 1-2-3 and ab-12 and 12-ab and a-b-c-d",
           "em--dash and word--another and end-- and --start and ---triple",
           "Hello--world!--yes \"quoted\"--words it's--fine",
           "-leading hyphen and trailing- hyphen and - alone",
           "über-cool naïve-approach façade-like"]
for text in samples:
    for width in (8, 11, 15, 22):
        print(width, textwrap.wrap(text, width))
    print('no-hyphen', textwrap.wrap(text, 15, break_on_hyphens=False))
w = textwrap.TextWrapper()
for text in samples:
    print(w._split(text))
