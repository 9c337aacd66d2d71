import _broken
