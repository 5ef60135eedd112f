# NameError inside a nested call, uncaught.
def helper():
    return undefined_helper_value + 1
def main():
    print("main starts")
    return helper()
main()
