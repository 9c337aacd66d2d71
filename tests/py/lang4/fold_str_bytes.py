# Constant folding of str and bytes concatenation and repetition: CPython's AST optimizer
# limits (no limit on +, 4096 for *, negative counts left to run time), seen in co_consts.
def c(s):
    co = compile(s, 'x', 'eval')
    return [type(k).__name__ + ':' + str(len(k) if hasattr(k, '__len__') else k) for k in co.co_consts]
for s in ["'a'*3000 + 'b'*3000", "b'abc'*100", "b'ab'*3000", "b'a' + b'b'", "'ab' * -1", "'' * -5",
          "b'' * -3", "3 * b'x'", "b'x' * True", "'x' * 4096", "'x' * 4097", "'a' + 'b' * 5000",
          "b'xy' * 2048", "b'xy' * 2049", "-(2 ** 100)", "'é' * 2"]:
    print(s, c(s), eval(s) == eval(compile(s, 'y', 'eval')))
