import textwrap
class NoSplit(textwrap.TextWrapper):
    def _split(self, text):
        return text.split(' ')
print(NoSplit(width=10).wrap('abc def ghi jkl mno'))
class Loud(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()
print(Loud(width=12).wrap('quiet words here, please'))
class Chunks(textwrap.TextWrapper):
    def _wrap_chunks(self, chunks):
        return ['|'.join(chunks)]
print(Chunks().wrap('a well-known thing'))
print(textwrap.TextWrapper()._split_chunks('tab\there  x'))
chunks = ['Hello.', ' ', 'World', ' ', 'it.', ' ', 'x']
textwrap.TextWrapper()._fix_sentence_endings(chunks)
print(chunks)
