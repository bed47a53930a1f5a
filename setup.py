"""The setuptools half of `pip install .` (pyproject.toml holds the metadata).

The extension seccure._seccure is built by the project's CMake build
(python/CMakeLists.txt, target _seccure) for the Python that runs this
script, in setuptools' temporary directory, and copied where setuptools
packs it. Nothing here compiles by itself: CMake remains the one build.
"""
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        cmake = os.environ.get("CMAKE", "cmake")
        tree = os.path.abspath(os.path.join(self.build_temp, "cmake"))
        os.makedirs(tree, exist_ok=True)
        subprocess.check_call([
            cmake, "-S", HERE, "-B", tree,
            "-DCMAKE_BUILD_TYPE=Release",
            "-DSECCURE_PYTHON=ON",
            "-DSECCURE_BUILD_TESTS=OFF",
            "-DSECCURE_BENCH=OFF",
            "-DSECCURE_PYTHON_EXECUTABLE=" + sys.executable,
        ])
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(min(os.cpu_count() or 1, 4))
        subprocess.check_call([cmake, "--build", tree, "--target", "_seccure", "--parallel", jobs])
        name = os.path.basename(self.get_ext_filename(ext.name))
        built = os.path.join(tree, "python", "seccure", name)
        if not os.path.isfile(built):
            raise RuntimeError("CMake did not build %s (is it built for another Python?)" % built)
        dest = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(built, dest)


setup(
    ext_modules=[Extension("seccure._seccure", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    # setuptools' own scratch space, apart from a CMake build/ tree
    options={"build": {"build_base": os.path.join("build", "setuptools")}},
)
