# types: the built-in types by name, SimpleNamespace, new_class and friends.
import types
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [2]
print(ns, types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(), ns.c)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.CodeType.__name__, types.CellType.__name__)
print(types.NoneType, types.EllipsisType, types.GenericAlias, types.UnionType, types.MappingProxyType)
C = types.new_class("C", (object,), exec_body=lambda ns: ns.update(x=5))
print(C.__name__, C().x, types.prepare_class("D")[0], types.resolve_bases((int,)))
print(isinstance(types.MethodType(len, 1), types.MethodType))
