/**
 * Text files are UTF-8: content, mapping files and text given to the staff commands. A
 * file saved in another encoding (Windows-1252 is Windows' default for "Text" and "CSV")
 * is refused with how to save it again, rather than read with its å, ä, ö broken.
 */

/** How to save a file as UTF-8, in the programs staff use. */
export const SAVE_AS_UTF8 =
  'spara om den som UTF-8: i Anteckningar Arkiv › Spara som › Kodning: UTF-8, i VS Code klicka på kodningen längst ner till höger › Save with Encoding › UTF-8, i Excel Spara som › CSV UTF-8 (kommaavgränsad)';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * UTF-16 without a byte order mark is valid UTF-8 byte by byte, but every other byte of a
 * Latin text is zero: a text file in UTF-8 has none.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 512);
  const zeros = head.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  return head.length >= 4 && zeros * 4 >= head.length;
}

/** The text of UTF-8 bytes without a leading byte order mark, or undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (looksUtf16(bytes)) return undefined;
  try {
    return strict.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** The message for a file that is not UTF-8, naming the first line that is not. */
export function notUtf8Message(bytes: Uint8Array): string {
  let line = 1;
  let start = 0;
  // A file in UTF-16 is wrong from its first line, however short that line's bytes look.
  const end = looksUtf16(bytes) ? -1 : bytes.length;
  for (let i = 0; i <= end; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    if (decodeUtf8(bytes.subarray(start, i)) === undefined) break;
    line++;
    start = i + 1;
  }
  return `filen är inte sparad som UTF-8 (första felet på rad ${line}), så å, ä och ö skulle bli fel: ${SAVE_AS_UTF8}`;
}
