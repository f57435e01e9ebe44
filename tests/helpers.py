"""Shared by several test modules: running a script as a user would, and a free port for gloo."""

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_script(script: str, timeout: float, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run a repo script with command-line `args` in a subprocess with only the environment a user's shell would bring
    plus `env`: our own variables (all upper case) from the test process must not leak into the run."""
    full = {k: v for k, v in os.environ.items() if not k.isupper() or k in ("PATH", "HOME", "PYTHONPATH")}
    full.update(env)
    return subprocess.run([sys.executable, script, *args], env=full, cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
