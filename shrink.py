"""Pack the readable `train_gpt_human.py` into the submitted `train_gpt.py`.

The challenge counts the UTF-8 bytes of `train_gpt.py`, so the packer shrinks the readable script in four
deterministic stages (same input -> same bytes; no network, no timestamps):

  1. prune     AST transform: drop what a record run never executes (rules below).
  2. minify    python-minifier 3.4, used as a library (MINIFY_OPTIONS, each choice measured on compressed size).
  3. compress  brotli quality 11 (the smaller of generic and font mode) when the script imports brotli itself, as
               train_gpt_human.py does for the weights; raw LZMA2 preset 9|extreme otherwise (stdlib only).
  4. encode    a self-extracting wrapper: a raw str literal carrying the payload, which the wrapper turns back
               into bytes, decompresses and `exec`s in its own globals, so `__name__` ("__main__" under
               python/torchrun) and `__file__` (train_gpt.py) are those of the submission. The literal is the
               enumerative 1-/2-byte UTF-8 code (7.13 bits per source byte; base85 has 6.4, ASCII base 126 6.98).
  The codec and the encoder are the ones that won on train_gpt_human.py and on variants of it; the losers' sizes
  are in bench/NOTES.md.

Conventions the readable script follows (the pruning relies on them):
  * `PACKED = False` at module level, bound nowhere else. The packer rewrites it to `PACKED = True` (and drops
    the assignment if nothing reads PACKED any more).
  * `if not PACKED:` -- exactly `If(test=UnaryOp(Not, Name('PACKED')))` -- marks code a record run never executes
    (tests-only paths, debug dumps); the statement is deleted. `if PACKED:` is replaced by its body. So are the
    two shapes that short-circuit on their first operand: `if not PACKED and <x>:` (deleted; <x> is never
    evaluated once packed) and `if PACKED or <x>:` (body kept). Any other condition (`if not PACKED_X:`,
    `if not cfg.packed:`, `if PACKED and x:`, `if x and not PACKED:`) is left alone: matching is on the AST,
    never on text. A marked `if` with an `else`/`elif` is refused with file:line (write two blocks instead).
  * Dead top-level code is removed, iterated to a fixpoint (reachability from the statements that stay):
    a `def`/`class` (undecorated or with decorators in PURE_DECORATORS), a `NAME = <literal/name arithmetic>`
    assignment, or an unused import alias of a stdlib module or of a package imported again by live code,
    whose name no kept code loads. Only `ast.Name` loads count (decorators, defaults and bases included;
    attribute names and strings do not), so anything reached only by string (`globals()[...]`, `getattr`)
    must be listed in a module-level `KEEP = ("name", ...)`; KEEP names are also never renamed.
  * Names are shortened (python-minifier rename_locals and rename_globals), except KEEP names and the names in
    class-level annotations under `from __future__ import annotations` (their text is what
    `dataclasses.fields(Config)[i].type` returns). A `globals()`/`locals()`/`vars()`/`eval`/`exec` call anywhere
    makes python-minifier rename nothing (~800 bytes lost); the report warns when that happens.
  * Docstrings are removed (kept if the script reads `__doc__`). Function argument/return annotations and
    annotations of variables outside class bodies are removed; class-level annotations stay (the frozen
    `@dataclass Config` needs them), and so do the argument annotations of `@triton.jit` kernels (`tl.constexpr`
    marks compile-time arguments); builtins a kernel calls and the names in those annotations (`tl`) are never
    renamed (Triton rejects non-constexpr globals; its interpreter reads the annotation text), nor are the
    constexpr arguments aliased through a shorter local (the interpreter would make it a tensor). If the script
    uses runtime annotation readers (torch.jit.script, typing.get_type_hints, functools.singledispatch)
    function annotations are kept.
  * The wrapper registers the unpacked source with `linecache` when the script imports `triton` or `inspect`,
    so `inspect.getsource` (triton.jit) still works on exec'd code.

Usage: `python shrink.py` (train_gpt_human.py -> train_gpt.py), `python shrink.py --check` (exit 1 if the
committed train_gpt.py is stale). `pack()` (what the readable script calls at start-up to count its code bytes)
keeps its outputs in the git-ignored .cache/shrink/, keyed by the sha256 of the input, this file and the package
versions; the command line always packs afresh (and refreshes that cache). The output runs on Python 3.11 and
3.12 and is the same bytes whichever of them packs it (f-strings are printed the pre-3.12 way); it depends on the
pinned python-minifier and brotli versions.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import hashlib
import importlib.metadata
import linecache
import lzma
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import python_minifier

DEFAULT_INPUT = "train_gpt_human.py"
DEFAULT_OUTPUT = "train_gpt.py"
FIX_COMMAND = "python shrink.py"
CACHE_DIR = Path(__file__).resolve().parent / ".cache" / "shrink"  # pack()'s outputs by content hash (git-ignored)
CACHE_ENTRIES = 16  # the newest entries kept

# Decorators that only wrap/transform the function or class and register it nowhere, so an unreferenced
# definition carrying them can be deleted. Matched on the dotted name, with or without a call.
PURE_DECORATORS = frozenset(
    {
        "dataclass", "dataclasses.dataclass", "staticmethod", "classmethod", "property",
        "functools.cache", "functools.lru_cache", "functools.wraps", "cache", "lru_cache", "wraps",
        "contextmanager", "contextlib.contextmanager", "torch.compile", "torch.no_grad",
        "torch.inference_mode", "torch.enable_grad", "torch._dynamo.disable", "triton.jit",
    }
)  # fmt: skip
# Stdlib modules whose import has a visible side effect: never dropped even when unused.
SIDE_EFFECT_IMPORTS = frozenset({"this", "antigravity", "readline", "rlcompleter", "site", "__future__"})
RUNTIME_ANNOTATION_READERS = frozenset({"get_type_hints", "singledispatch", "singledispatchmethod", "script"})

# Every switch is semantics-preserving in python-minifier 3.4 (given the rename exceptions above); each was
# chosen by the final size of the packed train_gpt_human.py (2,120 lines; flip one switch, repack, bytes of
# train_gpt.py): rename_locals -1135, rename_globals -600, remove_explicit_return_none -30, prefer_single_line
# -20, remove_pass -1; hoist_literals would add +225 and combine_imports +44 (shorter text that compresses worse);
# the other switches change nothing. remove_asserts / remove_debug change behavior and stay off.
MINIFY_OPTIONS = dict(
    remove_annotations=python_minifier.RemoveAnnotationsOptions(
        remove_variable_annotations=True,
        remove_return_annotations=True,
        remove_argument_annotations=True,
        remove_class_attribute_annotations=False,
    ),
    remove_pass=True,
    remove_literal_statements=True,
    combine_imports=False,
    hoist_literals=False,
    rename_locals=True,
    rename_globals=True,
    remove_object_base=True,
    convert_posargs_to_args=True,
    preserve_shebang=False,
    remove_asserts=False,
    remove_debug=False,
    remove_explicit_return_none=True,
    remove_builtin_exception_brackets=True,
    constant_folding=False,
    prefer_single_line=True,
    remove_dead_branches=True,
)


def _print_fstrings_for_311() -> None:
    """On 3.12+ python-minifier prints PEP 701 f-strings (same quotes nested), which 3.11 cannot parse; printing
    them the pre-3.12 way keeps the output runnable on both and identical whichever interpreter packs it."""
    import python_minifier.expression_printer as printer
    import python_minifier.f_string as f_string

    def visit_JoinedStr(self, node):  # noqa: N802 (the library's visitor name)
        self.printer.fstring(str(f_string.OuterFString(node, pep701=False)))

    printer.ExpressionPrinter.visit_JoinedStr = visit_JoinedStr


if sys.version_info >= (3, 12):
    _print_fstrings_for_311()


class PackError(Exception):
    """The input breaks a packer convention; the message names file:line."""


# ---------------------------------------------------------------------------------------------------------------
# Stage 1: prune (AST)
# ---------------------------------------------------------------------------------------------------------------


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _marker(test: ast.expr) -> str | None:
    """'on' if the condition is always true once packed, 'off' if always false, None otherwise.

    Exact AST shapes only: `PACKED`, `not PACKED`, and an and/or whose *first* operand decides it by short-circuit
    (`not PACKED and ...`, `PACKED or ...`), so the operands that are skipped were never evaluated anyway."""
    if _is_name(test, "PACKED"):
        return "on"
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and _is_name(test.operand, "PACKED"):
        return "off"
    if isinstance(test, ast.BoolOp):
        first = _marker(test.values[0])
        if isinstance(test.op, ast.And) and first == "off" and not isinstance(test.values[0], ast.BoolOp):
            return "off"
        if isinstance(test.op, ast.Or) and first == "on" and not isinstance(test.values[0], ast.BoolOp):
            return "on"
    return None


def _is_packed_definition(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id == "PACKED"
    )


def _check_packed_binding(tree: ast.Module, filename: str) -> ast.Assign | None:
    """Return the module-level `PACKED = False`; refuse any other binding of PACKED."""
    definitions = [node for node in tree.body if _is_packed_definition(node)]
    if len(definitions) > 1:
        raise PackError(f"{filename}:{definitions[1].lineno}: PACKED is assigned more than once")
    definition = definitions[0] if definitions else None
    if definition is not None and not (isinstance(definition.value, ast.Constant) and definition.value.value is False):
        raise PackError(f"{filename}:{definition.lineno}: the readable script must say exactly `PACKED = False`")
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        bound: list[str] = []
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            if definition is None or node is not definition.targets[0]:
                bound.append(node.id)
        elif isinstance(node, ast.arg):
            bound.append(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.append(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            bound.extend(node.names)
        elif isinstance(node, ast.alias):
            bound.append(node.asname or node.name.split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.append(node.name)
        if "PACKED" in bound:
            raise PackError(f"{filename}:{line}: PACKED may only be bound once, by `PACKED = False` at module level")
    if definition is None:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and _marker(node.test):
                raise PackError(f"{filename}:{node.lineno}: PACKED marker used but no module-level `PACKED = False`")
    return definition


class _MarkerPruner(ast.NodeTransformer):
    """Delete `if not PACKED:` statements, inline `if PACKED:` bodies, keep every suite non-empty."""

    def __init__(self, filename: str):
        self.filename = filename

    def visit_If(self, node: ast.If):
        kind = _marker(node.test)
        if kind and node.orelse:
            raise PackError(
                f"{self.filename}:{node.lineno}: `if {ast.unparse(node.test)}:` has an else/elif branch; the packer "
                "will not guess which side a record run takes. Split it into `if PACKED:` and `if not PACKED:` blocks."
            )
        if kind == "off":
            return None
        self.generic_visit(node)
        if kind == "on":
            return node.body
        return node

    def generic_visit(self, node: ast.AST) -> ast.AST:
        had_body = {field: bool(getattr(node, field, None)) for field in ("body", "finalbody")}
        super().generic_visit(node)
        for field in ("body", "orelse", "finalbody"):
            suite = getattr(node, field, None)
            if isinstance(suite, list) and suite and isinstance(suite[0], ast.stmt):
                setattr(node, field, _drop_unreachable(suite))
        for field, had in had_body.items():
            if had and not getattr(node, field) and not isinstance(node, ast.Module):
                setattr(node, field, [ast.Pass()])
        return node


def _drop_unreachable(suite: list[ast.stmt]) -> list[ast.stmt]:
    """Cut a suite after its first return/raise/break/continue (what an inlined `if PACKED:` leaves behind).

    Not when the tail holds yield/await/global/nonlocal: those change what the enclosing function is."""
    for i, node in enumerate(suite):
        if isinstance(node, (ast.Return, ast.Raise, ast.Break, ast.Continue)):
            tail = suite[i + 1 :]
            scoping = (ast.Yield, ast.YieldFrom, ast.Await, ast.Global, ast.Nonlocal)
            if any(isinstance(sub, scoping) for stmt in tail for sub in ast.walk(stmt)):
                return suite
            return suite[: i + 1]
    return suite


def _names_loaded(node: ast.AST) -> set[str]:
    """Names a subtree reads: Name loads, augmented/deleted targets, global/nonlocal declarations."""
    names: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and (not isinstance(child.ctx, ast.Store)):
            names.add(child.id)
        elif isinstance(child, ast.AugAssign) and isinstance(child.target, ast.Name):
            names.add(child.target.id)
        elif isinstance(child, (ast.Global, ast.Nonlocal)):
            names.update(child.names)
    return names


def _dotted(node: ast.expr) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Call):
        return _dotted(node.func)
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


def _is_pure(node: ast.expr | None) -> bool:
    """Literals, names and arithmetic on them: evaluating it has no side effect worth keeping."""
    if node is None or isinstance(node, (ast.Constant, ast.Name)):
        return True
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return all(_is_pure(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and _is_pure(k) for k in node.keys) and all(_is_pure(v) for v in node.values)
    if isinstance(node, ast.UnaryOp):
        return _is_pure(node.operand)
    if isinstance(node, ast.BinOp):
        return _is_pure(node.left) and _is_pure(node.right)
    return False


def _keep_names(tree: ast.Module, filename: str) -> list[str]:
    """Names listed in a module-level `KEEP = ("name", ...)`."""
    keep: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "KEEP" for t in node.targets):
            value = node.value
            if not (
                isinstance(value, (ast.Tuple, ast.List))
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts)
            ):
                raise PackError(f"{filename}:{node.lineno}: KEEP must be a tuple of name strings")
            keep.extend(e.value for e in value.elts)
    return keep


def _definition_names(node: ast.stmt) -> set[str] | None:
    """Names bound by a removable top-level statement, or None if it must stay."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        if all(_dotted(d) in PURE_DECORATORS for d in node.decorator_list):
            return {node.name}
        return None
    if isinstance(node, ast.Assign) and _is_pure(node.value):
        if all(isinstance(t, ast.Name) and not t.id.startswith("__") for t in node.targets):
            return {t.id for t in node.targets}
    if isinstance(node, ast.AnnAssign) and node.simple and _is_pure(node.value):
        if not node.target.id.startswith("__"):
            return {node.target.id}
    return None


