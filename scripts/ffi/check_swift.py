#!/usr/bin/env python3
"""Checks the generated Swift bindings without a Swift toolchain.

    check_swift.py --swift-dir target/ffi-bindings/swift --lib target/debug/libdateline_ffi.so \
        bindings/ffi/tests/bindings/DatelineTests.swift

1. Every .swift file (the generated module and the tests) parses with tree-sitter-swift, with
   no ERROR or MISSING node.
2. The C header compiles with `gcc -fsyntax-only` (clang's nullability qualifiers defined away).
3. The header and the library agree: every `uniffi_*`/`ffi_*` function the header declares is
   exported by the library (nm -D), and every such symbol the library exports is declared.
4. Every FFI function the Swift module calls is declared in the header; the modulemap names it.
5. The library answers the contract version and API checksums that the Swift module checks at
   start-up (called through ctypes), so the bindings match this build of the library.
6. Every type the tests name exists in the generated module or the standard libraries.

Prints one line per failure and ends with `N passed, M failed`; exits 1 on any failure.
"""

import argparse
import ctypes
import re
import subprocess
import sys
from pathlib import Path

import tree_sitter_swift
from tree_sitter import Language, Parser

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name} {detail}".rstrip())


# tree-sitter-swift 0.7 cannot parse an attribute alone inside `#if … #endif` before the
# declaration it applies to, a construct UniFFI emits (and Swift accepts) for every helper type.
# It is blanked out, keeping line numbers, before parsing.
DOC_ATTRIBUTE = re.compile(rb"#if swift\(>=5\.8\)\n[ \t]*@_documentation\(visibility: private\)\n#endif\n")


def parse_swift(path):
    parser = Parser(Language(tree_sitter_swift.language()))
    source = DOC_ATTRIBUTE.sub(b"\n\n\n", path.read_bytes())
    return parser.parse(source)


def syntax_problems(tree):
    problems = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            kind = "missing " + node.type if node.is_missing else "error"
            row, col = node.start_point
            problems.append(f"{kind} at {row + 1}:{col + 1}")
        elif node.has_error:
            stack.extend(node.children)
    return problems


def type_names(tree, source):
    names = set()
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "type_identifier":
            names.add(source[node.start_byte : node.end_byte].decode())
        elif node.type == "call_expression" and node.children[0].type == "simple_identifier":
            # `Pipeline()`, `Options(published: …)`: initializer calls name types too.
            name = source[node.children[0].start_byte : node.children[0].end_byte].decode()
            if name[:1].isupper() and not name.startswith("XCT"):
                names.add(name)
        stack.extend(node.children)
    return names


# Types of the Swift standard library, Foundation and XCTest that the tests may name.
KNOWN_TYPES = {
    "Array", "Bool", "Character", "Data", "Dictionary", "DispatchQueue", "Double", "Error",
    "Int", "Int32", "Int64", "Optional", "ProcessInfo", "Set", "StaticString", "String",
    "Substring", "UInt", "UInt32", "UInt64", "URL", "UTF16", "XCTSkip", "XCTestCase",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--swift-dir", type=Path, required=True)
    ap.add_argument("--lib", type=Path, required=True)
    ap.add_argument("tests", type=Path, nargs="*")
    args = ap.parse_args()

    module = args.swift_dir / "Dateline.swift"
    header = args.swift_dir / "DatelineFFI.h"
    modulemap = args.swift_dir / "DatelineFFI.modulemap"
    for f in (module, header, modulemap, args.lib):
        check(f"exists: {f.name}", f.is_file(), str(f))
    if failed:
        return finish()

    # 1. Syntax.
    trees = {}
    for path in [module, *args.tests]:
        tree = parse_swift(path)
        trees[path] = tree
        problems = syntax_problems(tree)
        check(f"tree-sitter-swift parses {path.name}", not problems, "; ".join(problems[:5]))

    # 2. The header compiles.
    cc = subprocess.run(
        ["gcc", "-fsyntax-only", "-std=c11", "-Wall", "-Wextra", "-Werror", "-x", "c",
         "-D_Nullable=", "-D_Nonnull=", "-D_Null_unspecified=", "-I", str(args.swift_dir), "-"],
        input='#include "DatelineFFI.h"\n#include "DatelineFFI.h"\n', capture_output=True, text=True,
    )
    check("gcc -fsyntax-only DatelineFFI.h", cc.returncode == 0, cc.stderr.strip()[:2000])

    # 3. Header declarations == library exports.
    header_text = header.read_text()
    declared = set(re.findall(r"\b((?:uniffi|ffi)_\w+)\s*\(", header_text))
    check("the header declares FFI functions", len(declared) > 10, str(len(declared)))
    nm = subprocess.run(["nm", "-D", "--defined-only", str(args.lib)], capture_output=True, text=True)
    check("nm -D reads the library", nm.returncode == 0, nm.stderr.strip())
    exported = {line.split()[-1] for line in nm.stdout.splitlines() if line.strip()}
    crate_exports = {s for s in exported if re.match(r"(uniffi|ffi)_dateline_ffi_", s)}
    missing = sorted(declared - exported)
    check("every function the header declares is exported", not missing, ", ".join(missing[:10]))
    undeclared = sorted(crate_exports - declared)
    check("every FFI symbol the library exports is declared", not undeclared, ", ".join(undeclared[:10]))

    # 4. The Swift module calls only declared functions; the modulemap names the header.
    module_text = module.read_text()
    called = set(re.findall(r"\b((?:uniffi|ffi)_dateline_ffi_\w+)\s*\(", module_text))
    check("the Swift module calls FFI functions", len(called) > 10, str(len(called)))
    unknown = sorted(called - declared)
    check("every FFI function the Swift module calls is declared", not unknown, ", ".join(unknown[:10]))
    check("the modulemap names the header", 'header "DatelineFFI.h"' in modulemap.read_text())
    check("the Swift module imports DatelineFFI", re.search(r"import DatelineFFI\b", module_text) is not None)

    # 5. Contract version and checksums, as the Swift module checks them at start-up.
    lib = ctypes.CDLL(str(args.lib.resolve()))
    m = re.search(r"bindings_contract_version = (\d+)", module_text)
    contract = getattr(lib, "ffi_dateline_ffi_uniffi_contract_version")
    contract.restype = ctypes.c_uint32
    check("contract version", m is not None and int(m.group(1)) == contract(),
          f"swift {m and m.group(1)}, library {contract()}")
    sums = re.findall(r"if \((uniffi_dateline_ffi_checksum_\w+)\(\) != (\d+)\)", module_text)
    check("the Swift module checks API checksums", len(sums) >= 4, str(len(sums)))
    wrong = []
    for name, expected in sums:
        fn = getattr(lib, name)
        fn.restype = ctypes.c_uint16
        if fn() != int(expected):
            wrong.append(f"{name}: swift {expected}, library {fn()}")
    check("API checksums match the library", not wrong, "; ".join(wrong))

    # 6. Types the tests name exist.
    declared_types = set(re.findall(r"^(?:public |open )*(?:struct|enum|class|protocol) (\w+)", module_text, re.M))
    for path in args.tests:
        names = type_names(trees[path], path.read_bytes())
        own = set(re.findall(r"\b(?:struct|enum|class|protocol) (\w+)", path.read_text()))
        unknown = sorted(names - declared_types - own - KNOWN_TYPES)
        check(f"{path.name} names only known types", not unknown, ", ".join(unknown))
    return finish()


def finish():
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
