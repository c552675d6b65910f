"""Only the optional C extension lives here; everything else is declared in pyproject.toml.

`optional=True`: without a C compiler the build warns and gongmun falls back to its pure-Python
record walk (same output, slower; see converters/hwp5/accel.py)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "gongmun.converters.hwp5._accel",
            ["converters/hwp5/_accel.c"],
            optional=True,
            extra_compile_args=["-O2"],
        )
    ]
)
