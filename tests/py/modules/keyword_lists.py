# keyword: the keyword and soft keyword lists of 3.11.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist, keyword.__all__)
print(keyword.iskeyword("def"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword([]) if False else None)
print(len(keyword.kwlist), sorted(keyword.kwlist) == keyword.kwlist)