def _import_binding(node: ast.Import | ast.ImportFrom, alias: ast.alias) -> tuple[str, list[str]]:
    """(bound name, dotted module paths the import makes importable as attributes)."""
    if isinstance(node, ast.Import):
        return alias.asname or alias.name.split(".")[0], [alias.name]
    module = "." * node.level + (node.module or "")
    return alias.asname or alias.name, [module, f"{module}.{alias.name}"]


def _drop_dead_code(tree: ast.Module, keep: list[str]) -> None:
    """Remove unreferenced top-level definitions, pure assignments and imports, to a fixpoint."""
    body = tree.body
    removable: dict[int, set[str]] = {}
    imports: dict[int, list[tuple[ast.alias, str, list[str]]]] = {}
    for i, node in enumerate(body):
        names = _definition_names(node)
        if names is not None:
            removable[i] = names
        elif isinstance(node, (ast.Import, ast.ImportFrom)) and not (
            isinstance(node, ast.ImportFrom) and node.module == "__future__"
        ):
            imports[i] = [(alias, *_import_binding(node, alias)) for alias in node.names if alias.name != "*"]
    live_statements = [node for i, node in enumerate(body) if i not in removable and i not in imports]
    needed = set(keep)
    for node in live_statements:
        needed |= _names_loaded(node)
    live: set[int] = set()
    changed = True
    while changed:
        changed = False
        for i, names in removable.items():
            if i not in live and names & needed:
                live.add(i)
                needed |= _names_loaded(body[i])
                changed = True
    live_nodes = live_statements + [body[i] for i in sorted(live)]
    live_chains = {chain for node in live_nodes for sub in ast.walk(node) if (chain := _dotted_attr(sub))}
    live_packages = {
        paths[0].split(".")[0]
        for aliases in imports.values()
        for alias, name, paths in aliases
        if name in needed and not paths[0].startswith(".")
    }
    new_body = []
    for i, node in enumerate(body):
        if i in removable and i not in live:
            continue
        if i in imports:
            kept = [
                alias
                for alias, name, paths in imports[i]
                if name in needed or not _import_droppable(paths, live_packages, live_chains)
            ]
            kept += [alias for alias in node.names if alias.name == "*"]
            if not kept:
                continue
            node.names = kept
        new_body.append(node)
    tree.body = new_body


