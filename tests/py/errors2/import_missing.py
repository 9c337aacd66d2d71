# Error case: import_missing (traceback, message and exit status as python3).
import no_such_module_here
