(x, y, chained, sum(g), w, s)
