# Error case: attr_error_module (traceback, message and exit status as python3).
import math
math.tau2
