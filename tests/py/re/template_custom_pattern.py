# A string.Template subclass that sets its whole `pattern` (compiled with re).
from string import Template
try:
    class Custom(Template):
        pattern = r"\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))"
    print(Custom("$x").substitute(x=1))
except NotImplementedError as e:
    print("NotImplementedError:", e)
