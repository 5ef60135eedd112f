f'abc'
