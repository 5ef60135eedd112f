# int.to_bytes overflow escapes.
print((255).to_bytes(1, "big"))
print((256).to_bytes(1, "big"))
