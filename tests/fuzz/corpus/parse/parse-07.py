match x:
    case (a | b) as c:
        pass
    case a | (b | c):
        pass