#!/usr/bin/env bash
# The Python package's tests, run by `mvn verify` (modules/bridge, integration-test phase) against the
# packaged bridge: a virtual environment under TARGET (no system site-packages), the package installed
# into it with pip from this folder, then pytest. Without python3, venv or pip the tests are skipped
# with the reason printed; torch and ray are optional, and the tests that need them skip without them.
# Usage: run-tests.sh TARGET [pytest arguments...]
set -euo pipefail
target=$1
shift
here=$(cd "${BASH_SOURCE[0]%/*}" && pwd)
skip() { echo "cloudrl_gym: Python tests skipped: $*"; exit 0; }

command -v python3 >/dev/null || skip "python3 is not on PATH"
python3 -c 'import venv, ensurepip' 2>/dev/null || skip "python3 has no venv or ensurepip module (Debian: apt-get install python3-venv)"
venv=$target/venv
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv" || skip "python3 -m venv $venv failed"
fi
pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)
"${pip[@]}" --version >/dev/null 2>&1 || skip "pip is not available in the virtual environment"
# --retries 0: an index that cannot be reached is passed over at once instead of retried for minutes
"${pip[@]}" install --retries 0 numpy 'gymnasium>=1.0' pytest 2> >(grep -v "^WARNING: Location" >&2)
"${pip[@]}" install --retries 0 torch 2> >(grep -v "^WARNING: Location" >&2) || echo "cloudrl_gym: torch could not be installed; the PPO test will be skipped"
"${pip[@]}" install --retries 0 ray 2> >(grep -v "^WARNING: Location" >&2) || echo "cloudrl_gym: ray could not be installed; the Ray test will be skipped"
"${pip[@]}" install --retries 0 --force-reinstall --no-deps "$here" 2> >(grep -v "^WARNING: Location" >&2)
rm -rf "$here/build" "$here"/*.egg-info

cd "$here"
exec "$venv/bin/python" -m pytest -p no:cacheprovider -q -rs "$@" tests
