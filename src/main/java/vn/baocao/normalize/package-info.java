/**
 * Stage 2, <b>normalize</b>: Vietnamese text forms for matching.
 *
 * <p>Takes text as read. Gives NFC text, one canonical tone-mark placement ({@code hòa}/{@code hoà}),
 * diacritic-folded keys ({@code đ}→{@code d}) for matching without diacritics, and the decoding of legacy
 * 8-bit encodings (TCVN3, VNI, VIQR) to Unicode ({@link vn.baocao.normalize.LegacyEncoding}: one class per codec
 * and the detector behind it). The original text is kept for display by every caller.
 */
package vn.baocao.normalize;
