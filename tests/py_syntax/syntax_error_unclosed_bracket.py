# A bracket never closed before end of file.
data = [1, 2,
        3, 4
print(data)
