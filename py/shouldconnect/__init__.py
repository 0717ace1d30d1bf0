"""Advice engine for "Should I Connect?": pure functions with no browser or clock access.

It lives apart from the page so the same rules run unchanged on CPython (tests),
MicroPython (the PyScript page) and Pyodide (the template engine).
"""
