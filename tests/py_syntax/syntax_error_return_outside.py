# return at module level is a compile-time SyntaxError.
print("never printed")
return 5
