thing = "thing from pkg.mod"
def where():
    return __name__
