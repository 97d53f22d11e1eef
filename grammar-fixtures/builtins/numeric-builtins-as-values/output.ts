import { divmod, pow, print, pyHash, sorted, starmap, str } from "py2ts-async/runtime";

console.log(str([...starmap(pow, ([[2, 3], [3, 2], [2, -1]] as [number, number][]))]));
console.log(str([...starmap(divmod, ([[7, 2], [-7, 2]] as [number, number][]))], "[(?,?)]"));
const power = pow;
print([power(2, 10), power(3, 4)]);
console.log(str(sorted([3, -1, 2], { key: pyHash })));
