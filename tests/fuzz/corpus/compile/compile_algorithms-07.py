bump()
