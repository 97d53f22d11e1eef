# Slices with steps and negative indexes on lists, strings, tuples; slice assignment and deletion; slice objects.
nums = list(range(10))
print(nums[::2], nums[1::2], nums[::-1], nums[::-2], nums[8:2:-2], nums[-3:], nums[:-3])
print(nums[2:100], nums[100:], nums[-100:2], nums[5:2], nums[3:3], nums[::3][::-1])
word = "abcdefgh"
print(word[::-1], word[1:-1], word[::3], word[-1::-3], word[:0], word[5:1:-1])
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[:1], t[4:], t[-2:])
nums[2:5] = ["x", "y"]
print(nums)
nums[:2] = []
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums, len(nums))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in matrix[::-1]], [row[1] for row in matrix][1:])
copy = matrix[:]
copy.append([0])
print(len(matrix), len(copy), copy[0] is matrix[0])
text = "racecar"
print(text == text[::-1], "hello"[::-1] == "hello")
try:
    nums[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    print(word[20])
except IndexError as e:
    print("IndexError:", e)
digits = list(range(10))
window = slice(1, 8, 2)
print(digits[window], word[window], t[window], window, slice(3), window.start, window.stop, window.step, window.indices(5))
digits[slice(0, 2)] = ["a", "b"]
del digits[slice(None, None, 3)]
print(digits, digits[slice(-2, None)])
try:
    digits[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
