#!/usr/bin/python3
"""Fails the build when a string in the lesson's C++ sources holds a
character the font subset lacks (it would draw as an empty box) or a
combining mark such as U+0302 (ImGui draws marks beside their letter, not
over it). Document labels that arrive at run time are checked when decoded.

usage: check_glyphs.py STAMP SOURCE...
"""
import re
import sys

from embed_font import RANGES

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def code_points(literal):
    """The characters a C++ string literal holds, escapes decoded."""
    out = []
    i = 0
    while i < len(literal):
        c = literal[i]
        if c == "\\" and i + 1 < len(literal):
            e = literal[i + 1]
            if e == "u":
                out.append(int(literal[i + 2:i + 6], 16))
                i += 6
                continue
            if e == "U":
                out.append(int(literal[i + 2:i + 10], 16))
                i += 10
                continue
            i += 2  # \n, \", \\ and the like: ASCII
            continue
        out.append(ord(c))
        i += 1
    return out


def main(stamp, *sources):
    covered = lambda cp: any(lo <= cp <= hi for lo, hi in RANGES)
    problems = []
    for path in sources:
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if line.lstrip().startswith(("//", "#include")):
                continue
            line = re.sub(r"'(\\.|[^'\\])'", "''", line)  # char literals such as '"'
            for literal in LITERAL.findall(line):
                for cp in code_points(literal):
                    if cp < 0x20 or cp == 0x7F:
                        continue  # escapes such as \n never reach the screen as glyphs
                    if 0x0300 <= cp <= 0x036F:
                        problems.append(f"{path}:{number}: combining mark U+{cp:04X}, which ImGui cannot stack")
                    elif not covered(cp):
                        problems.append(f"{path}:{number}: U+{cp:04X} is not in the font subset (scripts/embed_font.py)")
    if problems:
        sys.exit("\n".join(problems))
    open(stamp, "w").write("ok\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
