"""Tests of the ``pionex`` command line (pionex_cli), end to end against the sandbox."""
