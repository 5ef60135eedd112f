# Calling a function with an unexpected keyword, uncaught.
def connect(host, port=80, *, timeout=10):
    return f"{host}:{port} ({timeout}s)"
print(connect("example.org", timeout=3))
print(connect("example.org", 8080, retries=2))
