# Sourced by the upload benchmarks: `workspace LEADS` makes (once) a local
# workspace under $dir/home-LEADS holding campaign `bench` with LEADS leads
# and a tenth as many referrers, from the generator of benches/matching.rs,
# and sets REFCTL_HOME, leads_file and referrers_file. Needs $dir and $refctl.
workspace() {
  local leads=$1 people started
  export REFCTL_HOME="$dir/home-$leads"
  mapfile -t people < <(cargo bench --quiet --bench matching -- --generate "$dir" 1 "$leads")
  leads_file=${people[0]} referrers_file=${people[1]}
  if [ ! -f "$REFCTL_HOME/ready" ]; then
    rm -rf "$REFCTL_HOME"
    "$refctl" -q campaigns create Bench --code bench > /dev/null
    "$refctl" -q referrers add --campaign bench --code BENCH --name "Bench" > /dev/null
    "$refctl" -q referrers import "$referrers_file" --campaign bench -o json > /dev/null
    awk 'NR == 1 { print "email,referred_by"; next } { print $0 ",BENCH" }' "$leads_file" > "$dir/leads-import-$leads.csv"
    started=$(date +%s.%N)
    "$refctl" -q leads import "$dir/leads-import-$leads.csv" --campaign bench -o json > /dev/null
    echo "imported $leads leads in $(echo "$(date +%s.%N) - $started" | bc) s" >&2
    touch "$REFCTL_HOME/ready"
  fi
}
