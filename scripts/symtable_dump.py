"""Python-side helpers shared by gen-symtable-fixtures.py and stdlib-symtable-dump.py:
python3's AST as JSON in the shape of src/compiler/ast-nodes.ts, and python3's
symbol tables (plus the matching code objects' facts) as JSON."""

import ast
import math
import symtable
import types

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08


def float_json(x):
    """A float as a JSON number, or as its repr ('inf', '-inf', 'nan') when JSON has none."""
    return repr(x) if math.isnan(x) or math.isinf(x) else x


def const_json(v):
    """Encode a constant so that the TypeScript side can rebuild a ConstantValue."""
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        return {"$float": float_json(v)}
    if isinstance(v, complex):
        return {"$complex": [float_json(v.real), float_json(v.imag)]}
    if isinstance(v, bytes):
        return {"$bytes": v.hex()}
    if v is Ellipsis:
        return {"$ellipsis": True}
    raise TypeError(type(v))


def node_json(n):
    if isinstance(n, list):
        return [node_json(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    out = {"_type": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
            out[f] = const_json(v)
        else:
            out[f] = node_json(v)
    for a in n._attributes:
        if hasattr(n, a):
            out[a] = getattr(n, a)
    return out


def code_name(block):
    t = block.get_type()
    name = block.get_name()
    if t == "function" and name in ("lambda", "listcomp", "setcomp", "dictcomp", "genexpr"):
        return "<%s>" % name
    return name


def code_info(co):
    nparams = co.co_argcount + co.co_kwonlyargcount
    nparams += bool(co.co_flags & CO_VARARGS) + bool(co.co_flags & CO_VARKEYWORDS)
    return {
        "generator": bool(co.co_flags & CO_GENERATOR),
        "coroutine": bool(co.co_flags & CO_COROUTINE),
        "async_generator": bool(co.co_flags & CO_ASYNC_GENERATOR),
        "params": list(co.co_varnames[:nparams]),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
    }


def dump_block(block, code, compact=False):
    """One block of the `symtable` module's answer, with the matching code object's facts."""
    raw = block._table
    out = {
        "type": block.get_type(),
        "name": block.get_name(),
        "lineno": block.get_lineno(),
        "nested": block.is_nested(),
        "optimized": block.is_optimized(),
        "varnames": list(raw.varnames),
        "symbols": [],
    }
    for name in block.get_identifiers():
        if compact:
            out["symbols"].append([name, raw.symbols[name]])
            continue
        s = block.lookup(name)
        out["symbols"].append(
            {
                "name": name,
                "flags": raw.symbols[name],
                "referenced": s.is_referenced(),
                "parameter": s.is_parameter(),
                "global": s.is_global(),
                "nonlocal": s.is_nonlocal(),
                "declared_global": s.is_declared_global(),
                "local": s.is_local(),
                "annotated": s.is_annotated(),
                "free": s.is_free(),
                "imported": s.is_imported(),
                "assigned": s.is_assigned(),
                "namespace": s.is_namespace(),
            }
        )
    if isinstance(block, symtable.Function) and not compact:
        out["parameters"] = list(block.get_parameters())
        out["locals"] = list(block.get_locals())
        out["globals"] = list(block.get_globals())
        out["nonlocals"] = list(block.get_nonlocals())
        out["frees"] = list(block.get_frees())
    if isinstance(block, symtable.Class) and not compact:
        out["methods"] = list(block.get_methods())
    out["code"] = code_info(code) if code is not None and block.get_type() != "module" else None
    # Children are matched with the code objects in this block's co_consts, by name,
    # preferring the same first line (a decorated def starts at its first decorator).
    consts = [c for c in (code.co_consts if code is not None else ()) if isinstance(c, types.CodeType)]
    used = set()
    children = []
    for child in block.get_children():
        want = code_name(child)
        match = None
        for i, c in enumerate(consts):
            if i not in used and c.co_name == want and c.co_firstlineno == child.get_lineno():
                match = i
                break
        if match is None:
            for i, c in enumerate(consts):
                if i not in used and c.co_name == want:
                    match = i
                    break
        if match is not None:
            used.add(match)
        children.append(dump_block(child, consts[match] if match is not None else None, compact))
    out["children"] = children
    return out


def error_json(e):
    return {
        "msg": e.msg,
        "lineno": e.lineno,
        "offset": e.offset,
        "end_lineno": e.end_lineno,
        "end_offset": e.end_offset,
    }


