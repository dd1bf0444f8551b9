#!/usr/bin/env python3
"""Fails if a campaign's proper noun (a place, faction, force, region or decision-maker's name) appears in src/ or web/."""
import json, pathlib, re, sys

root = pathlib.Path(__file__).resolve().parents[2]
# Words of those names that are also plain English or the format's own vocabulary.
COMMON = {"Empire", "Army", "Decisions", "Councils", "River", "Desert", "Great", "North", "South", "East", "West",
          "Upper", "Lower", "Mount", "Lake", "Gate", "Gates", "Roman", "Persian", "Sasanian", "City", "Roman miles"}


def names(campaign):
    """The campaign's names: of places, factions, forces, map labels and who takes the decisions."""
    out = [p["name"] for p in campaign.get("places", [])]
    out += [f["name"] for f in campaign.get("factions", []) + campaign.get("forces", [])]
    out += [l["text"] for l in campaign.get("labels", [])]
    out.append(campaign.get("decisions_by", {}).get("name", ""))
    return out


def nouns():
    found = set()
    for path in sorted((root / "assets/campaigns").glob("*.json")):
        for name in names(json.loads(path.read_text(encoding="utf-8"))):
            found.update(w for w in re.findall(r"[A-Z][a-z]{3,}", name) if w not in COMMON)
    return found


def main():
    words = nouns()
    assert len(words) > 40, f"too few names read from the campaigns ({len(words)}): has the format changed?"
    pattern = re.compile(r"\b(" + "|".join(sorted(words)) + r")\b")
    hits = []
    for folder in ("src", "web"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in {".cpp", ".h", ".html", ".js", ".mjs", ".css", ".txt"}:
                for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                    if m := pattern.search(line):
                        hits.append(f"{path.relative_to(root)}:{n}: {m.group(1)}: {line.strip()[:100]}")
    print(f"{len(words)} proper nouns of {len(list((root / 'assets/campaigns').glob('*.json')))} campaigns looked for in src/ and web/")
    for h in hits:
        print(h)
    print(f"{0 if hits else 1} passed, {1 if hits else 0} failed")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
