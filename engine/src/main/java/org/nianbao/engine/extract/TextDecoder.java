package org.nianbao.engine.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * Decodes the bytes of a text file: a BOM decides; otherwise strict UTF-8 is tried, then strict
 * GB18030 (a superset of GBK and GB2312). Nothing is assumed: bytes valid in neither are reported.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Decoded text and the charset that was detected. */
    public record Decoded(String text, String charset) {
    }

    public static Decoded decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)"), "UTF-8 (BOM)");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            String s = tryDecode(bytes, 0, utf16);
            if (s == null) {
                throw new UnreadableInputException("encoding", "文件看起来是 " + utf16.name() + " 编码（没有 BOM），但内容含有无效字节");
            }
            return new Decoded(s, utf16.name() + "（无 BOM）");
        }
        String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String gb = tryDecode(bytes, 0, Charset.forName("GB18030"));
        if (gb != null) {
            if (looksLikeBig5(bytes)) {
                throw new UnreadableInputException("encoding",
                        "文件是繁体中文 Big5 编码，不是简体中文的 UTF-8 或 GB18030/GBK；"
                                + "政府信息公开工作年度报告应为简体中文，请转换为 UTF-8 简体中文后再检查");
            }
            return new Decoded(gb, "GB18030");
        }
        throw new UnreadableInputException("encoding",
                "无法识别文本编码：既不是有效的 UTF-8，也不是有效的 GB18030/GBK");
    }

    /**
     * Decodes bytes that declare their charset (an HTML page's {@code <meta charset>}): a BOM still
     * decides; then the declared charset, strictly; when the label is unknown or the bytes are not valid
     * in it, the declaration is set aside with a note and the charset is detected as in
     * {@link #decode(byte[])}. {@code declared} may be null (nothing declared).
     */
    public static Declared decode(byte[] bytes, String declared) throws UnreadableInputException {
        List<String> notes = new ArrayList<>();
        if (bomCharset(bytes) == null && declared != null) {
            Charset cs = charsetForLabel(declared);
            if (cs != null) {
                String s = decodeStrictly(bytes, cs);
                if (s != null) {
                    return new Declared(s, List.of("编码：" + cs.name() + "（页面声明 " + declared + "）"));
                }
                notes.add("页面声明编码 " + declared + "，但内容不符合该编码，改为自动识别");
            } else {
                notes.add("页面声明了无法识别的编码 " + declared + "，改为自动识别");
            }
        }
        Decoded d = decode(bytes);
        notes.add("编码：" + d.charset());
        return new Declared(d.text(), List.copyOf(notes));
    }

    /** Text decoded under a declared charset, and the notes that say which charset was used and why. */
    public record Declared(String text, List<String> notes) {
    }

    /** The charset a byte-order mark names (UTF-8, UTF-16LE/BE), or null without one. */
    public static Charset bomCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The charset for a declared label (an HTML {@code <meta charset>}, say), or null when unknown.
     * GB2312, GBK and their aliases are read as GB18030, their superset (pages labelled GB2312 use GBK
     * characters all the time).
     */
    public static Charset charsetForLabel(String label) {
        String name = label.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("gb18030") || name.equals("x-gbk")
                || name.equals("cp936") || name.equals("euc-cn")) {
            return Charset.forName("GB18030");
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The bytes decoded strictly in {@code cs} (malformed or unmappable input is an error), or null. */
    public static String decodeStrictly(byte[] bytes, Charset cs) {
        return tryDecode(bytes, 0, cs);
    }

    /**
     * UTF-16 without a byte-order mark, recognised by its NUL-byte pattern: the ASCII characters of a
     * report (digits, spaces, line breaks, punctuation) put a NUL in the high byte, so NULs sit almost
     * only at odd offsets (little-endian) or only at even ones (big-endian). Null when the pattern is
     * not there.
     */
    public static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 8) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = n / 2;
        int nuls = Math.max(even, odd);
        int stray = Math.min(even, odd);
        // at least 3 NULs and 5 % of the characters, four in five on one parity (the other parity's NULs are
        // CJK characters such as 一 U+4E00 whose low byte is 0)
        if (nuls < 3 || nuls * 20 < pairs || stray * 4 > nuls) {
            return null;
        }
        return odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /**
     * True when bytes that decode as GB18030 are more likely Big5 (traditional Chinese): GB-encoded
     * Chinese text uses GB2312's double-byte range (both bytes 0xA1–0xFE) almost exclusively, while
     * Big5 puts about a third of its characters' second byte in 0x40–0x7E, which GB18030 reads as rare
     * extension characters. Big5 must also decode strictly.
     */
    static boolean looksLikeBig5(byte[] bytes) {
        int doubles = 0;
        int outsideGb2312 = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x81) {
                continue;
            }
            int t = bytes[i + 1] & 0xff;
            if (t >= 0x30 && t <= 0x39) {
                i += 3; // a GB18030 four-byte sequence
                continue;
            }
            doubles++;
            if (b < 0xA1 || t < 0xA1) {
                outsideGb2312++;
            }
            i++;
        }
        if (doubles < 10 || outsideGb2312 * 5 < doubles) {
            return false;
        }
        try {
            return tryDecode(bytes, 0, Charset.forName("Big5")) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True when the bytes look binary: NUL bytes or many control characters in the first 8 KiB. */
    public static boolean looksBinary(byte[] bytes) {
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF);
        if (utf16Bom || utf16WithoutBom(bytes) != null) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                // UTF-16 text has NULs; it is recognised by its BOM before this check.
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name) throws UnreadableInputException {
        String s = tryDecode(bytes, offset, cs);
        if (s == null) {
            throw new UnreadableInputException("encoding", "文件声明为 " + name + " 编码，但内容含有无效字节");
        }
        return s;
    }

    private static String tryDecode(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
