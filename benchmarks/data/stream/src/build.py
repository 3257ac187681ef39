"""Build and validate tune.jsonl / check.jsonl from the part files (src/<half>_*.py)."""
import glob, json, sys, collections, importlib.util, os
KIND2EXP = {"new_story": "alert", "update": "alert", "rehash": "duplicate", "copy": "duplicate",
            "off_topic": "no_match", "trap": "no_match"}
WL = {"treaty-ratification", "arms-transfers", "sanctions"}
KEYS = ["url", "title", "text", "published", "source", "language", "expect", "kind", "watchlists", "story", "note"]

def load(half):
    arts = []
    for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), f"{half}_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        arts += m.ARTS
    out = []
    for (pub, lang, src, url, kind, wl, story, title, text, note) in arts:
        out.append({"url": url, "title": title.strip(), "text": " ".join(text.split()) if "\n\n" not in text else "\n\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
                    "published": pub, "source": src, "language": lang, "expect": KIND2EXP[kind], "kind": kind,
                    "watchlists": wl, "story": story, "note": note})
    out.sort(key=lambda a: a["published"])
    return out

def validate(half, arts, other_stories=()):
    errs = []
    urls = set()
    for i, a in enumerate(arts):
        for k in KEYS:
            if k not in a: errs.append(f"{i} missing {k}")
        if a["url"] in urls: errs.append(f"{i} dup url {a['url']}")
        urls.add(a["url"])
        if KIND2EXP.get(a["kind"]) != a["expect"]: errs.append(f"{i} kind/expect")
        if not set(a["watchlists"]) <= WL: errs.append(f"{i} bad wl {a['watchlists']}")
        if a["kind"] in ("off_topic", "trap") and (a["watchlists"] or a["story"] != "-"): errs.append(f"{i} no_match with wl/story")
        if a["kind"] not in ("off_topic", "trap") and (not a["watchlists"] or a["story"] == "-"): errs.append(f"{i} match without wl/story")
        n = len(a["text"].split())
        if not 80 <= n <= 350: errs.append(f"{i} words={n} {a['url']}")
        if not (len(a["published"]) == 20 and a["published"].endswith("Z")): errs.append(f"{i} date {a['published']}")
    # story order: first article of each non-seed story must be new_story; seed story has no new_story
    seen = {}
    for a in arts:
        s = a["story"]
        if s == "-": continue
        if s not in seen:
            seen[s] = a["kind"]
            if s == "ru-ir-treaty":
                if a["kind"] == "new_story": errs.append("seed story new_story")
            elif a["kind"] != "new_story": errs.append(f"story {s} starts with {a['kind']}")
        elif a["kind"] == "new_story": errs.append(f"story {s} second new_story")
    shared = (set(seen) & set(other_stories)) - {"ru-ir-treaty"}
    if shared: errs.append(f"stories in both halves: {shared}")
    return errs

def counts(arts):
    n = len(arts)
    lang = collections.Counter(a["language"] for a in arts)
    kind = collections.Counter(a["kind"] for a in arts)
    exp = collections.Counter(a["expect"] for a in arts)
    wl = collections.Counter(w for a in arts for w in a["watchlists"])
    kl = collections.Counter((a["kind"], a["language"]) for a in arts)
    return n, lang, kind, exp, wl, kl

if __name__ == "__main__":
    halves = sys.argv[1:] or ["tune", "check"]
    all_stories = {}
    for h in ["tune", "check"]:
        if glob.glob(os.path.join(os.path.dirname(__file__), f"{h}_*.py")):
            all_stories[h] = {a["story"] for a in load(h)}
    for h in halves:
        arts = load(h)
        other = all_stories.get("check" if h == "tune" else "tune", set())
        errs = validate(h, arts, other)
        n, lang, kind, exp, wl, kl = counts(arts)
        nonen = n - lang["en"]
        print(h, n, dict(lang), f"non-en={nonen/n:.0%}", dict(kind), dict(exp), dict(wl))
        if nonen / n < 0.4: errs.append("non-English share < 40%")
        for l in ("ru", "fa", "ar", "de", "fr"):
            if lang[l] == 0: errs.append(f"no {l}")
        for l in ("fa", "ar"):
            if lang[l] < 6: errs.append(f"{l} < 6")
        if n < 80: errs.append("fewer than 80")
        for e in errs: print("  ERR", e)
        if not errs:
            with open(os.path.join(os.path.dirname(__file__), "..", f"{h}.jsonl"), "w", encoding="utf-8") as f:
                for a in arts: f.write(json.dumps(a, ensure_ascii=False) + "\n")
            print("  wrote", h)
