#!/usr/bin/env python3
"""Fails when a tracked file refers to a path outside the repository.

A clone must stand on its own: the specs, the generated XML docs (shipped in the packages),
the contracts, the README and the scripts may cite public pages by address and files of this
repository, never a folder beside it or a path on one machine. Every tracked text file is
read, the committed pacts in contracts/pacts included, and three things are reported with
file and line:
  - a relative path (parent-folder steps) that, resolved from the file's own folder, leaves
    the repository;
  - the workplace's shared folder, a sibling of the repository (its seeds, design and style
    notes, hooks);
  - an absolute path into a home or work folder.
The patterns below are assembled from pieces so that this file does not report itself.
Usage: check-repo-paths.py            # checks the repository this script is in
       check-repo-paths.py --self-test # proves each rule catches what it should, and no more
"""
import os
import re
import subprocess
import sys
import tempfile

RELATIVE = re.compile(r"(?:\.\.[/\\])+(?=[A-Za-z0-9_$(])[^\s\"'<>)`|,;]*")
# Split so that this file does not match its own rules.
SHARED = re.compile(r"(?<![A-Za-z0-9_./-])(?:\.\./)*" + "shared" + r"/(?:seeds|DESIGN\.md|STYLE\.md|hooks)\b|\.\./" + "shared" + r"\b")
ABSOLUTE = re.compile(r"(?<![A-Za-z0-9_.~$-])/(?:" + "work|home|root" + r")/")


UP = ".." + "/"


def tracked_files(root):
    out = subprocess.run(["git", "-C", root, "ls-files", "-z"], check=True, capture_output=True).stdout
    return [f for f in out.decode().split("\0") if f]


def problems(root):
    root = os.path.realpath(root)
    for rel in tracked_files(root):
        path = os.path.join(root, rel)
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except (FileNotFoundError, IsADirectoryError):
            continue
        if b"\0" in data[:8192]:
            continue  # binary
        text = data.decode("utf-8", errors="replace")
        folder = os.path.dirname(path)
        for number, line in enumerate(text.splitlines(), 1):
            for match in RELATIVE.finditer(line):
                target = os.path.normpath(os.path.join(folder, match.group(0).replace("\\", "/")))
                if os.path.commonpath([root, target]) != root:
                    yield f"{rel}:{number}: '{match.group(0)}' leaves the repository"
            for match in SHARED.finditer(line):
                yield f"{rel}:{number}: '{match.group(0)}' is the workplace's shared folder, outside the repository"
            for match in ABSOLUTE.finditer(line):
                yield f"{rel}:{number}: '{line[match.start():match.start() + 40].split()[0]}' is an absolute path on one machine"


def self_test():
    bad = {
        "specs/a.yaml": "description: see " + "shared" + "/seeds/notes.txt\n",
        "src/b.cs": "// see " + UP + UP + UP + "shared" + "/x.txt\n",
        "contracts/pacts/c.json": '{"note": "/' + 'work/shared/x"}\n',
        "docs/d.md": "[x](" + UP + UP + "elsewhere/readme.md)\n",
    }
    good = {
        "src/ok/ok.csproj": '<ProjectReference Include="' + UP + UP + 'contracts/x/x.csproj" />\n',
        "docs/ok.md": "[spec](" + UP + "specs/a.yaml) and https://example.com/" + "shared" + "/seeds and \"...\\\"\"\n",
        "build/ok.sh": 'cd "$(dirname "$0")/.."; ls /tmp/x /usr/share/dotnet\n',
    }
    with tempfile.TemporaryDirectory() as repo:
        for name, content in {**bad, **good}.items():
            os.makedirs(os.path.dirname(os.path.join(repo, name)), exist_ok=True)
            with open(os.path.join(repo, name), "w") as handle:
                handle.write(content)
        subprocess.run(["git", "init", "-q", repo], check=True)
        subprocess.run(["git", "-C", repo, "add", "-A"], check=True)
        found = list(problems(repo))
    flagged = {p.split(":", 1)[0] for p in found}
    missed = set(bad) - flagged
    wrong = flagged - set(bad)
    if missed or wrong:
        print("repo-paths self-test failed:")
        for name in sorted(missed):
            print(f"  not reported: {name}")
        for name in sorted(wrong):
            print(f"  reported by mistake: {name}")
        for problem in found:
            print(f"    {problem}")
        return 1
    print(f"repo-paths self-test: {len(bad)} outside references reported, {len(good)} in-repo files left alone")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    found = list(problems(root))
    for problem in found:
        print(f"  {problem}")
    if found:
        print(f"repo-paths: {len(found)} reference(s) to paths outside the repository (cite a public address or a file of this repository)")
        return 1
    print("repo-paths: no tracked file refers to a path outside the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
