#!/usr/bin/env python3
"""Checks what a NuGet user sees in every package of a feed folder (build/pack-and-consume.sh):

- the readme: <readme> in the nuspec, and that file, not empty, in the package;
- the license: an SPDX expression or a license file that is in the package;
- the repository: <repository type="git" url="https://github.com/..." commit="<sha>">;
- symbols: a .snupkg beside the .nupkg, holding a PDB for each of the package's own
  assemblies (<id>.dll), and each PDB carrying Source Link that maps its documents to the
  repository at that same commit (a debugger then fetches the exact sources).

  python3 build/check-packages.py FEED          # every .nupkg in FEED
  python3 build/check-packages.py --self-test FEED  # proves broken packages are caught

Exits 1 with one line per problem, naming the package and what is missing.
"""
import io
import json
import pathlib
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

REPOSITORY = "https://github.com/authclients/authclients"
RAW = "https://raw.githubusercontent.com/authclients/authclients/"


def nuspec_of(archive: zipfile.ZipFile):
    names = [n for n in archive.namelist() if n.endswith(".nuspec") and "/" not in n]
    if len(names) != 1:
        return None
    root = ET.fromstring(archive.read(names[0]))
    # The nuspec namespace changes with the schema version: match local names only.
    metadata = next((e for e in root if e.tag.rsplit("}", 1)[-1] == "metadata"), None)
    if metadata is None:
        return None
    return {e.tag.rsplit("}", 1)[-1]: e for e in metadata}


def source_link_of(pdb: bytes):
    """The Source Link JSON of a portable PDB. It is a custom debug information blob, stored
    uncompressed, so the document map can be found in the file's bytes."""
    match = re.search(rb'\{"documents":\{.*?\}\}', pdb)
    if not match:
        return None
    try:
        return json.loads(match.group(0))
    except ValueError:
        return None


def check_package(nupkg: pathlib.Path) -> list[str]:
    problems = []
    name = nupkg.name

    def problem(text):
        problems.append(f"{name}: {text}")

    with zipfile.ZipFile(nupkg) as archive:
        meta = nuspec_of(archive)
        if meta is None:
            return [f"{name}: no readable .nuspec"]
        files = set(archive.namelist())
        package_id = meta["id"].text if "id" in meta else nupkg.stem

        readme = meta.get("readme")
        if readme is None or not (readme.text or "").strip():
            problem("no <readme> in the nuspec (set PackageReadmeFile and pack the README.md beside the project)")
        elif readme.text.replace("\\", "/") not in files:
            problem(f"the nuspec names readme '{readme.text}' but the package does not contain it")
        elif not archive.read(readme.text.replace("\\", "/")).strip():
            problem(f"the readme '{readme.text}' is empty")

        lic = meta.get("license")
        if lic is None or not (lic.text or "").strip():
            problem("no <license> in the nuspec (PackageLicenseExpression or PackageLicenseFile)")
        elif lic.get("type") == "file" and lic.text not in files:
            problem(f"the license file '{lic.text}' is not in the package")

        repo = meta.get("repository")
        commit = repo.get("commit", "") if repo is not None else ""
        if repo is None:
            problem("no <repository> in the nuspec")
        else:
            if repo.get("url") != REPOSITORY:
                problem(f"repository url is '{repo.get('url')}', expected {REPOSITORY} (RepositoryUrl, PublishRepositoryUrl)")
            if not re.fullmatch(r"[0-9a-f]{40}", commit):
                problem(f"repository commit is '{commit}', expected the built commit's SHA")

        own_dlls = [f for f in files if f.lower().endswith(".dll") and pathlib.PurePosixPath(f).stem == package_id]
        if not own_dlls:
            problem(f"no {package_id}.dll in the package")

    snupkg = nupkg.with_suffix(".snupkg")
    if not snupkg.exists():
        problem(f"no {snupkg.name} beside it (IncludeSymbols, SymbolPackageFormat=snupkg)")
        return problems
    with zipfile.ZipFile(snupkg) as symbols:
        symbol_files = set(symbols.namelist())
        for dll in own_dlls:
            pdb_name = dll[: -len(".dll")] + ".pdb"
            if pdb_name not in symbol_files:
                problem(f"{snupkg.name} has no {pdb_name} for {dll}")
                continue
            link = source_link_of(symbols.read(pdb_name))
            if link is None:
                problem(f"{pdb_name} in {snupkg.name} carries no Source Link (the debugger cannot fetch its sources)")
                continue
            targets = list(link.get("documents", {}).values())
            expected = RAW + commit + "/"
            if not targets or not all(t.startswith(expected) for t in targets):
                problem(f"{pdb_name}: Source Link maps to {targets}, expected {expected}*")
    return problems


