"""Tests for shrink.py, the packer that turns train_gpt_human.py into the submitted train_gpt.py (CPU, fast)."""

from __future__ import annotations

import ast
import lzma
import os
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import shrink  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "shrink"
SAMPLE = FIXTURES / "sample.py"


def dedent(source: str) -> str:
    return textwrap.dedent(source).lstrip("\n")


def run_python(args: list[str], env_extra: dict[str, str] | None = None, python: str = sys.executable):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIXTURE_")}
    env.update(env_extra or {})
    return subprocess.run([python, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


# --------------------------------------------------------------------------------------------------------------
# Determinism
# --------------------------------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """pack() caches its outputs: each test gets an empty cache of its own, never the checkout's."""
    monkeypatch.setattr(shrink, "CACHE_DIR", tmp_path / "shrink_cache")


def test_packing_twice_gives_identical_bytes():
    source = SAMPLE.read_text(encoding="utf-8")
    assert shrink.pack_stages(source).final == shrink.pack_stages(source).final


def test_packing_is_independent_of_hash_seed():
    script = ("import sys, shrink; "
              "sys.stdout.buffer.write(shrink.pack_stages(open(sys.argv[1], encoding='utf-8').read()).final)")
    outputs = set()
    for seed in ("0", "1", "12345"):
        result = subprocess.run(
            [sys.executable, "-c", script, str(SAMPLE)],
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
        )
        assert result.returncode == 0, result.stderr.decode()
        outputs.add(result.stdout)
    assert outputs == {shrink.pack(SAMPLE.read_text(encoding="utf-8"))}


# --------------------------------------------------------------------------------------------------------------
# Stage 1: markers
# --------------------------------------------------------------------------------------------------------------


def test_if_not_packed_is_removed_and_packed_becomes_true():
    source = dedent(
        """
        PACKED = False

        def f(x):
            if not PACKED:
                print("debug", x)
            if PACKED:
                x += 1
            return x, PACKED

        print(f(1))
        """
    )
    pruned = shrink.prune(source)
    tree = ast.parse(pruned)
    assert "debug" not in pruned
    assigns = [n for n in tree.body if isinstance(n, ast.Assign)]
    assert ast.unparse(assigns[0]) == "PACKED = True"
    body = tree.body[1].body
    assert ast.unparse(body[0]) == "x += 1"  # `if PACKED:` replaced by its body
    assert len(body) == 2


def test_unread_packed_flag_is_dropped():
    pruned = shrink.prune("PACKED = False\nif not PACKED:\n    print('debug')\nprint('run')\n")
    assert pruned.strip() == "print('run')"


@pytest.mark.parametrize(
    "condition",
    [
        "not PACKED_X",
        "not cfg.packed",
        "PACKED and x",
        "x and not PACKED",
        "x or PACKED",
        "not PACKED or x",
        "PACKED and not x",
        "(not PACKED or x) and x",
        "not not PACKED",
        "(not PACKED) == True",
        "PACKED is False",
        "not PACKED()",
        "not packed",
        "x",
    ],
)
def test_similar_looking_conditions_are_not_removed(condition):
    source = dedent(
        f"""
        PACKED = False
        PACKED_X = packed = False
        x = True
        cfg = print

        def main():
            if {condition}:
                print("kept")
            return PACKED

        main()
        """
    )
    pruned = shrink.prune(source)
    assert "print('kept')" in pruned
    assert f"if {ast.unparse(ast.parse(condition, mode='eval'))}:" in pruned


@pytest.mark.parametrize(
    ("condition", "taken"),
    [("not PACKED and side_effect()", False), ("PACKED or side_effect()", True), ("not PACKED and x and y", False)],
)
def test_short_circuit_markers_are_decided_by_their_first_operand(condition, taken):
    source = f"PACKED = False\nx = y = 1\n\ndef side_effect():\n    return 1\n\nif {condition}:\n    print('body')\n"
    pruned = shrink.prune(source)
    assert ("print('body')" in pruned) is taken
    assert "side_effect" not in pruned  # never evaluated once packed, so the helper is dead too


def test_while_not_packed_is_not_a_marker():
    source = "PACKED = False\nwhile not PACKED:\n    PACKED_SEEN = 1\n    break\nprint(PACKED)\n"
    assert "while not PACKED" in shrink.prune(source)


@pytest.mark.parametrize(
    "branch",
    [
        "if not PACKED:\n    a()\nelse:\n    b()\n",
        "if not PACKED:\n    a()\nelif x:\n    b()\n",
        "if PACKED:\n    a()\nelse:\n    b()\n",
        "if x:\n    pass\nelif not PACKED:\n    a()\nelse:\n    b()\n",
        "if not PACKED and x:\n    a()\nelse:\n    b()\n",
    ],
)
def test_marked_branch_with_else_is_refused(branch):
    source = "PACKED = False\nx = 1\n\n\ndef f():\n" + textwrap.indent(branch, "    ") + "\nf()\n"
    with pytest.raises(shrink.PackError) as info:
        shrink.prune(source, "script.py")
    message = str(info.value)
    assert message.startswith("script.py:")
    line = int(message.split(":")[1])
    assert "PACKED" in source.splitlines()[line - 1]
    assert "else/elif" in message


@pytest.mark.parametrize(
    "source",
    [
        "PACKED = True\n",
        "PACKED = False\nPACKED = False\n",
        "PACKED = False\ndef f(PACKED):\n    return PACKED\n",
        "PACKED = False\ndef f():\n    PACKED = 1\n    return PACKED\n",
        "PACKED = False\nfor PACKED in range(2):\n    pass\n",
        "if not PACKED:\n    print(1)\n",
    ],
)
def test_packed_must_be_a_single_false_module_constant(source):
    with pytest.raises(shrink.PackError):
        shrink.prune(source)


def test_marked_blocks_are_removed_in_every_kind_of_suite():
    source = dedent(
        """
        PACKED = False

        class A:
            if not PACKED:
                debug = 1

        def f():
            for i in range(2):
                if not PACKED:
                    continue
            try:
                if not PACKED:
                    pass
            finally:
                if not PACKED:
                    print("x")
            with open(__file__) as fh:
                if not PACKED:
                    fh.read()
            return A
        f()
        """
    )
    pruned = shrink.prune(source)
    assert "PACKED" not in pruned and "debug" not in pruned and "print" not in pruned
    compile(pruned, "<pruned>", "exec")  # emptied suites got a `pass`


def test_code_after_inlined_return_is_dropped_but_not_a_generator_tail():
    source = dedent(
        """
        PACKED = False

        def size():
            if PACKED:
                return 1
            import shrink
            return shrink.pack("")

        def gen():
            if PACKED:
                return
            yield 1

        print(size(), list(gen()))
        """
    )
    pruned = shrink.prune(source)
    assert "import shrink" not in pruned
    assert "yield 1" in pruned


# --------------------------------------------------------------------------------------------------------------
# Stage 1: dead code, docstrings, annotations
# --------------------------------------------------------------------------------------------------------------


def _top_level_names(source: str) -> set[str]:
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update(a.asname or a.name.split(".")[0] for a in node.names)
    return names


def test_dead_definitions_are_removed_to_a_fixpoint():
    source = dedent(
        """
        import json
        import subprocess
        import numpy as np
        import torch
        import torch.distributed as dist
        from torch.backends.cuda import enable_flash_sdp

        KEEP = ("by_string",)
        LIMIT = 3
        ONLY_DEAD_USES_ME = {"a": 1}

        def decorate(fn):
            return fn

        @decorate
        def used_through_decorator():
            return LIMIT

        def unused():
            return helper_a()

        def helper_a():
            return helper_b() + ONLY_DEAD_USES_ME["a"] + subprocess.DEVNULL

        def helper_b():
            return helper_a()

        def by_string():
            return 1

        def registers(fn):
            return fn

        @registers
        def kept_for_its_decorator():
            return 0

        @dataclass
        class UnusedData:
            x: int = 0

        def main():
            print(json.dumps(used_through_decorator()), torch.backends.cuda.matmul)

        if __name__ == "__main__":
            main()
        """
    )
    names = _top_level_names(shrink.prune(source))
    assert {"main", "used_through_decorator", "decorate", "by_string", "LIMIT", "json", "torch"} <= names
    assert {"registers", "kept_for_its_decorator"} <= names  # unknown decorator: may register itself
    assert "np" in names  # a third-party import nothing else imports may have side effects
    assert "enable_flash_sdp" in names  # live code walks torch.backends.cuda
    removed = {"unused", "helper_a", "helper_b", "UnusedData", "ONLY_DEAD_USES_ME", "subprocess", "dist", "KEEP"}
    assert not removed & names


def test_referenced_helper_is_kept_and_unreferenced_one_removed():
    source = "def used():\n    return 1\n\ndef unused():\n    return 2\n\nprint(used())\n"
    names = _top_level_names(shrink.prune(source))
    assert "used" in names and "unused" not in names


def test_helper_used_only_as_a_decorator_is_kept():
    source = "def deco(f):\n    return f\n\n@deco\ndef g():\n    return 1\n\nprint(g())\n"
    assert {"deco", "g"} <= _top_level_names(shrink.prune(source))


def test_keep_names_survive_pruning_and_renaming():
    minified = shrink.minify(SAMPLE.read_text(encoding="utf-8"))
    assert "def looked_up_by_name(" in minified  # KEEP: reached only through getattr(module, "...")
    assert "def main(" not in minified  # other top-level names are shortened


def test_keep_must_list_strings():
    with pytest.raises(shrink.PackError):
        shrink.prune("KEEP = (main,)\n")


def test_docstrings_go_unless_the_script_reads_doc():
    source = '"""Module doc."""\n\ndef f():\n    """Function doc."""\n    return 1\n\nprint(f())\n'
    assert "doc" not in shrink.prune(source)
    reads = '"""Module doc."""\nprint(__doc__)\n'
    assert "Module doc." in shrink.prune(reads)


def test_function_annotations_go_but_dataclass_fields_keep_theirs():
    source = dedent(
        """
        from dataclasses import dataclass

        @dataclass(frozen=True)
        class Config:
            width: int = 4
            name: str = "x"

        def f(cfg: Config, *args: int, scale: float = 1.0, **kw: str) -> int:
            local: int = cfg.width
            return local

        print(f(Config()))
        """
    )
    minified = shrink.minify(source)
    assert "width:int=4" in minified and "name:str=" in minified
    assert "float" not in minified and "->" not in minified and "local:" not in minified


def test_runtime_annotation_readers_keep_function_annotations():
    source = "import torch\n\n@torch.jit.script\ndef f(x: torch.Tensor, n: int) -> torch.Tensor:\n    return x * n\n"
    assert "n: int" in shrink.prune(source)


def test_triton_kernels_keep_what_triton_reads():
    """Kernel argument annotations (tl.constexpr) stay, the `tl` they name and the builtins a kernel calls keep their
    names, and a constexpr argument is never aliased through a shorter local; other functions lose all of it."""
    source = dedent(
        """
        import triton
        import triton.language as tl

        @triton.jit
        def kernel(x_ptr, n, BLOCK: tl.constexpr) -> None:
            for i in range(0, n, BLOCK):
                tl.store(x_ptr + i + tl.arange(0, BLOCK), tl.zeros([BLOCK], tl.float32) - float("inf"))

        def other(value: float, BLOCK: int = 4) -> float:
            return float(value) + BLOCK + len(range(BLOCK)) + BLOCK

        print(kernel, other(1.0), range(3), float(2))
        """
    )
    minified = shrink.minify(source)
    assert "BLOCK:tl.constexpr" in minified and "->" not in minified and "value:" not in minified
    assert "range(0,n,BLOCK)" in minified and "float('inf')" in minified
    assert "=BLOCK" not in minified


# --------------------------------------------------------------------------------------------------------------
# Stage 4: the literal (round trip on random bytes)
# --------------------------------------------------------------------------------------------------------------


def _decode(payload: bytes) -> bytes | None:
    encoded = shrink.encode_mixed_utf8(payload)
    if encoded is None:
        return None
    setup, expression = encoded
    source = setup + f"out = {expression}\n"
    raw = source.encode("utf-8")  # valid UTF-8 by construction; the tokenizer must accept it as is
    assert b"\0" not in raw and b"\r" not in raw
    namespace: dict = {}
    exec(compile(raw, "<wrapper>", "exec"), namespace)
    return namespace["out"]


def test_literal_round_trips_random_bytes():
    rng = random.Random("shrink-mixed-utf8")
    lengths = [*range(0, 300), 1000, 4096, 20000]
    unwritable = 0
    for n in lengths:
        payload = rng.randbytes(n)
        decoded = _decode(payload)
        if decoded is None:
            unwritable += 1  # a literal ending in a backslash etc.: pack() moves on to the next payload
            continue
        assert decoded == payload, n
    assert unwritable <= 0.03 * len(lengths)


@pytest.mark.parametrize(
    "payload",
    [b"", b"\0", b"\0\0\x01", b"\r\n\\'\"", bytes(range(256)), b"\xff" * 50, b"'''" * 20, b'"""' * 20, b"\\" * 9],
)
def test_literal_round_trips_edge_bytes(payload):
    decoded = _decode(payload)
    assert decoded is None or decoded == payload


def test_literal_uses_one_and_two_byte_chars_only():
    text = shrink._mixed_utf8_digits(int.from_bytes(random.Random(1).randbytes(20000), "big"))
    allowed = {chr(i) for i in range(1, 0x800)} - {"\r"}
    assert set(text) <= allowed and max(text) > "\x7f" and "\x7f" in text
    assert len(text.encode("utf-8")) < 1.125 * 20000  # 7.13 bits per byte: 8 / 7.1266 = 1.1226


def test_unwritable_payload_falls_back_to_next_candidate(monkeypatch):
    real = shrink.encode_mixed_utf8
    refused = []

    def refuse_first(payload):  # as if the smallest payload's literal ended in a backslash
        if not refused:
            refused.append(payload)
        return None if payload == refused[0] else real(payload)

    monkeypatch.setattr(shrink, "encode_mixed_utf8", refuse_first)
    packed = shrink.pack_stages(SAMPLE.read_text(encoding="utf-8"))  # verifies the round trip, padding included
    assert refused and packed.payload.data != refused[0] and packed.payload.pad == 1


# --------------------------------------------------------------------------------------------------------------
# The whole wrapper
# --------------------------------------------------------------------------------------------------------------


def _pack_file(source: Path, out: Path) -> Path:
    out.write_bytes(shrink.pack(source.read_text(encoding="utf-8"), str(source)))
    return out


def test_wrapper_is_utf8_python_that_behaves_like_the_script(tmp_path):
    packed = _pack_file(SAMPLE, tmp_path / "train_gpt.py")
    raw = packed.read_bytes()
    text = raw.decode("utf-8")
    compile(text, str(packed), "exec")
    assert "\r" not in text and "\0" not in text
    for env in ({}, {"FIXTURE_WIDTH": "7"}):
        direct = run_python([str(SAMPLE)], env)
        wrapped = run_python([str(packed)], env)
        assert direct.returncode == 0 and wrapped.returncode == 0, wrapped.stderr
        assert wrapped.stdout == direct.stdout
        assert '"main": "__main__"' in direct.stdout and '"file_exists": true' in direct.stdout
        assert "debug" in direct.stderr and "debug" not in wrapped.stderr  # the `if not PACKED:` block is gone
    assert len(raw) < 0.5 * len(SAMPLE.read_bytes())


def _find_python312() -> str | None:
    candidates = [
        shutil.which("python3.12"),
        *map(str, sorted(Path.home().glob(".pyenv/versions/3.12*/bin/python3.12"))),
    ]
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "--version"], capture_output=True, text=True)
        if probe.returncode == 0 and probe.stdout.startswith("Python 3.12"):
            return candidate
    return None


