def n():
    while True:1
    g()
