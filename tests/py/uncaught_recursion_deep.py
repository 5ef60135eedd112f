def walk(node):
    return walk({"child": node})
walk({})
