bu'a' ub'a' bf'a' rr'a'