def _dotted_attr(node: ast.AST) -> str | None:
    return _dotted(node) if isinstance(node, ast.Attribute) else None


def _import_droppable(paths: list[str], live_packages: set[str], live_chains: set[str]) -> bool:
    """An unused import may go if importing it has no effect the rest of the script can observe."""
    top = paths[0].split(".")[0]
    if not top or top in SIDE_EFFECT_IMPORTS:
        return False
    if top not in sys.stdlib_module_names and top not in live_packages:
        return False
    # `from torch.x import y` also makes `torch.x.y` an attribute: keep it if live code walks that path.
    return not any(chain == p or chain.startswith(p + ".") for p in paths[:2] if "." in p for chain in live_chains)


def _strip_docstrings(tree: ast.Module) -> None:
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                if isinstance(body[0].value.value, str):
                    node.body = body[1:] or ([] if isinstance(node, ast.Module) else [ast.Pass()])


def _is_triton_kernel(node: ast.AST) -> bool:
    return isinstance(node, ast.FunctionDef) and any(_dotted(d) == "triton.jit" for d in node.decorator_list)


def _kernel_names(tree: ast.Module) -> tuple[str, ...]:
    """Global names whose spelling @triton.jit kernels depend on: builtins they call (python-minifier would alias
    them, `A=range`, and Triton refuses a kernel that reads a global that is not a constexpr, a module or another
    kernel) and the names in their argument annotations (Triton's interpreter wants the text `tl.constexpr`)."""
    names = set()
    for k in ast.walk(tree):
        if not _is_triton_kernel(k):
            continue
        names |= {n.id for n in ast.walk(k) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
                  and n.id in dir(builtins)}
        for arg in [*k.args.posonlyargs, *k.args.args, *k.args.kwonlyargs]:
            if arg.annotation is not None:
                names |= {n.id for n in ast.walk(arg.annotation) if isinstance(n, ast.Name)}
    return tuple(sorted(names))


