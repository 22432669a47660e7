# Shared by scripts/demo and scripts/test: make .venv and install raci with EXTRAS into it.
# Idempotent and quiet when everything is in place already.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
  echo "raci needs Python 3.10 or newer (set PYTHON=/path/to/python3.x)" >&2
  exit 2
fi
if [[ ! -x .venv/bin/python ]]; then
  echo "==> creating .venv"
  "$python" -m venv .venv
fi
echo "==> installing raci${EXTRAS:+[$EXTRAS]} into .venv"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${EXTRAS:+[$EXTRAS]}"
