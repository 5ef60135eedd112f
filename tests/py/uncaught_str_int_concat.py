# Concatenating str and int, the most common beginner error, uncaught.
count = 3
message = "items: " + str(count)
print(message)
print("items: " + count)
