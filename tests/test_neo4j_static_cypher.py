"""Static check of kg/stores/neo4j.py: no Cypher text is ever built from data.

Reads the loader's source with ``ast`` and follows where every piece of text
comes from (a small taint analysis written here because no linter knows our
mapping). Text that reaches ``session.run``/``tx.run`` as the query, and every
f-string, ``format``, ``%`` or ``+`` that writes Cypher, may only hold:

* constants;
* the mapping of kg.stores.property_graph (``NODE_LABELS``,
  ``RELATIONSHIP_TYPES``: labels, types, property names), what is read from
  it, and names looped over it;
* parameters of a function that looks them up in the mapping (a lookup
  raises for a name the mapping does not know) or that every caller passes
  clean values;
* keys of the property graph's containers (``graph.nodes``,
  ``graph.relationship_groups(...)``), which property_graph.py creates from
  the mapping and which raise KeyError for anything else.

Data (rows, names, sentences) travels only as Bolt parameters. The password
is never put into text (f-strings, format, logging, echo), only handed to
the driver's ``basic_auth`` and to the scrubber.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOADER = ROOT / "kg" / "stores" / "neo4j.py"
PASSWORD_MODULES = [LOADER, ROOT / "kg" / "cli" / "cypher.py"]

MAPPING_ROOTS = {"NODE_LABELS", "RELATIONSHIP_TYPES"}
MAPPING_KEYED = {"nodes", "relationships", "relationship_groups"}  # PropertyGraph containers keyed by the mapping
CLEAN_BUILTINS = {"len", "str", "sorted", "tuple", "list", "set", "min", "max", "any", "all", "enumerate", "zip"}
CYPHER_WORDS = re.compile(r"\b(MATCH|MERGE|CREATE|SET|RETURN|UNWIND|CALL|DELETE|DETACH|WHERE|REMOVE|LOAD CSV)\b|row\.|\(n:|\[r:")
SINK_METHODS = {"run", "execute_query", "execute_read", "execute_write", "write_transaction", "read_transaction"}
MUTATORS = {"append", "extend", "insert", "add", "update", "setdefault", "appendleft"}
PASSWORD_OK_CALLS = {"basic_auth", "_scrub", "bearer_auth", "Auth"}


class CypherTaint:
    """Which expressions of a module are mapping-derived ("clean"), and where unclean text becomes Cypher."""

    def __init__(self, source: str):
        self.tree = ast.parse(source)
        self.functions: dict[str, ast.FunctionDef] = {}
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.functions[node.name] = node
        self.module_clean = self._module_constants()
        self.dataclass_fields = self._dataclass_fields()
        self.clean_params: dict[str, set[str]] = {}
        self.clean_returns: set[str] = set()
        self._solve()

    # -- module level ---------------------------------------------------------------------------

    def _module_constants(self) -> set[str]:
        clean = set(MAPPING_ROOTS)
        for node in self.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module == "kg.stores.property_graph":
                clean.update(alias.asname or alias.name for alias in node.names if alias.name.isupper())
        changed = True
        while changed:
            changed = False
            for node in self.tree.body:
                if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    names = {t.id for t in targets if isinstance(t, ast.Name)}
                    if names - clean and self.clean(node.value, clean, None):
                        clean |= names
                        changed = True
        return clean

    def _dataclass_fields(self) -> dict[str, list[str]]:
        fields = {}
        for node in self.tree.body:
            if isinstance(node, ast.ClassDef):
                fields[node.name] = [s.target.id for s in node.body
                                     if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
        return fields

    # -- fixpoint over functions ----------------------------------------------------------------

    def _solve(self) -> None:
        # optimistic start, then remove what a caller or an assignment makes unclean, until stable
        self.clean_params = {name: {a.arg for a in self._params(f)} for name, f in self.functions.items()}
        self.clean_returns = set(self.functions)
        for _ in range(20):
            params = {name: {p for p in ps if self._guarded(self.functions[name], p) or self._callers_clean(name, p)}
                      for name, ps in self.clean_params.items()}
            for name in params:
                if not self._has_callers(name):
                    params[name] = {p for p in params[name] if self._guarded(self.functions[name], p)}
            returns = {name for name, f in self.functions.items() if self._returns_clean(f, params)}
            if params == self.clean_params and returns == self.clean_returns:
                return
            self.clean_params, self.clean_returns = params, returns

    @staticmethod
    def _params(function) -> list[ast.arg]:
        args = function.args
        return [*args.posonlyargs, *args.args, *args.kwonlyargs]

    def _guarded(self, function, param: str) -> bool:
        """The function looks ``param`` up in the mapping (``NODE_LABELS[param]``, ``param in RELATIONSHIP_TYPES``)."""
        for node in ast.walk(function):
            if (isinstance(node, ast.Subscript) and self._is_root(node.value)
                    and isinstance(node.slice, ast.Name) and node.slice.id == param):
                return True
        return False

    @staticmethod
    def _is_root(node) -> bool:
        return isinstance(node, ast.Name) and node.id in MAPPING_ROOTS

    def _calls_to(self, name: str):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
                yield node

    def _has_callers(self, name: str) -> bool:
        return any(True for _ in self._calls_to(name))

    def _callers_clean(self, name: str, param: str) -> bool:
        function = self.functions[name]
        positions = [a.arg for a in [*function.args.posonlyargs, *function.args.args]]
        for call in self._calls_to(name):
            env = self.env_at(call)
            passed = None
            if param in positions and positions.index(param) < len(call.args):
                passed = call.args[positions.index(param)]
            for keyword in call.keywords:
                if keyword.arg == param:
                    passed = keyword.value
            if passed is not None and not self.clean(passed, *env):
                return False
        return True

    def _returns_clean(self, function, params) -> bool:
        env = (self.module_clean | self.local_clean(function, params), function)
        return all(self.clean(r.value, *env) for r in ast.walk(function) if isinstance(r, ast.Return) and r.value)

    # -- environments ---------------------------------------------------------------------------

    def enclosing_function(self, node):
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return None

    def env_at(self, node) -> tuple[set[str], object]:
        function = self.enclosing_function(node)
        names = set(self.module_clean)
        while function is not None:  # nested functions see their parents' clean names
            names |= self.local_clean(function, self.clean_params)
            function = self.enclosing_function(function)
        return names, self.enclosing_function(node)

    def local_clean(self, function, params) -> set[str]:
        """Names of ``function`` that only ever hold clean values (parameters, assignments, loop targets)."""
        clean = set(params.get(function.name, set())) | set(self.module_clean)
        assigned: dict[str, list] = {}

        def bind(target, value, part_clean=None):
            if isinstance(target, ast.Name):
                assigned.setdefault(target.id, []).append((value, part_clean))
            elif isinstance(target, (ast.Tuple, ast.List)):
                for element in target.elts:
                    bind(element, value, part_clean)

        for node in ast.walk(function):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    bind(target, node.value)
                    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                        bind(target.value, node.value)  # items[k] = value: the container holds the value
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in MUTATORS and isinstance(node.func.value, ast.Name)):
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    bind(node.func.value, argument)  # items.append(value): the container holds the value
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
                bind(node.target, node.value)
            elif isinstance(node, (ast.For, ast.comprehension)):
                self._bind_loop(node.target, node.iter, bind)
            elif isinstance(node, (ast.With,)):
                for item in node.items:
                    if item.optional_vars is not None:
                        bind(item.optional_vars, item.context_expr)
        changed = True
        while changed:
            changed = False
            for name, values in assigned.items():
                if name in clean or name in {a.arg for a in self._params(function)}:
                    continue
                if all((part if part is not None else self.clean(v, clean, function)) for v, part in values):
                    clean.add(name)
                    changed = True
        for name, values in assigned.items():  # a parameter reassigned from data is no longer clean
            if name in clean and any(part is False or (part is None and not self.clean(v, clean, function))
                                     for v, part in values):
                clean.discard(name)
        return clean

    def _bind_loop(self, target, iterable, bind) -> None:
        """Loop targets: keys of mapping-keyed containers are clean, their values are data."""
        items = (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute)
                 and iterable.func.attr == "items")
        container = iterable.func.value if items else None
        if isinstance(container, ast.Call):
            container = container.func
        keyed = isinstance(container, ast.Attribute) and container.attr in MAPPING_KEYED
        if items and keyed and isinstance(target, ast.Tuple) and len(target.elts) == 2:
            key, value = target.elts
            for name in ast.walk(key):
                if isinstance(name, ast.Name):
                    bind(name, iterable, True)
            for name in ast.walk(value):
                if isinstance(name, ast.Name):
                    bind(name, iterable, False)
            return
        bind(target, iterable)

    # -- expressions ----------------------------------------------------------------------------

    def clean(self, node, names: set[str], function) -> bool:
        """True when ``node`` is built only from constants and the mapping."""
        if node is None or isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.Name):
            return node.id in names or node.id in self.functions or node.id in CLEAN_BUILTINS
        if isinstance(node, ast.Attribute):
            owner = self._dataclass_of(node)
            if owner is not None:
                return self._field_clean(owner, node.attr)
            return self.clean(node.value, names, function)
        if isinstance(node, ast.Subscript):
            return self.clean(node.value, names, function)
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                if func.id in self.functions and func.id not in self.clean_returns:
                    return False
                if func.id not in self.functions and func.id not in CLEAN_BUILTINS:
                    return False
            elif not self.clean(func, names, function):
                return False
            return all(self.clean(a, names, function) for a in node.args) and all(
                self.clean(k.value, names, function) for k in node.keywords)
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            inner = set(names)
            for generator in node.generators:
                if not self.clean(generator.iter, inner, function):
                    return False
                inner |= {n.id for n in ast.walk(generator.target) if isinstance(n, ast.Name)}
            parts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            conditions = [c for g in node.generators for c in g.ifs]
            return all(self.clean(p, inner, function) for p in parts + conditions)
        if isinstance(node, ast.Lambda):
            return True  # a lambda's text is judged where it is called
        if isinstance(node, ast.IfExp):  # the condition chooses between texts; it puts none of its own in
            return self.clean(node.body, names, function) and self.clean(node.orelse, names, function)
        if isinstance(node, ast.Compare):
            return True  # True or False: no text from data
        return all(self.clean(child, names, function) for child in ast.iter_child_nodes(node)
                   if isinstance(child, ast.expr))

    def _dataclass_of(self, node: ast.Attribute) -> str | None:
        """``batch.statement`` -> "Batch" when a module class declares the field and a loop/param names it so."""
        for owner, fields in self.dataclass_fields.items():
            if node.attr in fields and isinstance(node.value, ast.Name) and node.value.id == owner.lower():
                return owner
        return None

    def _field_clean(self, owner: str, field: str) -> bool:
        fields = self.dataclass_fields[owner]
        for call in self._calls_to(owner):
            value = call.args[fields.index(field)] if fields.index(field) < len(call.args) else None
            value = next((k.value for k in call.keywords if k.arg == field), value)
            if value is not None and not self.clean(value, *self.env_at(call)):
                return False
        return True

    # -- findings -------------------------------------------------------------------------------

    def text_sites(self):
        """f-strings, format, % and + that build text."""
        for node in ast.walk(self.tree):
            if isinstance(node, ast.JoinedStr):
                yield node
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
                yield node
            elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)) and self._texty(node):
                yield node

    @staticmethod
    def _texty(node) -> bool:
        return any(isinstance(n, ast.JoinedStr) or (isinstance(n, ast.Constant) and isinstance(n.value, str))
                   for n in (node.left, node.right))

    @staticmethod
    def constant_text(node) -> str:
        return " ".join(n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str))

    def violations(self) -> list[str]:
        found = []
        for site in self.text_sites():
            if not CYPHER_WORDS.search(self.constant_text(site)):
                continue
            names, function = self.env_at(site)
            if not self.clean(site, names, function):
                found.append(f"line {site.lineno}: Cypher built from data: {ast.unparse(site)}")
        for call in ast.walk(self.tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in SINK_METHODS and call.args):
                continue
            names, function = self.env_at(call)
            query = call.args[0]
            if isinstance(query, ast.Lambda) or (isinstance(query, ast.Name) and query.id in self.functions):
                continue  # a transaction function: its own .run calls are checked
            if not self.clean(query, names, function):
                found.append(f"line {call.lineno}: query sent is not mapping-derived: {ast.unparse(query)}")
            if len(call.args) > 1:
                found.append(f"line {call.lineno}: values passed positionally; pass them as named parameters")
        return sorted(set(found))


def password_leaks(source: str) -> list[str]:
    """Places where a name holding the password is put into text, a log, or output."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Name) and "password" in node.id.lower() and "variable" not in node.id.lower()):
            continue
        child, parent = node, parents.get(node)
        while parent is not None and not isinstance(parent, ast.stmt):
            if isinstance(parent, ast.Call):
                func = parent.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in PASSWORD_OK_CALLS:
                    break
                if name in {"echo", "print", "secho", "info", "debug", "warning", "error", "exception", "log",
                            "format"} or name.endswith("Error"):
                    found.append(f"line {node.lineno}: password passed to {name}(): {ast.unparse(parent)}")
                    break
            if isinstance(parent, ast.JoinedStr) or (isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Mod)):
                found.append(f"line {node.lineno}: password put into text: {ast.unparse(parent)}")
                break
            child, parent = parent, parents.get(parent)
    return found


