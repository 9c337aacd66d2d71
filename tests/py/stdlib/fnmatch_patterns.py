# fnmatch: translate() gives CPython 3.11's regular expressions; matching, filter, case.
import fnmatch
for p in ['*.py', 'a*b*c', '?x[!a-c]', '[]]', '[!]', '[a-', '*', '**', 'a[b', '[z-a]', 'x\\y', '[a\\-z]', '[^x]', 'a.b+c', '[[]', '[a-b-c]', '[!a-]', '[--a]', '[a&&b]', '*a*', 'a*', '[!!]']:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.filter(["a.py","b.txt","c.py"], "*.py"), fnmatch.fnmatch("A.PY","*.py"), fnmatch.fnmatchcase("abc","a?c"), fnmatch.fnmatch("a-b","a[!x]b"))
