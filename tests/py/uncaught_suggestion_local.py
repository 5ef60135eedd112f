# The NameError suggestion searches the locals of the frame that raised
# it (parameters included) before the globals and the builtins.
countr = 0
def tally(counter, step):
    total = counter + step
    return totl
print(tally(1, 2))
