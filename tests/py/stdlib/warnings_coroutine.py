# The runtime's own warning (a coroutine never awaited) obeys the filters of
# the warnings module once it is imported.
import gc
import warnings


async def job():
    return 1


job()  # the default filter: shown once for this line
job()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    job()
    job()
print([(m.category.__name__, str(m.message)) for m in log])
warnings.simplefilter("ignore", RuntimeWarning)
job()
warnings.simplefilter("always", RuntimeWarning)
for i in range(2):
    job()
warnings.simplefilter("default", RuntimeWarning)
job()
job()
print("end")
