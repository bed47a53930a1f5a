# Shared by tools/demo and tools/test: make a fresh Debian machine ready and
# build the project. Sourced, not run.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${SECCURE_BUILD_DIR:-$repo/build}

# Installs the Debian packages that are missing (as root), or says which.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "error: missing Debian packages: ${missing[*]}" >&2
    echo "       run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

build_packages=(build-essential cmake pkg-config libgmp-dev libsodium-dev libgcrypt20-dev)

# Configures and builds; the log is shown only when something fails.
configure_and_build() {
  local log
  log=$(mktemp)
  echo "Building in $build_dir ..." >&2
  if ! { cmake -S "$repo" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" &&
         cmake --build "$build_dir" -j"$(nproc)"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "error: the build failed" >&2
    exit 1
  fi
  rm -f "$log"
}
