# description: warnings.filterwarnings() patterns are a subset of regular expressions.
# cause: heapscope has no `re` module yet; the warnings module matches patterns itself
#   (literal characters, `.`, `[...]`, `\` escapes and `*`, `+`, `?`, anchored at the start).
#   So `\d`, `\w`, `\s`, groups, `|`, `{m,n}` and `$` are taken literally; warnings.filters
#   shows heapscope's pattern objects, with the same repr as re.compile's.
# workaround: write patterns with `.*` and character classes such as [0-9].
# issue: stdlib (warnings)
import warnings

warnings.filterwarnings("ignore", message=r"value \d+")
warnings.filterwarnings("ignore", message=r"count [0-9]+")
with warnings.catch_warnings(record=True) as log:
    warnings.warn("value 12")
    warnings.warn("count 12")
print([str(w.message) for w in log])
