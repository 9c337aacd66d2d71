# description: a string.Template subclass that sets `pattern` raises NotImplementedError in heapscope.
# cause: heapscope has no re module yet; Template scans templates by hand and honours
#   delimiter, idpattern, braceidpattern and flags (its own small regex engine), but a
#   whole custom pattern would need re.
# workaround: express the syntax with delimiter/idpattern/braceidpattern/flags.
# issue: 4 (string)
from string import Template
try:
    class Custom(Template):
        pattern = r"\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))"
    print(Custom("$x").substitute(x=1))
except NotImplementedError as e:
    print("NotImplementedError:", e)
