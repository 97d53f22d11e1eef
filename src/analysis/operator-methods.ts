/**
 * Python's method behind each operator: `a + b` is `a.__add__(b)`, or `b.__radd__(a)` when the left
 * operand's class has no `__add__`. Library classes that define these (`datetime - timedelta`) get
 * their operators typed and translated through them.
 */
export const BINARY_OPERATOR_METHODS: Readonly<Record<string, readonly [string, string]>> = {
  "+": ["__add__", "__radd__"],
  "-": ["__sub__", "__rsub__"],
  "*": ["__mul__", "__rmul__"],
  "/": ["__truediv__", "__rtruediv__"],
  "//": ["__floordiv__", "__rfloordiv__"],
  "%": ["__mod__", "__rmod__"],
  "|": ["__or__", "__ror__"],
  "&": ["__and__", "__rand__"],
};

export const UNARY_OPERATOR_METHODS: Readonly<Record<string, string>> = { "-": "__neg__", "+": "__pos__" };
