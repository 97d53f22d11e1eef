# An uncaught custom exception: finally blocks run, output so far is kept, the traceback's last line
# goes to stderr and the exit status is 1.


class PaymentError(Exception):
    def __init__(self, amount, reason):
        super().__init__(f"cannot charge {amount:.2f}: {reason}")
        self.amount = amount


def charge(amount):
    print("charging", amount)
    if amount > 100:
        raise PaymentError(amount, "limit exceeded")
    return amount * 1.0


def checkout(amounts):
    total = 0.0
    try:
        for a in amounts:
            total += charge(a)
            print("running total", total)
    finally:
        print("checkout finished with total", total)
    return total


print(checkout([10, 20]))
try:
    checkout([5, 500])
except PaymentError as e:
    print("handled:", e, e.amount)
checkout([1.5, 2.5, 250.5])
print("unreachable")