@pytest.fixture(scope="module")
def loader_source() -> str:
    if not LOADER.exists():
        pytest.skip("kg/stores/neo4j.py does not exist yet")
    return LOADER.read_text(encoding="utf-8")


def test_neo4j_static_no_cypher_from_data(loader_source):
    assert CypherTaint(loader_source).violations() == []


def test_neo4j_static_every_query_sent_is_checked(loader_source):
    """The analysis sees the loader's .run calls (so an empty violation list means something)."""
    analysis = CypherTaint(loader_source)
    sinks = [c for c in ast.walk(analysis.tree) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
             and c.func.attr == "run"]
    assert len(sinks) >= 3
    sites = [s for s in analysis.text_sites() if CYPHER_WORDS.search(analysis.constant_text(s))]
    assert len(sites) >= 5


@pytest.mark.parametrize("path", PASSWORD_MODULES, ids=lambda p: p.name)
def test_neo4j_static_password_never_put_into_text(path):
    if not path.exists():
        pytest.skip(f"{path.relative_to(ROOT)} does not exist yet")
    assert password_leaks(path.read_text(encoding="utf-8")) == []


GOOD_LOADER = '''
from kg.stores.property_graph import NODE_LABELS, RELATIONSHIP_TYPES

PROBE = "CALL dbms.components() YIELD name RETURN name"

def node_statement(label):
    sets = ", ".join(f"n.{p.name} = row.{p.name}" for p in NODE_LABELS[label].properties)
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET {sets}"

def push(session, graph):
    session.run(PROBE)
    for label, rows in graph.nodes.items():
        session.run(node_statement(label), rows=rows)
    for label in NODE_LABELS:
        session.run(f"MATCH (n:{label}) RETURN count(n)")
'''

