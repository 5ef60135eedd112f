# Subscripting None (a missing lookup result), uncaught.
config = {"db": {"host": "h"}}
print(config.get("db")["host"])
print(config.get("cache")["host"])