def check_feed(feed: pathlib.Path) -> list[str]:
    packages = sorted(feed.glob("*.nupkg"))
    if not packages:
        return [f"no .nupkg in {feed}"]
    problems = []
    for nupkg in packages:
        found = check_package(nupkg)
        problems += found
        if not found:
            print(f"  checked {nupkg.name}: readme, license, repository, {nupkg.with_suffix('.snupkg').name} with Source Link")
    return problems


def rewritten(source: pathlib.Path, target: pathlib.Path, drop=(), edit=None):
    """Copies a package, leaving out the entries in drop and passing each entry through edit."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in drop:
                continue
            data = src.read(item.filename)
            dst.writestr(item, edit(item.filename, data) if edit else data)


def self_test(feed: pathlib.Path) -> int:
    """Each way a package can lose what a user sees must be reported: if the check stopped
    seeing one, the real run would pass while proving nothing."""
    nupkg = next(iter(sorted(feed.glob("AuthClients.Core.*.nupkg"))), None)
    if nupkg is None:
        print(f"packages self-test: no AuthClients.Core package in {feed} to break")
        return 1
    snupkg = nupkg.with_suffix(".snupkg")
    cases = {
        "readme removed": ("README.md", lambda d: rewritten(nupkg, d / nupkg.name, drop={"README.md"})),
        "symbols package missing": (".snupkg beside it", lambda d: shutil.copy(nupkg, d / nupkg.name)),
        "repository url missing": ("repository url", lambda d: (
            rewritten(nupkg, d / nupkg.name, edit=lambda n, b: re.sub(rb' url="[^"]*"', b"", b) if n.endswith(".nuspec") else b),
            shutil.copy(snupkg, d / snupkg.name))),
        "no Source Link in the PDB": ("carries no Source Link", lambda d: (
            shutil.copy(nupkg, d / nupkg.name),
            rewritten(snupkg, d / snupkg.name, edit=lambda n, b: b.replace(b'{"documents"', b'{"xocuments"') if n.endswith(".pdb") else b))),
    }
    failed = 0
    for case, (expected, make) in cases.items():
        with tempfile.TemporaryDirectory() as tmp:
            work = pathlib.Path(tmp)
            make(work)
            problems = check_feed_quiet(work)
            if not any(expected in p for p in problems):
                print(f"packages self-test: {case}: NOT reported (got {problems})")
                failed = 1
            else:
                print(f"packages self-test: {case}: reported")
    return failed


def check_feed_quiet(feed: pathlib.Path) -> list[str]:
    stdout, sys.stdout = sys.stdout, io.StringIO()
    try:
        return check_feed(feed)
    finally:
        sys.stdout = stdout


def main(argv: list[str]) -> int:
    if argv[:1] == ["--self-test"]:
        return self_test(pathlib.Path(argv[1]))
    if len(argv) != 1:
        print(__doc__)
        return 2
    problems = check_feed(pathlib.Path(argv[0]))
    for p in problems:
        print(f"  PACKAGE CHECK FAILED: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
