# Order of try/except/else/finally, returns overridden by finally, exceptions inside handlers,
# loops with break/continue inside try, assert statements.


def order(fail):
    steps = []
    try:
        steps.append("try")
        if fail:
            raise ValueError("fail")
    except ValueError:
        steps.append("except")
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    return steps


def finally_wins():
    try:
        return "from try"
    finally:
        print("finally sees the return pending")


def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")


def loop_control():
    seen = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            seen.append(i)
        finally:
            seen.append(f"f{i}")
    return seen


print(order(False), order(True))
print(finally_wins())
try:
    handler_raises()
except ValueError as e:
    print("got", repr(e))
print(loop_control())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], None
except AssertionError as e:
    print("empty assert message:", repr(str(e)), e.args)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ConnectionError(f"attempt {count}")
        print("connected after", count)
        break
    except ConnectionError as e:
        print("retrying:", e)
