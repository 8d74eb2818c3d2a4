# Shared set-up for scripts/run and scripts/test: installs the Debian packages Vigil needs when they
# are missing (as root through apt-get; otherwise prints the exact command) and checks for Swift.
# Sourced, not run: it sets nothing but may exit.

vigil_require_packages() {
  local missing=()
  for package in "$@"; do
    # `dpkg -s` succeeds for a removed package whose configuration files remain ("deinstall ok
    # config-files"); only the status "install ok installed" means the package is there.
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
}

# Installs missing PyPI packages (by distribution name) with pip when run as root; otherwise prints
# the exact command and stops. Debian's own Python refuses a system-wide pip install (PEP 668)
# unless told --break-system-packages, which is tried second.
vigil_require_python_packages() {
  command -v python3 >/dev/null 2>&1 || vigil_require_packages python3
  python3 -m pip --version >/dev/null 2>&1 || vigil_require_packages python3-pip
  local missing=()
  for package in "$@"; do
    python3 -m pip show "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup: installing ${missing[*]} with pip"
    local pip=(python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore)
    "${pip[@]}" "${missing[@]}" 2>/dev/null || "${pip[@]}" --break-system-packages "${missing[@]}"
  else
    echo "setup: these Python packages are missing: ${missing[*]}" >&2
    echo "setup: install them with: python3 -m pip install ${missing[*]}" >&2
    exit 2
  fi
}

# Ralph (ralph-malph on PyPI), the xAPI Learning Record Store the tests send statements to, in its
# own virtual environment (its pinned FastAPI and pydantic stay out of the system Python):
# $VIGIL_RALPH_VENV, .build/ralph-venv by default. Ralph 5.1.0's CLI imports `requests` without
# declaring it, so it is installed beside it. Any user can make the environment (the tests look for
# it at the same path); like the other installs it needs PyPI.
VIGIL_RALPH_VENV=${VIGIL_RALPH_VENV:-.build/ralph-venv}
VIGIL_RALPH_PACKAGES=("ralph-malph[cli,lrs]==5.1.0" requests)
vigil_require_ralph() {
  if "$VIGIL_RALPH_VENV/bin/python" -c "import ralph.api, requests, uvicorn" >/dev/null 2>&1; then
    return 0
  fi
  command -v python3 >/dev/null 2>&1 || vigil_require_packages python3
  echo "setup: installing ${VIGIL_RALPH_PACKAGES[*]} in $VIGIL_RALPH_VENV (the xAPI LRS of the tests)"
  rm -rf "$VIGIL_RALPH_VENV"
  if ! python3 -m venv "$VIGIL_RALPH_VENV" >/dev/null 2>&1; then
    # Debian's Python makes virtual environments only with python3-venv.
    rm -rf "$VIGIL_RALPH_VENV"
    vigil_require_packages python3-venv
    python3 -m venv "$VIGIL_RALPH_VENV"
  fi
  "$VIGIL_RALPH_VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${VIGIL_RALPH_PACKAGES[@]}"
}

vigil_require_swift() {
  if ! command -v swift >/dev/null 2>&1; then
    echo "setup: Swift 6.1 or later is needed; install a toolchain from swift.org and put it on PATH" >&2
    exit 2
  fi
}

# Libraries Vigil links against, and pkg-config to find libxml2, cairo and pango; the fonts the PDF
# certificate names (DejaVu for Latin, Greek, Cyrillic and Arabic; Noto Sans CJK for Chinese,
# Japanese and Korean names).
VIGIL_BUILD_PACKAGES=(pkg-config libxml2-dev libsqlite3-dev libcairo2-dev libpango1.0-dev zlib1g-dev fonts-dejavu-core fonts-noto-cjk)
# Independent tools the tests compare Vigil with: xmllint (libxml2-utils) and the sqlite3 shell; an
# sshd on loopback for the README's ForceCommand recipe; pgrep (procps) for the terminal test;
# pdftotext, pdffonts, pdfinfo and pdftoppm (poppler-utils) read the PDF certificates.
VIGIL_TEST_PACKAGES=(libxml2-utils sqlite3 openssh-server openssh-client procps poppler-utils)
# From PyPI: joserfc checks Vigil's signatures (JWS ES256) and JWK Sets; pexpect drives vigil take on
# a real pseudo-terminal.
VIGIL_TEST_PYTHON_PACKAGES=(joserfc pexpect)
