# Identifiers are checked before they are folded: U+2081 is no XID_Continue.
a₁ = 1
