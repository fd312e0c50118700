"""Benchmarks: ``python -m tests.benchmarks [--quick]`` prints ``name: value unit`` lines.

Not part of the test run: figures are printed, never asserted, and each is
printed beside a baseline measured in the same run.
"""
