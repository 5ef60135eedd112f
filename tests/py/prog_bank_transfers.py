accounts = {"alice": 100, "bob": 50}
ledger = []
class_errors = 0
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if src not in accounts:
        raise KeyError(src)
    if dst not in accounts:
        raise KeyError(dst)
    if accounts[src] < amount:
        raise ArithmeticError(f"insufficient funds: {src} has {accounts[src]}, needs {amount}")
    accounts[src] -= amount
    accounts[dst] += amount
    ledger.append((src, dst, amount))
txs = [("alice", "bob", 30), ("bob", "carol", 5), ("bob", "alice", 500), ("alice", "bob", -1), ("bob", "alice", 80)]
failures = []
for tx in txs:
    try:
        transfer(*tx)
    except KeyError as e:
        failures.append(f"unknown account {e}")
    except ArithmeticError as e:
        failures.append(str(e))
    except Exception as e:
        failures.append(f"{type(e).__name__}: {e}")
    else:
        print("done", tx)
    finally:
        pass
print(accounts, ledger)
print("\n".join(failures))
def audit():
    total = sum(accounts.values())
    try:
        assert total == 150, f"total is {total}"
        return "balanced"
    finally:
        print("audit ran")
print(audit())
def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        return f"{e} <- {e.__cause__!r}"
print(nested())
def ctx():
    try:
        {}["x"]
    except KeyError:
        try:
            int("y")
        except ValueError as e:
            return repr(e.__context__)
print(ctx())
transfer("alice", "bob", 1000)
