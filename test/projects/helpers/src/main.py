# A helper module whose optional parameters are only ever passed from another module: the helper's
# own analysis sees nothing but their None defaults.
from lib.query import build

if __name__ == "__main__":
    print(build("/a"))
    print(build("/b", {"q": 1, "page": 2}))
    print(build("/c", headers={"X": "1"}))
