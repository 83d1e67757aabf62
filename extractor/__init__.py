"""cablex: read U.S. diplomatic cables and extract every figure they report."""

__version__ = "0.1.0"
