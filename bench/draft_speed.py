"""How long `conv draft` takes on a long article, model load included.

usage: python bench/draft_speed.py [WORDS]   (default 5000; the target is under 5 s)

The article is made of invented press paragraphs repeated to the length asked; each run
is a fresh `conv draft` process, so spaCy's import and the model's load are counted.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPHS = [
    "Le ministère de l'Agriculture et la Fédération des producteurs d'agrumes (FPA) ont signé, "
    "mardi à Berkane, une convention-cadre de 240 millions de dirhams pour la période "
    "2025-2029, qui prévoit la création de 1.300 emplois directs d'ici 2029.",
    "Selon un communiqué du ministère, la première convention porte sur une station de "
    "conditionnement, la deuxième sur un réseau d'irrigation localisée et la troisième sur la "
    "formation des techniciens de la filière, en partenariat avec l'Office régional.",
    "Le président de la fédération, Nadia Berrada, a rappelé que les exportations de la "
    "filière ont atteint 3 milliards de dirhams l'an dernier, en hausse de 12%.",
    "La cérémonie s'est tenue en marge du Salon « Agrumes du Nord », en présence du wali de la "
    "région de l'Oriental et de plusieurs élus de la province.",
]


def article(words: int) -> str:
    out: list[str] = []
    count = 0
    while count < words:
        for paragraph in PARAGRAPHS:
            out.append(paragraph)
            count += len(paragraph.split())
    return "\n\n".join(out) + "\n"


def main() -> int:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    text = article(words)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(text, encoding="utf-8")
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "conventions_cli", "--quiet", "draft",
                            str(path), "--published-on", "2025-03-12"], check=True,
                           capture_output=True)
            timings.append(time.perf_counter() - start)
    print(f"conv draft on {len(text.split())} words: median "
          f"{statistics.median(timings):.2f} s (runs: "
          + ", ".join(f"{t:.2f}" for t in timings) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
