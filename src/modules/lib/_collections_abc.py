"""The module CPython defines the container ABCs in; heapscope defines them in
collections.abc and this name refers to the same classes."""

from collections.abc import *
from collections.abc import __all__, _check_methods
