# description: warnings.filterwarnings() patterns are a subset of regular expressions.
# cause: heapscope has no `re` module yet; the warnings module matches patterns itself
#   (literal characters, `.`, `[...]`, `\` escapes, `\d` `\w` `\s`, `*` `+` `?`, a final `$`,
#   anchored at the start). So groups, `|`, `{m,n}`, `^` and lookarounds are taken
#   literally; warnings.filters shows heapscope's pattern objects, with re.compile's repr.
# workaround: write one filter per alternative, and `\d\d` for `\d{2}`.
# issue: stdlib (warnings)
import warnings

warnings.filterwarnings("ignore", message=r"(value|count) \d+")
warnings.filterwarnings("ignore", message=r"size \d{2}")
with warnings.catch_warnings(record=True) as log:
    warnings.warn("value 12")
    warnings.warn("size 12")
print([str(w.message) for w in log])
