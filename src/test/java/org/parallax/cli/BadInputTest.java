package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input through the command line: one line on standard error naming the file and the
 * problem, the good file of the same batch still segmented, exit code 2.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Path good;

    @BeforeEach
    void writeAGoodFile() throws IOException {
        good = dir.resolve("bien.txt");
        Files.writeString(good, "== Contexte ==\n\nLes troupes françaises prirent la ville après un long siège. "
                + "Le général entra le lendemain avec son état-major.\n");
    }

    /** Runs {@code segment BAD GOOD} and checks the contract shared by every bad input. */
    private String refusalOf(Path bad) {
        CliRun run = CliRun.of("segment", bad.toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        String line = run.errLines().get(0);
        assertThat(line).startsWith("parallax: " + bad + ": ");
        assertThat(run.outLines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"doc\":\"" + good + "\""));
        return line;
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("vide.txt"), "");
        assertThat(refusalOf(empty)).endsWith(": empty file");
    }

    @Test
    void aFileOfWhiteSpaceIsRefusedAsEmpty() throws IOException {
        Path blank = Files.writeString(dir.resolve("blanc.txt"), " \n\n\t\n");
        assertThat(refusalOf(blank)).endsWith(": empty file");
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        assertThat(refusalOf(binary)).contains("binary file");
    }

    @Test
    void invalidUtf8IsRefusedNamingTheByteOffset() throws IOException {
        byte[] latin1 = "Le siège de Puebla.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);
        // "Le si" is 5 bytes; the Latin-1 "è" (0xE8) at offset 5 is not valid UTF-8 there.
        assertThat(refusalOf(file)).endsWith(": invalid UTF-8 at byte offset 5");
    }

    @Test
    void aFileTruncatedInsideAMultiByteCharacterIsRefused() throws IOException {
        byte[] utf8 = "Querétaro".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(utf8, 5); // "Quer" and the first byte of "é"
        Path file = Files.write(dir.resolve("coupe.txt"), cut);
        assertThat(refusalOf(file)).endsWith(": invalid UTF-8 at byte offset 4");
    }

    @Test
    void aHugeFileIsRefusedWithTheLimitNamedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("enorme.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: no disk space, and the reader must not load it
        }
        assertThat(refusalOf(huge)).contains("209715200 bytes").contains("limit of 32 MiB");
    }

    @Test
    void aTextInAnUnsupportedLanguageIsRefusedNamingTheLanguage() throws IOException {
        Path dutch = Files.writeString(dir.resolve("nl.txt"),
                "Het Franse leger belegerde de stad in de lente, en de verdedigers hielden het twee maanden vol. "
                        + "Daarna trokken de soldaten verder naar de hoofdstad, waar zij in juni aankwamen.\n");
        // Short Dutch may be taken for Afrikaans: either way it is named and refused.
        assertThat(refusalOf(dutch)).containsPattern(": unsupported language [a-z]{2,3} \\(supported: en, fr, it, es, de, pt");
    }

    @Test
    void aMissingPathIsRefused() {
        assertThat(refusalOf(dir.resolve("absent.txt"))).endsWith(": no such file");
    }

    @Test
    void aDirectoryGivenAsAFileIsRefused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("dossier"));
        assertThat(refusalOf(sub)).endsWith(": is a directory, not a file");
    }

    @Test
    void malformedTimemlIsRefused() throws IOException {
        Path tml = Files.writeString(dir.resolve("casse.tml"), "<TimeML><TEXT>Il partit <TIMEX3 type=\"DATE\">en 1862.</TEXT></TimeML>");
        assertThat(refusalOf(tml)).contains("malformed TimeML");
    }

    /**
     * Runs only where permissions can stop this process: as root (as in CI) chmod 000 does not prevent
     * reading, and the test is skipped; the next test covers the same path as root.
     */
    @Test
    void aFileWithoutReadPermissionIsRefused() throws IOException {
        Path locked = Files.writeString(dir.resolve("ferme.txt"), "Le siège dura deux mois.");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system");
        }
        assumeFalse(Files.isReadable(locked), "this process can read a mode-000 file (root), so it cannot fail here");
        assertThat(refusalOf(locked)).endsWith(": permission denied");
    }

    /**
     * A write-only kernel setting that even root cannot open for reading: the honest unreadable file when the
     * tests run as root. Skipped where it does not exist or is readable.
     */
    @Test
    void aFileNobodyMayReadIsRefusedEvenForRoot() {
        Path writeOnly = Path.of("/proc/sys/vm/drop_caches");
        assumeTrue(Files.exists(writeOnly) && !Files.isReadable(writeOnly), "no unreadable write-only file here");
        assertThat(refusalOf(writeOnly)).endsWith(": permission denied");
    }

    @Test
    void aBatchOfOnlyBadInputsReportsEachAndExitsWithTwo() throws IOException {
        Path empty = Files.writeString(dir.resolve("vide.txt"), "");
        Path missing = dir.resolve("absent.txt");
        CliRun run = CliRun.of("segment", empty.toString(), missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("parallax: " + empty + ": empty file",
                "parallax: " + missing + ": no such file");
    }

    @Test
    void aBatchOfGoodInputsExitsWithZeroAndNothingOnStandardError() {
        CliRun run = CliRun.of("segment", good.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnsupportedForcedLanguageIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("segment", "--lang", "xx", good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("parallax: unsupported language xx (supported: en, fr, it, es, de, pt)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aForcedLanguageOverridesDetection() {
        CliRun run = CliRun.of("segment", "--lang", "it", good.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).allSatisfy(l -> assertThat(l).contains("\"lang\":\"it\""));
    }
}
