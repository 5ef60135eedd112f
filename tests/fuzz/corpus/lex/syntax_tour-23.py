(u): str = "paren"
