"""Adds verified links to the national guidance articles (region null) of guidance.recipe.json.

Run from the repository root: python3 tools/content/apply_guidance_links.py
Idempotent: a bare domain already inside a link is left alone, and a 'read more' link whose URL is
already in the body is not added again.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from guidance_links import ARTICLE_DOMAINS, ARTICLES, DOMAINS  # noqa: E402

RECIPE = Path("content-recipes/guidance.recipe.json")
READ_MORE = {"fi": "Lue lisää", "sv": "Läs mer", "en": "Read more"}
BARE = ["tyosuojelu.fi/sv", "kela.fi", "fpa.fi", "migri.fi", "dvv.fi", "oph.fi", "vero.fi", "skatt.fi",
        "infofinland.fi", "mieli.fi", "oikeus.fi", "tyosuojelu.fi", "thl.fi", "tyomarkkinatori.fi", "enterfinland.fi",
        "ytj.fi", "muuttoilmoitus.fi", "Suomi.fi", "suomi.fi"] + list(DOMAINS)


def linkify_domains(article_id, lang, body):
    targets = {d: u for d, u in DOMAINS.items()}
    for domain, per_lang in ARTICLE_DOMAINS.get(article_id, {}).items():
        if per_lang.get(lang):
            targets[domain] = per_lang[lang]
    for domain in BARE:
        if domain not in targets:
            continue
        # a bare mention: not inside [..](..), not part of a URL or a longer name; "kela.fi-sivuilla" counts,
        # "Suomi.fi-valtuudet" (a service name) does not
        tail = r"(?![\w/\]])" if domain[0].islower() else r"(?![\w/\]-])"
        pattern = re.compile(r"(?<![\[/.\w-])" + re.escape(domain) + tail)
        body = pattern.sub(lambda m: f"[{m.group(0)}]({targets[domain]})", body)
    return body


def main():
    recipe = json.loads(RECIPE.read_text(encoding="utf-8"))
    articles = [a for s in recipe["steps"] if s["step"] == "guidance" for a in s["articles"]]
    national = [a for a in articles if a["region"] is None]
    missing = [a["id"] for a in national if a["id"] not in ARTICLES]
    if missing:
        sys.exit(f"no links mapped for: {missing}")
    for a in national:
        for lang in ("fi", "sv", "en"):
            body = linkify_domains(a["id"], lang, a["body"][lang])
            lines = [f"- {READ_MORE[lang]}: [{text}]({url})"
                     for text, url in ARTICLES[a["id"]][lang] if f"]({url})" not in body]
            if lines:
                body = body.rstrip("\n") + "\n" + "\n".join(lines)
            a["body"][lang] = body
    unlinked = [(a["id"], lang) for a in national for lang in ("fi", "sv", "en")
                if not re.search(r"\]\(https://", a["body"][lang])]
    if unlinked:
        sys.exit(f"articles without a link: {unlinked}")
    RECIPE.write_text(json.dumps(recipe, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"linked {len(national)} national articles")


if __name__ == "__main__":
    main()
