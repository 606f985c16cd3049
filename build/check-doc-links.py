#!/usr/bin/env python3
"""Every relative link in README.md and docs/ points at a file that exists, and every page
under docs/ is reachable from README.md by following links (the front door leads everywhere).

--self-test builds a small tree with one broken link and one orphan page and checks that both
are reported, so the check cannot pass by reading nothing."""
import os
import re
import sys
import tempfile

LINK = re.compile(r"\]\(([^)\s#]+)(?:#[^)]*)?\)")


def pages(root):
    found = [os.path.join(root, "README.md")]
    for folder, _, files in os.walk(os.path.join(root, "docs")):
        found += [os.path.join(folder, f) for f in files if f.endswith(".md")]
    return sorted(p for p in found if os.path.exists(p))


def links(page):
    with open(page, encoding="utf-8") as handle:
        text = handle.read()
    for match in LINK.finditer(text):
        target = match.group(1)
        if re.match(r"^[a-z]+:", target):
            continue
        yield os.path.normpath(os.path.join(os.path.dirname(page), target))


def problems(root):
    found = []
    all_pages = pages(root)
    for page in all_pages:
        for target in links(page):
            if not os.path.exists(target):
                found.append(f"{os.path.relpath(page, root)}: broken link to {os.path.relpath(target, root)}")
    reached, todo = set(), [os.path.join(root, "README.md")]
    while todo:
        page = todo.pop()
        if page in reached or not page.endswith(".md") or not os.path.exists(page):
            continue
        reached.add(page)
        todo.extend(links(page))
    for page in all_pages:
        if page not in reached:
            found.append(f"{os.path.relpath(page, root)}: not reachable from README.md")
    return found


def self_test():
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "docs"))
        files = {
            "README.md": "[a](docs/a.md) [gone](docs/gone.md) [web](https://example.com)",
            "docs/a.md": "[back](../README.md)",
            "docs/orphan.md": "nobody links here",
        }
        for name, text in files.items():
            with open(os.path.join(root, name), "w", encoding="utf-8") as handle:
                handle.write(text)
        found = problems(root)
        expected = ["README.md: broken link to docs/gone.md", "docs/orphan.md: not reachable from README.md"]
        if found != expected:
            print(f"doc-links self-test failed: {found}")
            return 1
    print("doc-links self-test: a broken link and an orphan page reported, a web link left alone")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = problems(root)
    for line in found:
        print(line)
    if found:
        return 1
    print(f"doc-links: {len(pages(root))} pages, every link resolves, every page reachable from README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
