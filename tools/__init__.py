"""The project's build, check and bench tools, run from the repository's root as `python -m tools.NAME`
(the Makefile's targets do). Paths are defined once, in tools/paths.py."""
