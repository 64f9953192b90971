/**
 * An encrypting Lucene {@code Directory} for the index of an encrypted case. It follows the design of the Solr
 * sandbox encryption module (each file encrypted on its own, with its random per-file parameters in a header, and a
 * seekable input whose clones and slices read independently), but with integrity: each file is Tink's AES-GCM-HKDF
 * streaming AEAD in 4 KiB segments, every segment authenticated on read and the last one marked as last, so a changed
 * or cut-off ciphertext fails as a {@code CorruptIndexException} instead of reaching Lucene as other plaintext. Lucene's
 * own checksums still run, over the plaintext. File names, sizes (to within the overhead) and the pattern of reads are
 * not hidden.
 */
package org.redress.search.crypto;
