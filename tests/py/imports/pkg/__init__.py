print("init pkg", __name__, __package__)
from .mod import thing
