// Reads the CSV files out of a zip archive (the usual bundle for a OneRoster
// export) with the browser's own DecompressionStream, so no inflate code has
// to ship in the WebAssembly. Runs inside the import worker.
//
// unzipCsvFiles(file) resolves to [{ name, text }] for every .csv entry, or
// rejects with an Error whose message says what is wrong with the archive.

const textOf = async (bytes, method) => {
  if (method === 0) return new TextDecoder().decode(bytes);
  if (method !== 8) throw new Error(`it uses a compression method (${method}) this page cannot read`);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
};

export async function unzipCsvFiles(file) {
  const buf = new Uint8Array(await file.arrayBuffer());
  const view = new DataView(buf.buffer);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('it is not a zip archive, or it is damaged');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (at === 0xffffffff || count === 0xffff) throw new Error('it is a ZIP64 archive, which this page cannot read');

  const files = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new Error('its table of contents is damaged');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(buf.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;

    const base = name.split('/').pop();
    if (!base.toLowerCase().endsWith('.csv') || base.startsWith('.')) continue;
    if (flags & 1) throw new Error(`${name} is encrypted`);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    files.push({ name: base, text: await textOf(buf.subarray(dataAt, dataAt + size), method) });
  }
  if (files.length === 0) throw new Error('it holds no CSV files');
  return files;
}
