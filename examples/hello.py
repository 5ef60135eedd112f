print("hello from ExMonty")
