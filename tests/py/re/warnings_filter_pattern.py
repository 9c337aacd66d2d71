# warnings.filterwarnings() message patterns are full regular expressions (groups, |, {m,n}).
import warnings

warnings.filterwarnings("ignore", message=r"(value|count) \d+")
warnings.filterwarnings("ignore", message=r"size \d{2}")
with warnings.catch_warnings(record=True) as log:
    warnings.warn("value 12")
    warnings.warn("size 12")
print([str(w.message) for w in log])
