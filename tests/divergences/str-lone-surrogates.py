# description: two lone surrogates written as escapes become one code point at run time.
# cause: heapscope's str is a JS string, where '\ud834' followed by '\udd1e' is the
#   surrogate pair of U+1D11E; the compiler keeps them apart (the AST matches CPython's),
#   but the runtime's str cannot.
# workaround: write the code point itself ('\U0001d11e') when that is what you mean.
# issue: 4 (str representation)
s = '\ud834\udd1e'
print(len(s))  # CPython: 2, heapscope: 1