BAD_LOADERS = {
    "f-string with a value": '''
def push(session, rows):
    for row in rows:
        session.run(f"MERGE (n:Official {{name: '{row['name']}'}})")
''',
    "concatenation": '''
def push(session, name):
    session.run("MATCH (n) WHERE n.name = '" + name + "' RETURN n")
''',
    "format": '''
def push(session, name):
    query = "MATCH (n {{name: '{}'}}) RETURN n".format(name)
    session.run(query)
''',
    "percent": '''
def push(session, name):
    session.run("MATCH (n {name: '%s'}) RETURN n" % name)
''',
    "label from data": '''
def statement(label):
    return f"MERGE (n:{label} {{id: row.id}})"

def push(session, rows):
    for row in rows:
        session.run(statement(row["type"]), rows=[row])
''',
    "value passed positionally": '''
def push(session, rows):
    session.run("UNWIND $rows AS row MERGE (n:X {id: row.id})", {"rows": rows})
''',
}


def test_neo4j_static_analysis_accepts_mapping_built_statements():
    assert CypherTaint(textwrap.dedent(GOOD_LOADER)).violations() == []


@pytest.mark.parametrize("source", BAD_LOADERS.values(), ids=BAD_LOADERS.keys())
def test_neo4j_static_analysis_catches_injection(source):
    assert CypherTaint(textwrap.dedent(source)).violations(), "the analysis missed text built from data"


