# sorted and list.sort: tuple keys, stability, reverse keeps stability, key functions, mixed criteria.
people = [("bob", 25, "paris"), ("ada", 36, "london"), ("cy", 25, "london"), ("dee", 36, "paris"), ("eve", 25, "rome")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
print(sorted(people))
by_city = sorted(people, key=lambda p: p[0])
by_city.sort(key=lambda p: p[2])
print([p[0] for p in by_city])
scores = {"ada": 90, "bob": 85, "cy": 90, "dee": 70}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranking)
print(sorted(scores, key=scores.get), sorted(scores, key=lambda k: scores[k], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
nums = [3.5, -1.0, 2.0, -7.25, 0.0, 10.0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), max(nums, key=abs))
print(sorted([[2, "b"], [1, "z"], [2, "a"], [1, "a"]]), sorted([(1, 2.5), (1, 2.0), (0, 9.0)]))
print(sorted("hello"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}), sorted(range(5), key=lambda n: n % 3))
nums.sort(key=lambda n: -n)
print(nums)
records = [{"name": "x", "age": 3}, {"name": "y", "age": 1}, {"name": "z", "age": 3}]
records.sort(key=lambda r: r["age"], reverse=True)
print(records)
print(sorted([True, False, True]), sorted([0.1 + 0.2, 0.3, 0.30000000000000004]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
