# sys.version_info, float_info, int_info and hash_info are struct sequences; int max str digits; small sys extras.
import sys
print(sys.version_info, sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8), tuple(sys.version_info)[3])
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.hash_info.modulus == 2**61 - 1, sys.implementation.version.minor)
print(type(sys.version_info), type(sys.float_info).__name__, sys.version_info.n_fields, len(sys.float_info))
print(sys.getsizeof(sys.version_info), isinstance(sys.version_info, tuple))
try:
    type(sys.version_info)()
except TypeError as e:
    print(e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(e)
print(sys.get_int_max_str_digits(), sys.float_repr_style, sys.is_finalizing(), sys.warnoptions, sys.getswitchinterval())
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(1000)
try:
    str(10 ** 1500)
except ValueError as e:
    print(str(e)[:60])
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)))
major, minor, *rest = sys.version_info
print(major, minor, rest)
