"""Tests of batch runs: rosters, the per-student work, resume, the class summary and Dask."""