PY312 = _find_python312()


@pytest.mark.skipif(PY312 is None, reason="no python3.12 on this machine (the record machine runs 3.12)")
def test_wrapper_runs_on_python312(tmp_path):
    packed = _pack_file(SAMPLE, tmp_path / "train_gpt.py")
    direct = run_python([str(SAMPLE)])
    wrapped = run_python(["-W", "error", str(packed)], python=PY312)
    assert wrapped.returncode == 0, wrapped.stderr
    assert wrapped.stdout == direct.stdout


@pytest.mark.parametrize("python", [sys.executable, PY312], ids=["current", "py312"])
def test_inspect_getsource_works_in_the_wrapper(tmp_path, python):
    if python is None:
        pytest.skip("no python3.12 on this machine")
    script = tmp_path / "script.py"
    script.write_text("import inspect\n\ndef kernel(x):\n    return x + 1\n\nprint(inspect.getsource(kernel)[:10])\n")
    packed = _pack_file(script, tmp_path / "train_gpt.py")
    result = run_python([str(packed)], python=python)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("def ")  # the (renamed) kernel's minified source


def test_brotli_compresses_only_a_script_that_imports_it(tmp_path):
    pytest.importorskip("brotli")
    body = "def main():\n    print(sum(range(10)), X)\n\nif __name__ == '__main__':\n    main()\n"
    plain = shrink.pack_stages("X = 'ok'\n" + body)
    assert plain.payload.codec == "lzma" and plain.final.startswith(b"import lzma\n")  # no new dependency
    script = tmp_path / "script.py"
    script.write_text("import brotli\n\nX = brotli.decompress(brotli.compress(b'ok'))\n" + body)
    packed = shrink.pack_stages(script.read_text())
    assert packed.payload.codec == "brotli" and packed.final.startswith(b"import brotli\n")
    out = tmp_path / "train_gpt.py"
    out.write_bytes(packed.final)
    assert run_python([str(out)]).stdout == run_python([str(script)]).stdout == "45 b'ok'\n"


