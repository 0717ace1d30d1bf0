"""Floor 2's worker: Pyodide is up once this runs."""
