# Uncaught RecursionError: the last traceback line and exit status.
def walk(node):
    return walk([node])
print("start")
walk(None)
