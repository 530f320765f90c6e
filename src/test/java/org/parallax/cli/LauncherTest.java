package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./parallax} launcher on a machine without a usable JDK, simulated with a PATH that holds only
 * the shell tools the launcher needs, a JAVA_HOME that is missing or too old, and no install locations.
 */
class LauncherTest {
    private static final String[] TOOLS = {"bash", "dirname", "readlink", "sed", "head", "find", "cat"};

    @TempDir
    Path dir;

    /** Removes the links to the real tools first, so that the temporary directory's cleanup has nothing to warn about. */
    @AfterEach
    void unlinkTools() throws IOException {
        for (String tool : TOOLS) {
            Files.deleteIfExists(dir.resolve("bin").resolve(tool));
        }
    }

    private Path toolsOnly() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : TOOLS) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            assumeTrue(Files.exists(real), "no " + tool + " on this machine");
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        return bin;
    }

    private String[] launch(String javaHome) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(toolsOnly().resolve("bash").toString(), "parallax", "--version");
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", dir.resolve("bin").toString());
        env.put("JAVA_HOME", javaHome);
        env.put("PARALLAX_JDK_DIRS", dir.resolve("nowhere").toString());
        pb.redirectErrorStream(false);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {String.valueOf(p.waitFor()), out, err};
    }

    @Test
    void saysInOneLineThatNoJdkWasFound() throws Exception {
        String[] r = launch(dir.resolve("missing-jdk").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).isEmpty();
        assertThat(r[2].strip().lines()).singleElement().asString().startsWith("parallax: no JDK 21 or newer found");
    }

    @Test
    void refusesAJdkOlderThan21() throws Exception {
        Path old = Files.createDirectories(dir.resolve("jdk-17/bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path script = Files.writeString(old.resolve(tool),
                    "#!/usr/bin/env bash\necho '    java.specification.version = 17' >&2\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String[] r = launch(old.getParent().toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("parallax: no JDK 21 or newer found");
    }
}
