#!/bin/sh
# Refreshes core/checks/caniemail.json, the email client support data the template
# checks use (issue 20), from the npm package `caniemail` (MIT; data from
# caniemail.com). Keeps, per feature, the newest tested version of each client.
#   scripts/update-caniemail.sh [VERSION]      (default: the pinned version below)
set -eu
version=${1:-2.0.2}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "caniemail@$version" >/dev/null && tar xzf "caniemail-$version.tgz")
node - "$work/package/data/caniemail.json" "$version" "$root/core/checks/caniemail.json" <<'JS'
const fs = require('fs');
const [input, version, output] = process.argv.slice(2);
const raw = JSON.parse(fs.readFileSync(input, 'utf8'));
const names = raw.nicenames;
const clients = {};
const features = raw.data.map((f) => {
    const support = {};
    const notes = {};
    for (const [family, platforms] of Object.entries(f.stats || {})) {
        for (const [platform, versions] of Object.entries(platforms)) {
            const id = platform === 'outlook-com' ? 'outlook-com' : `${family}-${platform}`;
            clients[id] = `${names.family[family] || family} (${names.platform[platform] || platform})`;
            const tested = Object.values(versions);
            if (!tested.length)
                continue;
            const last = String(tested[tested.length - 1]).trim();
            support[id] = last[0];
            const refs = [...last.matchAll(/#(\d+)/g)].map((m) => (f.notes_by_num || {})[m[1]]).filter(Boolean);
            if (refs.length)
                notes[id] = refs.join(' ');
        }
    }
    return { slug: f.slug, title: f.title, url: f.url, category: f.category, support, notes };
});
const sorted = Object.fromEntries(Object.entries(clients).sort());
const data = {
    source: `npm caniemail ${version} (MIT, © Avi Goldman, Andrew Powell); data from caniemail.com`,
    last_update: raw.last_update_date,
    clients: sorted,
    features,
};
fs.writeFileSync(output, JSON.stringify(data, null, 0) + '\n');
console.log(`${features.length} features, ${Object.keys(sorted).length} clients -> ${output}`);
JS
