# Error case: system_exit_code (traceback, message and exit status as python3).
import sys
print('before')
sys.exit(3)
