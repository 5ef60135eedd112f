# An exception in a finally block replaces the one in flight.
def f():
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
        {}["second"]
f()
