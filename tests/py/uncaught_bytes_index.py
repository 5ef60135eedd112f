# bytes.index raises "subsection not found".
data = b"header:payload"
print(data.index(b":"))
print(data.index(b";"))
