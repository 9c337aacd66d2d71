"""Random mutated stdlib snippets and what CPython's ast.parse says of them,
for scripts/diff-fuzz-parser.mjs. Usage: parser-diff-cases.py SEED COUNT > cases.json"""
import random, json, ast, sys, warnings, os, sysconfig
warnings.simplefilter("ignore")
random.seed(int(sys.argv[1]))
root = sysconfig.get_paths()['stdlib']
files = []
for d, dirs, fs in os.walk(root):
    dirs[:] = [x for x in dirs if x not in ('site-packages', '__pycache__')]
    files += [os.path.join(d, f) for f in fs if f.endswith('.py')]
pieces = ["(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", ".", "*", "**", "->", ":=", "@", "\n", "    ", "if ", "else ", "lambda ", "yield ", "async ", "await ", "match ", "case ", "def ", "for ", "in ", "not ", "is ", "from ", "import ", "return ", "with ", "as ", "x", "1", "'a'", "f'{x}'", "_", "|", "-", "+"]
out = []
while len(out) < int(sys.argv[2]):
    f = random.choice(files)
    try: text = open(f, encoding='utf-8').read()
    except Exception: continue
    ls = text.split('\n')
    if len(ls) < 5: continue
    a = random.randrange(len(ls)); src = '\n'.join(ls[a:a+random.randint(1, 12)]) + '\n'
    for _ in range(random.randint(0, 3)):
        op = random.random(); at = random.randrange(len(src) + 1)
        if op < 0.4: src = src[:at] + src[at + random.randint(1, 5):]
        elif op < 0.8: src = src[:at] + random.choice(pieces) + src[at:]
        else: src = src[:at] + src[at:at + random.randint(1, 15)] + src[at:]
    case = {"source": src}
    try:
        case["dump"] = ast.dump(ast.parse(src), include_attributes=True)
    except SyntaxError as e:
        case["error"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except Exception:
        continue
    out.append(case)
json.dump(out, sys.stdout)