def _kernel_constexprs(tree: ast.Module) -> tuple[str, ...]:
    """Annotated (tl.constexpr) arguments of @triton.jit kernels. python-minifier shortens a much-used argument
    through a local alias (`C=BLOCK_V`), which Triton's interpreter turns into a tensor, no longer a constexpr."""
    return tuple(sorted({
        arg.arg
        for k in ast.walk(tree)
        if _is_triton_kernel(k)
        for arg in [*k.args.posonlyargs, *k.args.args, *k.args.kwonlyargs]
        if arg.annotation is not None
    }))


def _strip_function_annotations(tree: ast.Module) -> None:
    """All function annotations go, except the arguments' of @triton.jit kernels: Triton reads `tl.constexpr` there."""
    for node in ast.walk(tree):
        if _is_triton_kernel(node):
            node.returns = None
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if arg is not None:
                    arg.annotation = None
            if not isinstance(node, ast.Lambda):
                node.returns = None


def _reads_doc(tree: ast.Module) -> bool:
    return any(
        (isinstance(n, ast.Name) and n.id == "__doc__") or (isinstance(n, ast.Attribute) and n.attr == "__doc__")
        for n in ast.walk(tree)
    )


def _reads_annotations(tree: ast.Module) -> bool:
    for n in ast.walk(tree):
        name = n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else None
        if name in RUNTIME_ANNOTATION_READERS or name == "__annotations__":
            if name != "script" or (isinstance(n, ast.Attribute) and _dotted(n.value) in ("jit", "torch.jit")):
                return True
    return False


