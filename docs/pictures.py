"""The README's pictures, drawn from the bundled base: run again whenever the base changes.

    python docs/pictures.py            # rewrites docs/*.png
    python docs/pictures.py --out DIR  # somewhere else (the test suite checks it works)

Needs the charts extra (pip install ".[charts]").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# file name -> the conv command line that draws it (the README shows these commands)
PICTURES = {
    "network.png": ["network", "--width", "1000"],
    "network-industrie.png": ["network", "--ministry", "industrie", "--width", "900"],
    "timeline.png": ["timeline", "--width", "1000"],
    "timeline-type.png": ["timeline", "--by", "type", "--width", "900"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, command in PICTURES.items():
        target = args.out / name
        done = subprocess.run([sys.executable, "-m", "conventions_cli", *command, "-o",
                               str(target)], check=False)
        if done.returncode != 0:
            return done.returncode
        print(f"{target}: conv {' '.join(command)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
