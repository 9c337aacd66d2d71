# __init_subclass__, __set_name__, __getattr__, __setattr__, __class_getitem__.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
print(Plugin.registry)
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"<{self.name} of {type(obj).__name__}>"
class Model:
    title = Field()
print(Model().title, Model.title.name)
class Lazy:
    def __getattr__(self, name):
        return f"computed {name}"
print(Lazy().anything)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
l = Logged()
l.x = 5
print(l.x)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])