def _imports_any(tree: ast.Module, modules: set[str]) -> bool:
    for n in ast.walk(tree):
        if isinstance(n, ast.Import) and any(a.name.split(".")[0] in modules for a in n.names):
            return True
        if isinstance(n, ast.ImportFrom) and n.level == 0 and (n.module or "").split(".")[0] in modules:
            return True
    return False


def _annotation_text_names(tree: ast.Module) -> tuple[str, ...]:
    """Names in class-level annotations when annotations are postponed (`from __future__ import annotations`).

    Their text is then data the script can read (`dataclasses.fields(Config)[i].type == "int"`), so renaming
    them, or aliasing the builtin `int`, would change what it reads: python-minifier must leave them alone."""
    postponed = any(
        isinstance(n, ast.ImportFrom) and n.module == "__future__" and any(a.name == "annotations" for a in n.names)
        for n in tree.body
    )
    if not postponed:
        return ()
    names = {
        sub.id
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        for stmt in cls.body
        if isinstance(stmt, ast.AnnAssign)
        for sub in ast.walk(stmt.annotation)
        if isinstance(sub, ast.Name)
    }
    return tuple(sorted(names))


def _rename_blockers(tree: ast.Module, filename: str) -> tuple[str, ...]:
    """python-minifier renames nothing in a module that uses these (it cannot see what they reach)."""
    found = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and n.id in ("exec", "eval", "locals", "globals", "vars"):
            found.append(f"{filename}:{n.lineno}: {n.id}")
        elif isinstance(n, ast.alias) and (n.name == "*" or n.name.split(".")[0] == "timeit"):
            found.append(f"{filename}:{getattr(n, 'lineno', '?')}: import {n.name}")
    return tuple(found)


@dataclass(frozen=True)
class Pruned:
    source: str
    keep: tuple[str, ...]  # names exempt from dead-code removal and renaming
    text_names: tuple[str, ...]  # names whose spelling the script can observe: never renamed
    keep_docstrings: bool  # the script reads __doc__
    keep_annotations: bool  # the script reads function annotations at run time
    triton_kernels: bool  # @triton.jit kernels kept their argument annotations (stage 2 must too)
    kernel_names: tuple[str, ...]  # builtins a kernel calls, names in its annotations (tl): never renamed
    kernel_constexprs: tuple[str, ...]  # constexpr arguments of kernels: never aliased by a shorter local
    needs_source: bool  # register the unpacked source with linecache (inspect.getsource / triton.jit)
    imports_brotli: bool  # brotli may compress the payload: the submission depends on it anyway
    rename_blockers: tuple[str, ...]  # why python-minifier will rename nothing (globals() etc.), for the report


def prune_module(source: str, filename: str = "<input>") -> Pruned:
    """Stage 1: the AST transform (markers, dead code, docstrings, function annotations)."""
    tree = ast.parse(source, filename)
    definition = _check_packed_binding(tree, filename)
    keep = _keep_names(tree, filename)
    tree = _MarkerPruner(filename).visit(tree)
    if definition is not None:
        definition.value = ast.Constant(True)
    keep_docstrings = _reads_doc(tree)
    keep_annotations = _reads_annotations(tree)
    if not keep_docstrings:
        _strip_docstrings(tree)
    if not keep_annotations:
        _strip_function_annotations(tree)
    _drop_dead_code(tree, keep)
    ast.fix_missing_locations(tree)
    return Pruned(
        source=ast.unparse(tree) + "\n",
        keep=tuple(keep),
        text_names=_annotation_text_names(tree),
        keep_docstrings=keep_docstrings,
        keep_annotations=keep_annotations,
        triton_kernels=any(_is_triton_kernel(n) for n in ast.walk(tree)),
        kernel_names=_kernel_names(tree),
        kernel_constexprs=_kernel_constexprs(tree),
        needs_source=_imports_any(tree, {"triton", "inspect"}),
        imports_brotli=_imports_any(tree, {"brotli"}),
        rename_blockers=_rename_blockers(tree, filename),
    )


def prune(source: str, filename: str = "<input>") -> str:
    return prune_module(source, filename).source


# ---------------------------------------------------------------------------------------------------------------
# Stage 2: minify
# ---------------------------------------------------------------------------------------------------------------


