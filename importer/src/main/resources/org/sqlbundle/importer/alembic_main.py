"""Entry of `sqlbundle import alembic`'s reader: alembic_main.py VERSIONS_DIR FEATURE_MAP_JSON prints one JSON document.

Each revision module is executed under this Python with alembic.op replaced by a recorder, so SQLAlchemy builds its
real objects and every helper, constant and loop runs as under Alembic; see alembic_explore and alembic_record."""
import glob
import importlib.machinery
import importlib.util
import json
import os
import sys
import traceback
import types

sys.dont_write_bytecode = True  # never leave __pycache__ in the user's chain

import alembic  # noqa: E402
import alembic_explore as ex  # noqa: E402
import alembic_record as rec  # noqa: E402


def context_stub():
    """alembic.context as far as revisions read it: offline, no -x arguments, no configuration."""
    ctx = types.ModuleType("alembic.context")
    ctx.is_offline_mode = lambda: True
    ctx.get_x_argument = lambda as_dictionary=False: {} if as_dictionary else []
    ctx.config = types.SimpleNamespace(get_main_option=lambda *a, **k: None, attributes={})

    def needs_database(*a, **k):
        raise rec.Unsupported("context.get_context() needs a live database", ex.origin())
    ctx.get_context = needs_database
    ctx.get_bind = needs_database
    return ctx


def failure_site(tb_exc):
    for fr in reversed(traceback.extract_tb(tb_exc.__traceback__)):
        if ex.inside(fr.filename):
            return rec.rel(fr.filename), fr.lineno
    return None, 0


def run(fn, explorer, name):
    runs, problems = [], []
    explorer.prefix = []
    while True:
        explorer.start()
        rec.RECORDER.ops = []
        try:
            fn()
        except rec.Unsupported as u:
            path, line = u.where if u.where else (None, 0)
            problems.append({"file": rec.rel(path), "line": line, "message": str(u), "function": name})
        except Exception as e:
            path, line = failure_site(e)
            problems.append({"file": path, "line": line, "function": name,
                             "message": "%s: %s" % (type(e).__name__, e)})
        runs.append(rec.RECORDER.ops)
        if not explorer.next_path():
            break
        if len(runs) >= ex.MAX_RUNS:
            problems.append({"file": None, "line": 0, "function": name,
                             "message": "more than %d combinations of conditions; the rest were not explored"
                                        % ex.MAX_RUNS})
            break
    return merge(runs), problems


def merge(runs):
    """One op list from every run: each distinct op (site, arguments, conditions, occurrence) once. A new op goes
    after the op that preceded it in its run, and past other runs' ops from earlier lines of the same file, so an
    else branch follows its if branch as in the source."""
    out, keys = [], []
    for ops in runs:
        last = -1
        seen = {}
        mine = set()
        for op in ops:
            key = json.dumps([op["file"], op["line"], op["args"], op["when"]], sort_keys=True)
            seen[key] = seen.get(key, 0) + 1
            key += "#%d" % seen[key]  # the same call twice in one run is two ops
            mine.add(key)
            if key in keys:
                last = keys.index(key)
                continue
            pos = last + 1
            while pos < len(out) and keys[pos] not in mine and out[pos]["file"] == op["file"] \
                    and out[pos]["line"] < op["line"]:
                pos += 1
            keys.insert(pos, key)
            out.insert(pos, op)
            last = pos
    return out


def unique_problems(problems):
    seen, out = set(), []
    for p in problems:
        key = json.dumps(p, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def main():
    versions = os.path.realpath(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        feature_map = json.load(f)
    ex.STATE["root"] = os.path.dirname(versions)
    explorer = ex.Explorer(feature_map)
    ex.STATE["explorer"] = explorer
    sys.path[:0] = [ex.STATE["root"], versions]
    sys.path_hooks.insert(0, importlib.machinery.FileFinder.path_hook(
        (ex.RewritingLoader, importlib.machinery.SOURCE_SUFFIXES)))
    sys.path_importer_cache.clear()
    rec.tolerate_integer_width()
    rec.record_schema_types()
    alembic.op = rec.RECORDER
    sys.modules["alembic.op"] = rec.RECORDER
    alembic.context = context_stub()
    sys.modules["alembic.context"] = alembic.context
    out = {"python": sys.version.split()[0], "alembic": alembic.__version__, "sqlalchemy": rec.sa.__version__,
           "revisions": []}
    for path in sorted(glob.glob(os.path.join(versions, "*.py"))):
        if os.path.basename(path) == "__init__.py":
            continue
        out["revisions"].append(read_revision(path, explorer))
    out["conditions"] = [explorer.conditions[k] for k in sorted(explorer.conditions)]
    json.dump(out, sys.stdout, sort_keys=True, indent=1, ensure_ascii=False)


def read_revision(path, explorer):
    name = "sqlbundle_revision_" + os.path.basename(path)[:-3].replace("-", "_").replace(".", "_")
    entry = {"file": rec.rel(path), "problems": []}
    loader = ex.RewritingLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        loader.exec_module(module)
    except Exception as e:
        file, line = failure_site(e)
        entry["problems"].append({"file": file or entry["file"], "line": line, "function": "module",
                                  "message": "%s: %s" % (type(e).__name__, e), "fatal": True})
        return entry
    for key in ("revision", "down_revision", "branch_labels", "depends_on"):
        v = getattr(module, key, None)
        entry[key] = list(v) if isinstance(v, (tuple, list)) else v
    entry["doc"] = module.__doc__
    for fn_name in ("upgrade", "downgrade"):
        fn = getattr(module, fn_name, None)
        if fn is None:
            entry[fn_name] = []
            continue
        entry[fn_name], problems = run(fn, explorer, fn_name)
        entry["problems"].extend(unique_problems(problems))
    return entry


if __name__ == "__main__":
    main()
