"""Classic algorithms: generators, closures, nonlocal/global, slicing,
walrus, unpacking, lambdas and recursion."""