def test_lzma_raw_decoder_needs_only_the_filter_id():
    text = SAMPLE.read_text(encoding="utf-8")
    payload = next(shrink.compress_candidates(text, use_brotli=False))
    assert lzma.decompress(payload.data, 3, None, [{"id": 33}]).decode() == text


def test_pack_is_cached_by_content(monkeypatch):
    source = SAMPLE.read_text(encoding="utf-8")
    first = shrink.pack(source)
    assert first == shrink.pack_stages(source).final and len(list(shrink.CACHE_DIR.glob("*.py"))) == 1

    def no_packing(*args):
        raise AssertionError("packed again")

    monkeypatch.setattr(shrink, "pack_stages", no_packing)
    assert shrink.pack(source) == first  # served from the cache
    with pytest.raises(AssertionError, match="packed again"):
        shrink.pack(source + "\n# edited\n")  # another input misses


# --------------------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------------------


def test_cli_help():
    result = run_python(["shrink.py", "--help"])
    assert result.returncode == 0 and "--check" in result.stdout


def test_cli_writes_reports_and_checks(tmp_path):
    out = tmp_path / "train_gpt.py"
    result = run_python(["shrink.py", str(SAMPLE), "-o", str(out)])
    assert result.returncode == 0, result.stderr
    for stage in ("input", "pruned", "minified", "compressed", "final"):
        assert stage in result.stdout
    assert out.read_bytes() == shrink.pack(SAMPLE.read_text(encoding="utf-8"))
    assert run_python(["shrink.py", str(SAMPLE), "-o", str(out), "--check"]).returncode == 0
    out.write_bytes(out.read_bytes() + b"\n")
    stale = run_python(["shrink.py", str(SAMPLE), "-o", str(out), "--check"])
    assert stale.returncode == 1
    assert f"python shrink.py {SAMPLE} -o {out}" in stale.stderr


