// Bluesky's own rich-text detection (@atproto/api RichText, pinned) as the
// oracle for Chorus's facets: reads a JSON array of texts on stdin, prints a
// JSON array with, for each text, its tag and link facets
// ([{"kind":"tag"|"link","byteStart":…,"byteEnd":…,"value":…}]).
import { RichText } from '@atproto/api';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = JSON.parse(input).map((text) => {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const facets = [];
  for (const facet of rt.facets ?? []) {
    for (const feature of facet.features) {
      const kind = feature.$type.split('#')[1];
      if (kind === 'tag' && !feature.tag.startsWith('$'))
        facets.push({ kind, byteStart: facet.index.byteStart, byteEnd: facet.index.byteEnd, value: feature.tag });
      else if (kind === 'link')
        facets.push({ kind, byteStart: facet.index.byteStart, byteEnd: facet.index.byteEnd, value: feature.uri });
    }
  }
  return facets;
});
process.stdout.write(JSON.stringify(out) + '\n');
