def fails():
    raise ValueError("original")
def handler():
    try:
        fails()
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)
