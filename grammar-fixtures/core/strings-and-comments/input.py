"""Module docstring: strings, f-strings without format specs, and comments kept in the output."""

# A comment on its own line.
GREETING = "hello"  # a trailing comment


def shout(word: str) -> str:
    """Return the word in capitals, with an exclamation mark."""
    return word.upper() + "!"


name = "world"
count = 3
print(f"{GREETING}, {name}! You have {count} new messages.")
print(shout(name))
print("tab\tand newline escaped: \\n", 'single "quotes"', "it's")
print(f"{count + 1} is one more than {count}")
print("emoji and CJK: 协程 ✓")
multi = """first line
second line"""
print(multi)
print("concatenated " "literal")
print(len(name), name[0], name[-1])
