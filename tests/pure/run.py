"""Runs tests/pure without pytest, on any Python: MicroPython (tests/micropython/run.mjs) or CPython.

    python tests/pure/run.py

Imports every test_*.py module of this folder and calls each of its test_ functions, once per case
for one that takes `case` (its module's CASES table, as conftest.py gives them to pytest). Prints
one line per failure (the test, the case, the line that failed and the error) and ends with
"<implementation>: N passed, M failed"; exits with an error if any failed. Plain Python, in the
subset both interpreters run.
"""

import io
import os
import sys


def _absolute(path):
    """The path from the root, "." and ".." resolved (MicroPython may have no os.path)."""
    if not path.startswith("/"):
        path = os.getcwd().rstrip("/") + "/" + path
    parts = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part and part != ".":
            parts.append(part)
    return "/" + "/".join(parts)


HERE = _absolute(__file__).rsplit("/", 1)[0]
TESTS = HERE.rsplit("/", 1)[0]
ROOT = TESTS.rsplit("/", 1)[0]
# This folder, tests/ (rule_cases.py), the repository's root (tools, on CPython) and py/ (the package).
SEARCH = (HERE, TESTS, ROOT, ROOT + "/py")


def _traceback(error):
    out = io.StringIO()
    if hasattr(sys, "print_exception"):
        sys.print_exception(error, out)
    else:
        import traceback

        traceback.print_exception(type(error), error, error.__traceback__, file=out)
    return out.getvalue()


def _failed_line(error):
    """ "file.py:12: the line" for the innermost frame in this folder, read back from its file."""
    found = None
    for line in _traceback(error).splitlines():
        line = line.strip()
        if line.startswith('File "') and '", line ' in line:
            path, rest = line[len('File "') :].split('", line ', 1)
            if _absolute(path).startswith(HERE + "/"):
                found = (path, int(rest.split(",")[0]))
    if found is None:
        return "?"
    path, number = found
    with open(path, encoding="utf-8") as file:
        source = file.read().split("\n")
    # MicroPython names the last line of an assert spread over several: show its first.
    start = number
    while isinstance(error, AssertionError) and start > 1 and not source[start - 1].strip().startswith("assert"):
        if source[start - 1].strip().startswith("def "):
            start = number
            break
        start -= 1
    return "%s:%d: %s" % (path.rsplit("/", 1)[-1], start, source[start - 1].strip())


def _run(label, test, arguments):
    """Call one test; on an error print one line about it. True when it passed."""
    try:
        test(*arguments)
        return True
    except Exception as error:  # One failing test must not hide the others.
        message = type(error).__name__ + (": " + str(error).replace("\n", " ") if str(error) else "")
        print("FAIL %s: %s %s" % (label, _failed_line(error), message))
        return False


def _case_name(case, index):
    if isinstance(case, dict) and "name" in case:
        return case["name"]
    return "case%d" % index


def _calls(module_name):
    """(label, test, arguments) for every call one module asks for, or raises what importing it raised."""
    module = __import__(module_name)
    cases = getattr(module, "CASES", {})
    calls = []
    for name in sorted(dir(module)):
        test = getattr(module, name)
        if not name.startswith("test_") or not callable(test):
            continue
        label = module_name + "." + name
        if name in cases:
            calls += [(label + "[" + _case_name(case, i) + "]", test, (case,)) for i, case in enumerate(cases[name])]
        else:
            calls.append((label, test, ()))
    return calls


def main():
    for folder in SEARCH:
        if folder not in sys.path:
            sys.path.insert(0, folder)
    passed = failed = 0
    for file_name in sorted(os.listdir(HERE)):
        if not (file_name.startswith("test_") and file_name.endswith(".py")):
            continue
        try:
            calls = _calls(file_name[: -len(".py")])
        except Exception as error:
            print("FAIL %s: importing it raised %s: %s" % (file_name, type(error).__name__, error))
            failed += 1
            continue
        for label, test, arguments in calls:
            if _run(label, test, arguments):
                passed += 1
            else:
                failed += 1
    print("%s: %d passed, %d failed" % (sys.implementation.name, passed, failed))
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
