# A NameError the program raises itself has no name attribute: no
# suggestion, even when a close name exists.
value = 1
try:
    valeu
except NameError as e:
    print(e.name, str(e))
raise NameError("name 'valeu' is not defined")
