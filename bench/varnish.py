"""Varnish in front of gunicorn on loopback, with the site's VCL (site/config/varnish/sotayso.vcl): for the bench's
figures through the proxy and for tests/core/test_varnish.py.

    process = start_varnish(backend_port=8000, listen_port=6081)
    ...  # readers on process.listen_port; PURGE and BAN only on process.purge_port
    stop(process)

varnishd runs in the foreground (-F) as the current user, with its working directory, the rendered VCL and its
shared memory in a temporary folder that stop() removes, 32 MB of memory for objects, and nothing of the system's
own Varnish (/etc/varnish, ports 6081 and 6091 as a service) touched."""

import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VCL = REPO / "site" / "config" / "varnish" / "sotayso.vcl"
BACKEND_PORT = re.compile(r'(backend gunicorn \{[^}]*?\.port = ")(\d+)(";)', re.S)


def find_varnishd():
    """The varnishd program (Debian puts it in /usr/sbin, which is not on every user's PATH), or None."""
    found = shutil.which("varnishd")
    if found:
        return found
    return "/usr/sbin/varnishd" if Path("/usr/sbin/varnishd").exists() else None


def render_vcl(backend_port):
    """The site's VCL with gunicorn on `backend_port` of 127.0.0.1: varnishd takes -b or -f, never both."""
    text, count = BACKEND_PORT.subn(rf"\g<1>{int(backend_port)}\g<3>", VCL.read_text(encoding="utf-8"))
    if count != 1:
        raise RuntimeError(f"{VCL} should name the gunicorn backend's port once, on one line")
    return text


def start_varnish(backend_port, listen_port, purge_port=None, timeout=30):
    """varnishd on 127.0.0.1:`listen_port` in front of gunicorn on 127.0.0.1:`backend_port`, once it accepts
    connections, with the VCL's purge listener (the only one that takes PURGE and BAN) on 127.0.0.1:`purge_port`
    (a free port when not given). The process carries both ports: .listen_port and .purge_port. Raises RuntimeError
    (with varnishd's own words) when it cannot start."""
    purge_port = int(purge_port) if purge_port is not None else free_port()
    varnishd = find_varnishd()
    if varnishd is None:
        raise RuntimeError("varnishd is not installed: apt-get install varnish")
    folder = Path(tempfile.mkdtemp(prefix="sotayso-varnish-"))
    vcl = folder / "sotayso.vcl"
    vcl.write_text(render_vcl(backend_port), encoding="utf-8")
    folder.chmod(0o755)  # run as root, varnishd's compiler drops to its own user and must read the VCL
    vcl.chmod(0o644)
    log = (folder / "varnishd.log").open("w+", encoding="utf-8")
    process = subprocess.Popen(
        [
            varnishd,
            "-F",
            "-n",
            str(folder / "work"),
            "-a",
            f"127.0.0.1:{int(listen_port)}",
            "-a",
            f"purge=127.0.0.1:{purge_port}",
            "-T",
            "127.0.0.1:0",
            "-f",
            str(vcl),
            "-s",
            "malloc,32m",
            # One small thread pool: a bench on two cores, not a production host.
            "-p",
            "thread_pools=1",
            "-p",
            "thread_pool_min=10",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    process.sotayso_folder = folder
    process.sotayso_log = log
    process.listen_port = int(listen_port)
    process.purge_port = purge_port
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            for port in (process.listen_port, process.purge_port):
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    pass
            return process
        except OSError:
            time.sleep(0.1)
    log.seek(0)
    output = log.read()
    stop(process)
    raise RuntimeError(f"varnishd did not start on 127.0.0.1:{listen_port} (purges on {purge_port}):\n{output}")


def stop(process):
    """Stops varnishd (its manager and child) and removes its temporary folder."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    process.sotayso_log.close()
    shutil.rmtree(process.sotayso_folder, ignore_errors=True)


def free_port():
    """A loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
