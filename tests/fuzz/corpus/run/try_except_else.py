# else runs only when try raised nothing; exceptions in else are not
# caught by the same try's handlers.
def run(f):
    try:
        r = f()
    except ZeroDivisionError as e:
        print("handler:", e)
    except (KeyError, IndexError) as e:
        print("lookup handler:", type(e).__name__, e)
    else:
        print("else with", r)
    finally:
        print("finally")
run(lambda: 1)
run(lambda: 1 / 0)
run(lambda: [][0])
run(lambda: {}["k"])
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("outer got", e)
def first_matching():
    try:
        int("x")
    except LookupError:
        print("wrong")
    except ValueError:
        print("first ValueError handler")
    except Exception:
        print("too general, skipped")
first_matching()
def handler_order():
    try:
        {}[1]
    except Exception as e:
        return "Exception catches " + type(e).__name__
    except KeyError:
        return "unreachable"
print(handler_order())
def bare_except():
    try:
        [].pop()
    except:
        return "bare except"
print(bare_except())
def exc_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)
print(exc_var_cleared())
