#!/usr/bin/env bash
# moto's server mode (PyPI moto[server]) in a venv under the cache dir; prints its bin dir.
exec bash "$(dirname "${BASH_SOURCE[0]}")/pyvenv.sh" moto "moto[server]==5.2.5"
