package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file's bytes into text, refusing what is not a readable UTF-8 text file: missing paths,
 * directories, unreadable, empty, oversized, binary and mis-encoded files, each with a message that
 * says which.
 */
final class RawInput {
    /** Articles are at most a few hundred KB; a bigger file is a dump or a mistake, refused before reading. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private RawInput() {
    }

    static String read(Path path, String name, long maxBytes) {
        if (!Files.exists(path)) {
            throw new IngestException(name, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new IngestException(name, "is a directory, not a file");
        }
        if (!Files.isReadable(path)) {
            throw new IngestException(name, "permission denied");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new IngestException(name, "cannot read size: " + e.getMessage());
        }
        if (size > maxBytes) {
            throw new IngestException(name, "file is " + size + " bytes, over the limit of " + limit(maxBytes)
                    + " for one article; refused without reading it");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (AccessDeniedException e) {
            throw new IngestException(name, "permission denied");
        } catch (NoSuchFileException e) {
            throw new IngestException(name, "no such file");
        } catch (IOException e) {
            throw new IngestException(name, "cannot read: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw new IngestException(name, "file grew over the limit of " + limit(maxBytes) + " while read");
        }
        return decode(bytes, name);
    }

    /** Reads a stream (standard input) up to the limit, so that an endless or huge stream cannot exhaust memory. */
    static String read(InputStream in, String name, long maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new IngestException(name, "cannot read: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw new IngestException(name, "input is over the limit of " + limit(maxBytes) + " for one article");
        }
        return decode(bytes, name);
    }

    /** "32 MiB (33554432 bytes)": the limit as people read it and as the setting is written. */
    static String limit(long maxBytes) {
        return maxBytes % (1024 * 1024) == 0
                ? maxBytes / (1024 * 1024) + " MiB (" + maxBytes + " bytes)"
                : maxBytes + " bytes";
    }

    static String decode(byte[] bytes, String name) {
        if (isBlank(bytes)) {
            throw new IngestException(name, "empty file");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new IngestException(name, "binary file (NUL byte at offset " + nul + ")");
        }
        int start = startsWithBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IngestException(name, "invalid UTF-8 at byte offset " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new IngestException(name, "invalid UTF-8 at byte offset " + in.position());
        }
        out.flip();
        String text = out.toString();
        if (controlShare(text) > 0.05) {
            throw new IngestException(name, "binary file (too many control characters)");
        }
        return text;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static double controlShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return text.isEmpty() ? 0 : (double) control / text.length();
    }

}
