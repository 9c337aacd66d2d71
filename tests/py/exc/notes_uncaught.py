try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("check the input")
    raise
