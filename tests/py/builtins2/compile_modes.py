exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5\nx", "<s>", "exec"))
print(eval(compile("2*3", "<e>", "eval")))