def test_cli_refuses_a_broken_convention(tmp_path):
    script = tmp_path / "script.py"
    script.write_text("PACKED = False\nif not PACKED:\n    a = 1\nelse:\n    a = 2\n")
    result = run_python(["shrink.py", str(script), "-o", str(tmp_path / "out.py")])
    assert result.returncode == 2
    assert f"{script}:2:" in result.stderr
    assert not (tmp_path / "out.py").exists()


def test_cli_refuses_a_folder_as_output(tmp_path):
    result = run_python(["shrink.py", str(SAMPLE), "-o", str(tmp_path)])
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"shrink: -o {tmp_path} is a folder") and list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_output(tmp_path, monkeypatch):
    out = tmp_path / "train_gpt.py"
    out.write_bytes(b"old packed script")

    def disk_full(path, data):  # half the bytes land, then the disk is full
        with open(path, "wb") as f:
            f.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    assert shrink.main([str(SAMPLE), "-o", str(out)]) == 2
    monkeypatch.undo()
    assert out.read_bytes() == b"old packed script" and [p.name for p in tmp_path.iterdir()] == ["train_gpt.py"]


# --------------------------------------------------------------------------------------------------------------
# The committed submission
# --------------------------------------------------------------------------------------------------------------


def test_committed_train_gpt_is_up_to_date():
    human = ROOT / shrink.DEFAULT_INPUT
    if not human.exists():
        pytest.skip(f"{shrink.DEFAULT_INPUT} does not exist yet")
    committed = ROOT / shrink.DEFAULT_OUTPUT
    expected = shrink.pack(human.read_text(encoding="utf-8"), str(human))
    assert committed.exists(), f"{shrink.DEFAULT_OUTPUT} is missing: run `{shrink.FIX_COMMAND}`"
    assert committed.read_bytes() == expected, (
        f"{shrink.DEFAULT_OUTPUT} is stale for {shrink.DEFAULT_INPUT}: run `{shrink.FIX_COMMAND}` and commit it"
    )