def minify(pruned: Pruned | str, filename: str = "<input>", **overrides) -> str:
    """Stage 2: python-minifier with MINIFY_OPTIONS (overrides are for measuring alternatives)."""
    if isinstance(pruned, str):
        pruned = prune_module(pruned, filename)
    options = dict(MINIFY_OPTIONS)
    if pruned.keep_docstrings:
        options["remove_literal_statements"] = False
    if pruned.keep_annotations:
        options["remove_annotations"] = python_minifier.RemoveAnnotationsOptions(
            remove_variable_annotations=True,
            remove_return_annotations=False,
            remove_argument_annotations=False,
            remove_class_attribute_annotations=False,
        )
    elif pruned.triton_kernels:  # stage 1 already removed every other argument annotation
        options["remove_annotations"] = python_minifier.RemoveAnnotationsOptions(
            remove_variable_annotations=True,
            remove_return_annotations=True,
            remove_argument_annotations=False,
            remove_class_attribute_annotations=False,
        )
    options.update(overrides)
    preserve = sorted({*pruned.keep, *pruned.text_names, *pruned.kernel_names})
    text = python_minifier.minify(
        pruned.source,
        filename=filename,
        preserve_globals=preserve,
        preserve_locals=sorted({*pruned.text_names, *pruned.kernel_constexprs}),
        **options,
    )
    text = text.strip("\n") + "\n"
    compile(text, filename, "exec")
    return text


# ---------------------------------------------------------------------------------------------------------------
# Stage 3: compress
# ---------------------------------------------------------------------------------------------------------------
# Brotli quality 11 compresses the minified train_gpt_human.py 3-4 % smaller than the best point of a 96-point LZMA
# grid (format, lc/pb/nice_len), on the script and on variants of it with whole sections removed (bench/NOTES.md);
# its window (lgwin 18-24) changes nothing at this size, and generic and font mode each win on some variants by a few
# dozen bytes, so both are tried. Brotli is a pip package: it is used only when the script imports it itself (for
# the weights), so the submission needs nothing it did not already. A script that does not (the test fixtures) gets
# raw LZMA2 at the settings that won the grid for our script (lc=3 lp=0 pb=0 nice_len=96), from the standard library.

BROTLI_MODES = {"generic": 0, "font": 2}
LZMA_FILTER = dict(id=0x21, preset=9 | lzma.PRESET_EXTREME, dict_size=1 << 22, lc=3, lp=0, pb=0, nice_len=96)
assert lzma.FORMAT_RAW == 3 and lzma.FILTER_LZMA2 == 0x21  # the raw-LZMA2 wrapper hard-codes them
# The wrapper's decompress call per codec: raw LZMA2 keeps lc/lp/pb in its chunk headers, so only the format and the
# filter id are needed (the dictionary, 4 MiB, stays under the raw decoder's default of 8 MiB).
DECOMPRESS = {"brotli": "brotli.decompress({})", "lzma": "lzma.decompress({},3,None,[{{'id':33}}])"}
MAX_PAD = 4


@dataclass(frozen=True)
class Payload:
    codec: str  # "brotli" or "lzma": the module the wrapper imports
    setting: str
    pad: int  # newlines appended to the minified source before compressing (see compress_candidates)
    data: bytes

    def describe(self) -> str:
        return f"{self.codec} {self.setting}" + (f" (+{self.pad} newlines)" if self.pad else "")


def compress_candidates(text: str, use_brotli: bool) -> Iterator[Payload]:
    """Stage 3: the compressed text, smallest first. For the rare payload whose literal cannot be written (a raw
    literal cannot end in a backslash), later candidates append newlines to the source, which changes every byte of
    the payload and nothing the script does."""
    for pad in range(MAX_PAD):
        raw = (text + "\n" * pad).encode("utf-8")
        if use_brotli:
            import brotli

            found = [Payload("brotli", f"quality=11 mode={name}", pad, brotli.compress(raw, mode=mode, quality=11))
                     for name, mode in BROTLI_MODES.items()]
        else:
            data = lzma.compress(raw, format=lzma.FORMAT_RAW, filters=[LZMA_FILTER])
            found = [Payload("lzma", "raw LZMA2 preset 9e lc=3 pb=0 nice_len=96", pad, data)]
        yield from sorted(found, key=lambda p: len(p.data))  # stable: ties keep BROTLI_MODES order


# ---------------------------------------------------------------------------------------------------------------
# Stage 4: encode into a self-extracting wrapper
# ---------------------------------------------------------------------------------------------------------------
# A Python source may not contain NUL, and the tokenizer turns a raw CR into LF, so no literal can use every byte as
# is. The payload is written as one raw str literal of one- and two-byte UTF-8 chars, 7.13 bits per source byte. On
# train_gpt_human.py's payload (17,909 bytes) that wrapper takes 20,268 bytes; the others measured: bijective base
# 126 in ASCII 20,636, base 128 with escapes 21,361, base85 22,461, latin-1 with escapes 27,218 (bench/NOTES.md).

