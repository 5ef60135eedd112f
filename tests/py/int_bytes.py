# int.to_bytes / int.from_bytes.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(), (0).to_bytes(0, "big"))
print((-1).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "big", signed=True), (2**64).to_bytes(9, "little"))
print((2**63 - 1).to_bytes(8, "big", signed=True), (-(2**63)).to_bytes(8, "big", signed=True), (1).to_bytes(length=3, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b""), int.from_bytes([1, 2]), int.from_bytes(b"\x80\x00", signed=True), int.from_bytes(range(3)))
print(int.from_bytes(b"\xff" * 9, "little", signed=True), int.from_bytes(bytes(range(1, 20)), "big"))
for n in [0, 1, 127, 128, -128, -129, 2**70, -(2**70)]:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, "little", signed=True)
    print(n, b.hex(), int.from_bytes(b, "little", signed=True) == n)
attempt(lambda: (1024).to_bytes(1, "big"))
attempt(lambda: (-1).to_bytes(1, "big"))
attempt(lambda: (128).to_bytes(1, "big", signed=True))
attempt(lambda: (1).to_bytes(0))
attempt(lambda: (1).to_bytes(2, "middle"))
attempt(lambda: (1).to_bytes(-1))
attempt(lambda: (1).to_bytes("a"))
attempt(lambda: (1).to_bytes(2, 1))
attempt(lambda: (1).to_bytes(2, "big", True))
attempt(lambda: int.from_bytes("ab"))
attempt(lambda: int.from_bytes(1))
attempt(lambda: int.from_bytes(b"a", "x"))
attempt(lambda: int.from_bytes([256]))
attempt(lambda: int.from_bytes([1, "a"]))
