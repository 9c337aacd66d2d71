# A metaclass and type() with three arguments.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.created_by, type(WithMeta).__name__)
Dyn = type("Dyn", (object,), {"x": 1, "get": lambda self: self.x * 2})
print(Dyn().get(), Dyn.__name__, Dyn.__module__)
print(isinstance(WithMeta, type), type(type))
