def broken(:
    return 1

print("after"
