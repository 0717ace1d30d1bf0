"""pytest's side of tests/pure: a test that takes `case` runs once per entry of its module's CASES
table ({"test_name": TABLE}), each named by its case's "name" when it has one. tests/pure/run.py
does the same wherever pytest isn't, on MicroPython first of all."""


def pytest_generate_tests(metafunc):
    if "case" not in metafunc.fixturenames:
        return
    name = metafunc.function.__name__
    cases = getattr(metafunc.module, "CASES", {}).get(name)
    if cases is None:
        raise LookupError("%s takes `case` but its module's CASES has no %r table" % (name, name))
    ids = [case.get("name") if isinstance(case, dict) else None for case in cases]
    metafunc.parametrize("case", cases, ids=ids)