_ASCII_DIGITS = [chr(k + 1 + (k >= 12)) for k in range(126)]  # chars 1..127 except CR, in order


def _mixed_utf8_digits(n: int) -> str:
    """The n-th string, in a fixed order, among all strings of the smallest UTF-8 size that has more than n.

    Chars are the 126 one-byte ones (ASCII but NUL, CR) and the 1920 two-byte ones (U+0080..U+07FF). There are
    f(B) = 126 f(B-1) + 1920 f(B-2) strings of B bytes, so each byte carries log2(139.7) = 7.13 bits, 2% more than
    ASCII alone. Enumerative coding, written last char first so that the decoder runs forward on two counters."""
    a, b, size = 0, 1, 0  # f(size - 1), f(size)
    while b <= n:
        a, b, size = b, 126 * b + 1920 * a, size + 1
    chars = []
    f_r, f_r1 = b, a  # f(r), f(r - 1) for the r bytes still to write
    while size > 0:
        f_r2 = (f_r - 126 * f_r1) // 1920
        if n < 126 * f_r1:
            k, n = divmod(n, f_r1)
            chars.append(_ASCII_DIGITS[k])
            f_r, f_r1, size = f_r1, f_r2, size - 1
        else:
            j, n = divmod(n - 126 * f_r1, f_r2)
            chars.append(chr(128 + j))
            f_r, f_r1, size = f_r2, (f_r1 - 126 * f_r2) // 1920, size - 2
    return "".join(reversed(chars))


def encode_mixed_utf8(payload: bytes) -> tuple[str, str] | None:
    """(setup statements, expression giving the payload bytes), or None when the literal cannot be written."""
    literal = _raw_literal(_mixed_utf8_digits(int.from_bytes(payload, "big")))
    if literal is None:
        return None
    # Per char, for each of its digits x: n += x * f(bytes after it), then f advances one byte. A two-byte char is
    # digit j, then 126 (it comes after all one-byte chars at its position).
    step = "n+=x*b;a,b=b,126*b+1920*a"
    loop = f"for c in {literal}:\n o=ord(c)\n for x in([o-1-(o>13)],[o-128,126])[o>127]:{step}\n"
    return "n=a=0;b=1\n" + loop, f"n.to_bytes({len(payload)})"


def _raw_literal(text: str) -> str | None:
    """A raw triple-quoted literal that reads back as exactly `text`, or None if neither quote style can hold it."""
    for quote in ("'''", '"""'):
        literal = f"r{quote}{text}{quote}"
        if _literal_is(literal, text):
            return literal
    return None


def _literal_is(literal: str, text: str) -> bool:
    try:
        node = ast.parse(literal, mode="eval").body
    except SyntaxError:
        return False
    return isinstance(node, ast.Constant) and node.value == text


def wrapper_source(payload: Payload, needs_source: bool = False) -> str | None:
    """The whole train_gpt.py for one payload, or None if its literal cannot be written."""
    encoded = encode_mixed_utf8(payload.data)
    if encoded is None:
        return None
    setup, data = encoded
    call = DECOMPRESS[payload.codec].format(data)
    if needs_source:
        # exec'd code has co_filename '<string>'; giving linecache its text makes inspect.getsource work.
        run = f"s={call}.decode()\nimport linecache\nlinecache.cache['<string>']=0,None,s.splitlines(1),0\nexec(s)\n"
    else:
        run = f"exec({call})\n"
    return f"import {payload.codec}\n" + setup + run


# ---------------------------------------------------------------------------------------------------------------
# The pipeline and the command line
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Packed:
    input_bytes: int
    pruned: str
    minified: str
    payload: Payload
    final: bytes
    rename_blockers: tuple[str, ...]


def pack_stages(source: str, filename: str = "<input>") -> Packed:
    pruned = prune_module(source, filename)
    minified = minify(pruned, filename)
    for payload in compress_candidates(minified, pruned.imports_brotli):
        text = wrapper_source(payload, pruned.needs_source)
        if text is not None:
            break
    else:
        raise PackError(f"{filename}: no candidate payload could be written as a literal (each has ~1 % odds)")
    final = text.encode("utf-8")
    _verify_wrapper(final, minified + "\n" * payload.pad)
    return Packed(len(source.encode("utf-8")), pruned.source, minified, payload, final, pruned.rename_blockers)


def _verify_wrapper(final: bytes, minified: str) -> None:
    """Decode the wrapper as Python would (with exec stubbed) and check it yields the minified source."""
    text = final.decode("utf-8")
    assert "\0" not in text and "\r" not in text
    compile(text, "train_gpt.py", "exec")
    captured = []
    namespace = {"exec": captured.append, "__name__": "shrink_verify"}
    saved = linecache.cache.get("<string>")  # the wrapper may register the unpacked source there
    try:
        exec(compile(text, "train_gpt.py", "exec"), namespace)
    finally:
        linecache.cache.pop("<string>", None)
        if saved is not None:
            linecache.cache["<string>"] = saved
    got = captured[0]
    assert (got.encode() if isinstance(got, str) else got) == minified.encode("utf-8"), "wrapper round trip failed"


