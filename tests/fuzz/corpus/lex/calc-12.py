if __name__ == "__main__":
    program = [
        "1 + 2 * 3",
        "2 ** 3 ** 2",
        "-2 ** 2",
        "(1 + 2) * (3 + 4)",
        "x = 10",
        "y = x // 3 + x % 3",
        "max(x, y, 4) - min(1, 2)",
        "avg(1, 2, 3, 4)",
        "area = pi * 2 ** 2",
        "1 / 0",
        "z + 1",
        "foo(1)",
        "3 $ 4",
    ]
    values, env = run(program)
    for src, value in zip(program, values):
        print(f"{src:>24} => {value}")
    print(sorted(env))
    print(evaluate({"literal": 42}, {}))
