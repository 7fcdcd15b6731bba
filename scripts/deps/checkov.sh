#!/usr/bin/env bash
# checkov (PyPI) in a venv under the cache dir; prints its bin dir.
exec bash "$(dirname "${BASH_SOURCE[0]}")/pyvenv.sh" checkov "checkov==3.3.30"
