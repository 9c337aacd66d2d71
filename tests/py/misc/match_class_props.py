class P:
    __match_args__ = ("x",)
    @property
    def x(self):
        return [1, 2]
for i in range(3):
    match P():
        case P(x=[a, b]):
            print(a, b)
        case P(q):
            print(q)