# Small edits of the real loader that would put data into Cypher: each must be caught.
LOADER_MUTATIONS = {
    "label taken from a row": ("cut(node_statement(label)", 'cut(node_statement(rows[0]["name"])'),
    "rows appended to the statement": (
        "batches.append(Batch(statement, current, kind, len(current)))",
        "batches.append(Batch(statement + str(current), current, kind, len(current)))",
    ),
    "schema statements read from the server": (
        "schema = constraint_statements() + index_statements() if constraints else []",
        'schema = [r["name"] for r in session.run(PROBE_STATEMENT).data()]',
    ),
    "endpoint labels read from rows": (
        "for (src, dst), rows in graph.relationship_groups(rtype).items():",
        'for rows in graph.relationship_groups(rtype).values():\n            src, dst = rows[0]["src_label"], rows[0]["dst_label"]',
    ),
}


@pytest.mark.parametrize("anchor,edit", LOADER_MUTATIONS.values(), ids=LOADER_MUTATIONS.keys())
def test_neo4j_static_analysis_catches_edits_of_the_real_loader(loader_source, anchor, edit):
    if anchor not in loader_source:
        pytest.skip("the loader no longer has this line")
    assert CypherTaint(loader_source.replace(anchor, edit)).violations()


@pytest.mark.parametrize(
    "source",
    [
        'def f(uri, password):\n    raise ServerError(f"cannot log in to {uri} with {password}")\n',
        'import logging\ndef f(password):\n    logging.info("password %s", password)\n',
        'def f(password):\n    typer.echo(password)\n',
    ],
)
def test_neo4j_static_password_leak_is_caught(source):
    assert password_leaks(source)


def test_neo4j_static_password_in_driver_and_scrubber_is_fine():
    source = "def f(user, password):\n    auth = neo4j.basic_auth(user, password)\n    return _scrub(msg, password)\n"
    assert password_leaks(source) == []

