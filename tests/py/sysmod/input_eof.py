try:
    line = input("prompt> ")
except EOFError as e:
    print("\nEOFError:", e)
