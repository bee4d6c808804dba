/**
 * A file's bytes as base64, for terms:verify-pdf (no paths cross IPC: the renderer reads a dropped
 * or chosen file itself). Chunked, because String.fromCharCode with a whole PDF's bytes as
 * arguments overflows the call stack.
 */
const chunk = 0x8000;

export function base64FromBytes(buffer: ArrayBuffer | Uint8Array): string {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}
