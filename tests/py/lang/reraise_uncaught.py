def fails():
    raise ValueError("original")
def handler():
    try:
        fails()
    except ValueError:
        raise
handler()
