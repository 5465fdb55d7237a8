package org.nianbao.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.source.UnreadableInputException;

class TextDecoderTest {
    private static final String TEXT = "三、收到和处理政府信息公开申请情况";

    @Test
    void utf8WithoutBom() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf8WithBomDropsTheBom() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void gbkIsDetectedNotAssumed() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("GB18030");
    }

    @Test
    void bytesValidInNeitherEncodingAreRefused() {
        byte[] bad = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
        assertThatThrownBy(() -> TextDecoder.decode(bad))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("无法识别文本编码")
                .extracting(e -> ((UnreadableInputException) e).code()).isEqualTo("encoding");
    }

    @Test
    void binaryIsRecognised() {
        assertThat(TextDecoder.looksBinary(new byte[] {'P', 'K', 3, 4, 0, 0})).isTrue();
        assertThat(TextDecoder.looksBinary(TEXT.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void sharedCharsetHelpersForTheOtherReaders() {
        assertThat(TextDecoder.charsetForLabel("GB2312")).isEqualTo(Charset.forName("GB18030"));
        assertThat(TextDecoder.charsetForLabel(" utf-8 ")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoder.charsetForLabel("no-such-charset")).isNull();
        assertThat(TextDecoder.bomCharset(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.bomCharset(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'})).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoder.bomCharset(TEXT.getBytes(StandardCharsets.UTF_8))).isNull();
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        assertThat(TextDecoder.decodeStrictly(gbk, StandardCharsets.UTF_8)).isNull();
        assertThat(TextDecoder.decodeStrictly(gbk, Charset.forName("GB18030"))).isEqualTo(TEXT);
    }

    @Test
    void aDeclaredCharsetIsUsedStrictly() throws Exception {
        TextDecoder.Declared d = TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")), "gb2312");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.notes()).containsExactly("编码：GB18030（页面声明 gb2312）");
    }

    @Test
    void aWrongOrUnknownDeclarationFallsBackToDetectionWithANote() throws Exception {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        TextDecoder.Declared wrong = TextDecoder.decode(gbk, "utf-8");
        assertThat(wrong.text()).isEqualTo(TEXT);
        assertThat(wrong.notes()).containsExactly("页面声明编码 utf-8，但内容不符合该编码，改为自动识别", "编码：GB18030");
        TextDecoder.Declared unknown = TextDecoder.decode(gbk, "x-nonsense");
        assertThat(unknown.notes()).containsExactly("页面声明了无法识别的编码 x-nonsense，改为自动识别", "编码：GB18030");
        assertThat(TextDecoder.decode(gbk, null).notes()).containsExactly("编码：GB18030");
    }

    @Test
    void aByteOrderMarkOutranksTheDeclaration() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        TextDecoder.Declared d = TextDecoder.decode(bytes, "gbk");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.notes()).containsExactly("编码：UTF-8 (BOM)");
    }
}
