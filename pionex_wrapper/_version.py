"""The distribution's version, in one place: setuptools reads it for the package metadata
(``[tool.setuptools.dynamic]`` in pyproject.toml) and ``pionex_wrapper.__version__`` is it.

What a change of Pionex's API means for this number is in CHANGELOG.md ("Versioning").
"""

__version__ = "0.1.0"
