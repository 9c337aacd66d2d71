import _guarded
print("main:", __name__, _guarded.__name__)
if __name__ == "__main__":
    print("running as a script")
