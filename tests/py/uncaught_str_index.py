# An uncaught ValueError from str.index inside a function.
def locate(text, word):
    return text.index(word)

print(locate("hello world", "world"))
print(locate("hello world", "moon"))