def _cache_path(source: str) -> Path:
    """pack()'s entry for this source, keyed also by this file and the versions of the packages that shape the output,
    so a change to any of them misses the cache."""
    try:
        import brotli

        brotli_version = brotli.version
    except ImportError:
        brotli_version = "none"
    versions = f"{importlib.metadata.version('python-minifier')} {brotli_version} {sys.version_info[:2]}"
    key = hashlib.sha256(b"\0".join([Path(__file__).read_bytes(), versions.encode(), source.encode("utf-8")]))
    return CACHE_DIR / f"{key.hexdigest()}.py"


def _cache_store(source: str, final: bytes) -> None:
    path = _cache_path(source)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, final)  # ranks packing at once never read a half-written entry
        for old in sorted(CACHE_DIR.glob("*.py"), key=lambda f: f.stat().st_mtime)[:-CACHE_ENTRIES]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only checkout packs every time


def pack(source: str, filename: str = "<input>") -> bytes:
    """The bytes of the submitted train_gpt.py for a readable script's source. Cached in CACHE_DIR: the readable
    script packs itself at start-up to count its code bytes, which costs seconds the first time and milliseconds
    after."""
    try:
        return _cache_path(source).read_bytes()
    except OSError:
        pass
    final = pack_stages(source, filename).final
    _cache_store(source, final)
    return final


def report(packed: Packed) -> str:
    stages = [
        ("input", packed.input_bytes, ""),
        ("pruned", len(packed.pruned.encode("utf-8")), "AST: markers, dead code, docstrings, annotations"),
        ("minified", len(packed.minified.encode("utf-8")), "python-minifier"),
        (
            "compressed",
            len(packed.payload.data),
            packed.payload.describe(),
        ),
        ("final", len(packed.final), "mixed-UTF-8 literal + wrapper"),
    ]
    lines = []
    previous = None
    for name, size, note in stages:
        saved = "" if previous is None else f"{size - previous:+,} ({100 * (size - previous) / previous:+.1f}%)"
        lines.append(f"{name:<11}{size:>10,} bytes  {saved:<20} {note}")
        previous = size
    for blocker in packed.rename_blockers:
        lines.append(f"warning: no names were shortened because of {blocker} (python-minifier gives up on it)")
    return "\n".join(lines)


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside `path` and rename into place: a full disk or a kill never leaves a truncated file. (The trainer
    has its own: the submitted script must stand alone, and this file must not import torch.)"""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)  # a build output: rebuilt on demand, so no fsync
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Pack the readable training script into the submitted self-extracting train_gpt.py.",
        epilog="Exit codes: 0 ok, 1 --check found the output stale, 2 the input breaks a packer convention.",
    )
    parser.add_argument("input", nargs="?", default=DEFAULT_INPUT, help=f"readable script (default {DEFAULT_INPUT})")
    parser.add_argument("-o", "--output", default=DEFAULT_OUTPUT, help=f"packed script (default {DEFAULT_OUTPUT})")
    parser.add_argument("--check", action="store_true", help="exit 1 if OUTPUT differs from what would be written")
    args = parser.parse_args(argv)
    try:
        source = Path(args.input).read_text(encoding="utf-8")
        packed = pack_stages(source, args.input)
    except (OSError, SyntaxError, PackError) as exc:
        print(f"shrink: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:  # brotli, when the script imports it
        print(f"shrink: {exc}; install the requirements (pip install -r requirements.txt)", file=sys.stderr)
        return 2
    output = Path(args.output)
    if output.is_dir():
        print(f"shrink: -o {output} is a folder; give the path of the packed script (e.g. {output / DEFAULT_OUTPUT})",
              file=sys.stderr)
        return 2
    if args.check:
        current = output.read_bytes() if output.exists() else None
        if current != packed.final:
            state = "missing" if current is None else "stale"
            fix = (
                FIX_COMMAND
                if (args.input, args.output) == (DEFAULT_INPUT, DEFAULT_OUTPUT)
                else (f"{FIX_COMMAND} {args.input} -o {args.output}")
            )
            print(f"shrink: {output} is {state} for {args.input}; run `{fix}` to regenerate it", file=sys.stderr)
            return 1
        print(f"{output} is up to date ({len(packed.final):,} bytes)")
        return 0
    try:
        write_atomic(output, packed.final)
    except OSError as exc:
        print(f"shrink: cannot write {output} ({exc.strerror or exc}); it was left as it was", file=sys.stderr)
        return 2
    _cache_store(source, packed.final)
    print(report(packed))
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
