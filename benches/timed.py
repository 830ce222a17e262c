"""Runs a command and prints its wall-clock seconds and peak memory (MiB),
measured the same way for refctl and its peers.

    python benches/timed.py COMMAND ARGS...
"""
import resource
import subprocess
import sys
import time

started = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - started
if done.returncode != 0:
    sys.exit(f"{sys.argv[1:]} failed with {done.returncode}")
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{seconds:.3f} {peak_kib / 1024:.0f}")
