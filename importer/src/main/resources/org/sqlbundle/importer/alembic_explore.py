"""The if tests of functions under the chain's directory, rewritten so each is recorded and, when it names plugins or
features, both branches are explored (one run of upgrade()/downgrade() per combination, depth first)."""
import ast
import contextlib
import importlib.machinery
import inspect
import os

MAX_RUNS = 64
RUNTIME_WORDS = ("get_bind", "dialect", "context", "is_offline_mode", "get_context", "environ", "config")
class Explorer:
    """The branch decisions of one function run: a forced prefix, then True for each new condition."""

    def __init__(self, feature_map):
        self.feature_map = feature_map
        self.prefix = []
        self.taken = []
        self.active = []    # (cond id, value) of the branches being executed
        self.scopes = []    # per Python call: early-return guards passed so far
        self.conditions = {}
        self.notes = []

    def next_path(self):
        while self.taken and not self.taken[-1]:
            self.taken.pop()
        if not self.taken:
            return False
        self.prefix = self.taken[:-1] + [False]
        return True

    def start(self):
        self.taken = []
        self.active = []
        self.scopes = [[]]

    def condition(self, cid, thunk, frame_globals, frame_locals):
        info = self.conditions.get(cid)
        if info is None:
            info = describe_condition(cid, frame_globals, frame_locals, self.feature_map)
            self.conditions[cid] = info
        if info["mapped"]:
            k = len(self.taken)
            value = self.prefix[k] if k < len(self.prefix) else True
            self.taken.append(value)
            return value
        try:
            value = bool(thunk())
        except Exception as e:  # the test needs what only a live run has: take the else branch and say so
            value = False
            info["error"] = "%s: %s" % (type(e).__name__, e)
        info.setdefault("evaluated", [])
        if value not in info["evaluated"]:
            info["evaluated"].append(value)
        return value

    @contextlib.contextmanager
    def branch(self, cid, value, other_leaves):
        mapped = self.conditions[cid]["mapped"]
        if mapped:
            self.active.append((cid, value))
        try:
            yield
        finally:
            if mapped:
                self.active.pop()
        # the other branch returns: whatever follows in this function runs only under this branch's decision
        if mapped and other_leaves:
            self.scopes[-1].append((cid, value))

    @contextlib.contextmanager
    def scope(self):
        self.scopes.append([])
        try:
            yield
        finally:
            self.scopes.pop()

    def current(self):
        out = [c for s in self.scopes for c in s] + list(self.active)
        return [{"id": cid, "value": v} for cid, v in out]


CONDITION_TEXT = {}
STATE = {"explorer": None, "root": None}


def describe_condition(cid, g, l, feature_map):
    path, line, text, negated = CONDITION_TEXT[cid]
    info = {"id": cid, "file": path, "line": line, "text": text, "negated": negated, "constants": [], "mapped": False}
    if text in feature_map:
        info["constants"] = [feature_map[text]]
        info["mapped"] = True
        info["from_map"] = True
        return info
    if any(w in text for w in RUNTIME_WORDS):
        info["reason"] = "depends on the database or the run's configuration"
        return info
    consts = []
    for node in ast.walk(ast.parse(text, mode="eval")):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            consts.append(node.value)
        elif isinstance(node, (ast.Name, ast.Attribute)) and isinstance(getattr(node, "ctx", None), ast.Load):
            try:
                v = eval(compile(ast.Expression(node), "<cond>", "eval"), g, l)
            except Exception:
                continue
            if isinstance(v, str):
                consts.append(v)
            elif isinstance(v, (list, tuple, set, frozenset)) and v and all(isinstance(x, str) for x in v):
                consts.extend(sorted(v) if isinstance(v, (set, frozenset)) else v)
    seen = []
    for c in consts:
        if c not in seen:
            seen.append(c)
    info["constants"] = seen
    info["mapped"] = bool(seen) and "*" not in seen
    if "*" in seen:
        info["reason"] = "'*' applies to every configuration"
    elif not seen:
        info["reason"] = "names no plugin or feature (no string constant in the test or the values it reads)"
    return info


