# Python identifiers that are reserved or special in JavaScript/TypeScript are renamed consistently.


def function(new, delete=False):
    return f"function(new={new}, delete={delete})"


def default(arguments):
    let = len(arguments)
    var = [a * 2 for a in arguments]
    return let, var


class Node:
    def __init__(self, constructor, prototype=None):
        self.constructor = constructor
        self.prototype = prototype

    def instanceof(self, typeof):
        return self.constructor == typeof

    def __repr__(self):
        return f"Node({self.constructor!r}, {self.prototype!r})"


switch = {"case": 1, "this": 2, "void": 3}
enum = ["interface", "implements", "package"]
null = None
undefined = "not undefined"
yield_ = 5
eval = lambda expression: expression * 2
Object, Array, Map = "object", ["array"], {"map": True}
console, process, require = 1, 2, 3
NaN, Infinity, Symbol, Promise = "nan", "inf", "sym", "promise"
print(function(1), function(new=2, delete=True))
print(default([1, 2, 3]))
n = Node("Widget", prototype={"length": 0})
print(n, n.constructor, n.prototype, n.instanceof("Widget"))
print(switch["case"], switch, enum, null, undefined, yield_, eval(21))
print(Object, Array, Map, console + process + require, NaN, Infinity, Symbol, Promise)
for case in enum:
    print(case.upper(), end=" ")
print()
with_ = {"await": 1, "async": 2, "static": 3, "private": 4}
print(with_, {"__proto__": 1, "constructor": 2, "toString": 3, "hasOwnProperty": 4})
print(function(new=default(arguments=[5])))
