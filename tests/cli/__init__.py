"""Tests of the ``pionex`` command line (pionex_cli), against the sandbox."""