def leaves(stmts):
    return bool(stmts) and isinstance(stmts[-1], (ast.Return, ast.Raise))


class Rewriter(ast.NodeTransformer):
    """if T: A else: B  ->  if __sb.condition(id, lambda: T, ...): with __sb.branch(id, True, B leaves): A ..."""

    def __init__(self, path):
        self.path = path
        self.depth = 0

    def visit_FunctionDef(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1
        body = node.body
        doc = []
        if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant):
            doc = [body[0]]
            body = body[1:] or [ast.Pass()]
        scope = ast.With(items=[ast.withitem(context_expr=call("scope"))], body=body)
        node.body = doc + [ast.copy_location(scope, node)]
        return node

    def visit_If(self, node):
        self.generic_visit(node)
        if self.depth == 0:
            return node
        rel = os.path.relpath(os.path.realpath(self.path), STATE["root"]).replace(os.sep, "/")
        cid = "%s:%d:%d" % (rel, node.lineno, node.col_offset)
        test = node.test
        negated = False
        while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            negated = not negated
            test = test.operand
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.NotIn, ast.NotEq)):
            negated = not negated
        CONDITION_TEXT[cid] = (rel, node.lineno, ast.unparse(node.test), negated)
        thunk = ast.Lambda(args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]),
                           body=node.test)
        g = ast.Call(func=ast.Name(id="globals", ctx=ast.Load()), args=[], keywords=[])
        loc = ast.Call(func=ast.Name(id="locals", ctx=ast.Load()), args=[], keywords=[])
        new_test = call("condition", ast.Constant(cid), thunk, g, loc)
        body = [ast.With(items=[ast.withitem(context_expr=call("branch", ast.Constant(cid), ast.Constant(True),
                                                                  ast.Constant(leaves(node.orelse))))],
                         body=node.body)]
        orelse = [ast.With(items=[ast.withitem(context_expr=call("branch", ast.Constant(cid), ast.Constant(False),
                                                                    ast.Constant(leaves(node.body))))],
                           body=node.orelse or [ast.Pass()])]
        out = ast.If(test=new_test, body=body, orelse=orelse)
        return ast.fix_missing_locations(ast.copy_location(out, node))


def call(name, *args):
    func = ast.Attribute(value=ast.Name(id="__sqlbundle_explorer__", ctx=ast.Load()), attr=name, ctx=ast.Load())
    return ast.Call(func=func, args=list(args), keywords=[])


class RewritingLoader(importlib.machinery.SourceFileLoader):
    """Loads modules under the chain's directory with their if tests rewritten (never from or into __pycache__)."""

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def source_to_code(self, data, path, *, _optimize=-1):
        if not inside(path):
            return super().source_to_code(data, path)
        tree = Rewriter(path).visit(ast.parse(data, filename=path))
        return compile(ast.fix_missing_locations(tree), path, "exec", dont_inherit=True)

    def exec_module(self, module):
        module.__dict__["__sqlbundle_explorer__"] = STATE["explorer"]
        super().exec_module(module)


def inside(path):
    return os.path.realpath(path).startswith(STATE["root"] + os.sep)


SOURCES = {}


def call_text(path, line, name):
    """The source of the call of op.<name> on that line, as written (several lines joined as they are)."""
    if path not in SOURCES:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        SOURCES[path] = (src, ast.parse(src))
    src, tree = SOURCES[path]
    best = None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.lineno <= line <= node.end_lineno:
            f = node.func
            fname = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if fname == name and (best is None or node.lineno >= best.lineno):
                best = node
    if best is None:
        return src.splitlines()[line - 1].strip()
    return ast.get_source_segment(src, best)


def origin():
    """The innermost frame in the chain's own files: the revision or shared helper that made the call."""
    for fr in inspect.stack(0)[2:]:
        if inside(fr.filename):
            return fr.filename, fr.lineno
    return None, 0
