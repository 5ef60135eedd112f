assert primes(30)[-1] == 29
