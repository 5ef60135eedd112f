# Calling a non-callable value, uncaught.
handlers = {"ok": len, "bad": "not a function"}
print(handlers["ok"]("abc"))
print(handlers["bad"]("abc"))
