# filterwarnings() message patterns: the regular-expression features heapscope's
# matcher supports (\d, \w, \s, \S, a final $, case-insensitive, anchored at the start).
import warnings
warnings.filterwarnings("ignore", message=r"value \d+$")
warnings.filterwarnings("ignore", message=r"\w+ is \S+ed")
warnings.filterwarnings("ignore", message=r"a\s+b")
with warnings.catch_warnings(record=True) as log:
    for m in ["value 12", "value 12x", "value x", "Name is deprecated", "name is old", "a  \t b", "ab", "VALUE 7", "value 7\n"]:
        warnings.warn(m)
print([str(w.message) for w in log])
print(warnings.filters[:3])
