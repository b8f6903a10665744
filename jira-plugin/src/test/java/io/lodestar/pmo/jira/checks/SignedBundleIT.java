package io.lodestar.pmo.jira.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSigner;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Checks the signing rehearsal of every build (failsafe, after {@code package}): a throwaway key
 * signs a copy of the bundle, the copy verifies entry by entry with that key's certificate and
 * keeps the OSGi and plugin headers, a tampered copy fails verification, and the artifact itself
 * stays unsigned (or, in the {@code sign} profile, verifies with the vendor's key instead).
 *
 * <p>Two kinds of signature are rehearsed: standard JAR signatures (jarsigner, inside the jar) and
 * the detached Ed25519 signature of the whole file that UPM 8 checks ({@code <jar>.sig}, Base64,
 * written last by {@code src/build/UpmSignature.java}), verified here as Atlassian's documented
 * {@code openssl pkeyutl -verify -rawin} does: over the exact bytes of the file.
 */
public class SignedBundleIT {

  private static Path bundle;
  private static Path signedCopy;
  private static Certificate throwawayCertificate;
  private static String pluginKey;
  private static boolean mainArtifactSigned;

  @Rule public final TemporaryFolder temp = new TemporaryFolder();

  @BeforeClass
  public static void readBuildOutput() throws Exception {
    bundle = existingFile("lodestar.bundle");
    signedCopy = existingFile("lodestar.testSigning.jar");
    pluginKey = property("lodestar.pluginKey");
    mainArtifactSigned = Boolean.parseBoolean(property("lodestar.sign.expected"));
    KeyStore keystore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(existingFile("lodestar.testSigning.keystore"))) {
      keystore.load(in, property("lodestar.testSigning.storepass").toCharArray());
    }
    throwawayCertificate = keystore.getCertificate(property("lodestar.testSigning.alias"));
    assertThat(throwawayCertificate).as("throwaway certificate in the keystore").isNotNull();
  }

  @Test
  public void signedTestCopy_shouldVerify_withEveryEntrySignedByTheThrowawayKey() throws Exception {
    // given the copy signed during package
    // when every entry is read through a verifying JarFile
    List<String> unsigned = new ArrayList<>();
    int signed = 0;
    try (JarFile jar = new JarFile(signedCopy.toFile(), true)) {
      for (JarEntry entry : readAll(jar)) {
        if (entry.isDirectory() || isSignatureRelated(entry.getName())) {
          continue;
        }
        if (signedBy(entry.getCodeSigners(), throwawayCertificate)) {
          signed++;
        } else {
          unsigned.add(entry.getName());
        }
      }
    }
    // then nothing is left out, and there was something to sign
    assertThat(unsigned).as("entries not signed by the throwaway key").isEmpty();
    assertThat(signed).as("signed entries").isGreaterThan(10);
  }

  @Test
  public void signedTestCopy_shouldKeepTheBundleHeaders_unchanged() throws Exception {
    // given the manifests of the artifact and of its signed copy
    Attributes original = mainAttributes(bundle);
    Attributes copy = mainAttributes(signedCopy);
    // then the headers Jira reads survive signing, byte for byte
    assertThat(copy.getValue("Bundle-SymbolicName")).isEqualTo(pluginKey);
    assertThat(copy.getValue("Atlassian-Plugin-Key")).isEqualTo(pluginKey);
    assertThat(copy.getValue("Bundle-ManifestVersion")).isEqualTo("2");
    assertThat(copy.getValue("Spring-Context")).isNotBlank();
    assertThat(copy).as("main manifest attributes").isEqualTo(original);
  }

  @Test
  public void rewrittenCopy_shouldStillVerify_whenNoByteOfAnyEntryChanges() throws Exception {
    // given the signed copy rewritten entry by entry (the control for the tampering test)
    Path rewritten = rewrite(signedCopy, null);
    // when it is read through a verifying JarFile, then nothing throws and the entry is signed
    try (JarFile jar = new JarFile(rewritten.toFile(), true)) {
      readAll(jar);
      JarEntry entry = jar.getJarEntry(firstClassEntry(signedCopy));
      assertThat(signedBy(entry.getCodeSigners(), throwawayCertificate)).isTrue();
    }
  }

  @Test
  public void tamperedCopy_shouldFailVerification_withSecurityException() throws Exception {
    // given the signed copy with one byte of one class changed
    String victim = firstClassEntry(signedCopy);
    Path tampered = rewrite(signedCopy, victim);
    // when that entry is read through a verifying JarFile
    try (JarFile jar = new JarFile(tampered.toFile(), true)) {
      JarEntry entry = jar.getJarEntry(victim);
      // then the digest mismatch is reported
      assertThatThrownBy(() -> readFully(jar, entry))
          .isInstanceOf(SecurityException.class)
          .hasMessageContaining(victim);
    }
  }

  @Test
  public void mainArtifact_shouldCarryNoSignature_whenNotSigningForRelease() throws Exception {
    Assume.assumeFalse("the 'sign' profile signs the artifact", mainArtifactSigned);
    // given the artifact Maven installs, when its entries and manifest are listed
    List<String> signatureFiles = new ArrayList<>();
    try (JarFile jar = new JarFile(bundle.toFile(), false)) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (isSignatureRelated(name) && !name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
          signatureFiles.add(name);
        }
      }
      // then there is no signature block and no per-entry digest
      assertThat(signatureFiles).as("signature files in %s", bundle.getFileName()).isEmpty();
      assertThat(jar.getManifest().getEntries()).as("per-entry manifest sections").isEmpty();
    }
  }

  @Test
  public void mainArtifact_shouldVerify_withTheVendorKey_whenSignedForRelease() throws Exception {
    Assume.assumeTrue("only the 'sign' profile signs the artifact", mainArtifactSigned);
    // given the artifact signed in the 'sign' profile, when every entry is read verifying
    List<String> notVendorSigned = new ArrayList<>();
    try (JarFile jar = new JarFile(bundle.toFile(), true)) {
      for (JarEntry entry : readAll(jar)) {
        if (entry.isDirectory() || isSignatureRelated(entry.getName())) {
          continue;
        }
        CodeSigner[] signers = entry.getCodeSigners();
        if (signers == null || signers.length == 0 || signedBy(signers, throwawayCertificate)) {
          notVendorSigned.add(entry.getName());
        }
      }
    }
    // then every entry carries a signature, and none of them the throwaway key's
    assertThat(notVendorSigned).as("entries unsigned or signed by the throwaway key").isEmpty();
  }

  @Test
  public void upmSignatureOfTestCopy_shouldVerify_withTheThrowawayCertificatePem()
      throws Exception {
    // given the detached signature and the PEM certificate the build wrote for the signed copy
    Certificate pem = pemCertificate(existingFile("lodestar.testSigning.certificate"));
    // then the PEM is the throwaway key's certificate and the signature covers the copy's bytes
    assertThat(pem).isEqualTo(throwawayCertificate);
    assertThat(upmSignatureValid(signedCopy, Files.readAllBytes(signedCopy), pem)).isTrue();
  }

  @Test
  public void upmSignature_shouldFail_whenOneByteOfTheJarChanges() throws Exception {
    // given the signed copy's bytes with one byte in the middle flipped
    byte[] bytes = Files.readAllBytes(signedCopy);
    bytes[bytes.length / 2] ^= 0x01;
    // then the detached signature no longer verifies
    assertThat(upmSignatureValid(signedCopy, bytes, throwawayCertificate)).isFalse();
  }

  @Test
  public void upmSignatureOfMainArtifact_shouldVerify_withTheVendorCertificate_whenSigned()
      throws Exception {
    Assume.assumeTrue("only the 'sign' profile signs the artifact", mainArtifactSigned);
    Certificate vendor = pemCertificate(existingFile("lodestar.sign.certificate"));
    assertThat(vendor).isNotEqualTo(throwawayCertificate);
    assertThat(upmSignatureValid(bundle, Files.readAllBytes(bundle), vendor)).isTrue();
  }

  /** Ed25519 over {@code content}, against the Base64 signature in {@code <jar>.sig}. */
  private static boolean upmSignatureValid(Path jar, byte[] content, Certificate certificate)
      throws Exception {
    Path sig = jar.resolveSibling(jar.getFileName() + ".sig");
    assertThat(Files.isRegularFile(sig)).as("%s exists", sig).isTrue();
    byte[] signature =
        java.util.Base64.getDecoder()
            .decode(Files.readString(sig, java.nio.charset.StandardCharsets.US_ASCII).strip());
    java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
    verifier.initVerify(certificate.getPublicKey());
    verifier.update(content);
    return verifier.verify(signature);
  }

  private static Certificate pemCertificate(Path pem) throws Exception {
    try (InputStream in = Files.newInputStream(pem)) {
      return java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  /** Reads every entry to its end, which is when a verifying JarFile checks the digests. */
  private static List<JarEntry> readAll(JarFile jar) throws IOException {
    List<JarEntry> entries = new ArrayList<>();
    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
      JarEntry entry = e.nextElement();
      readFully(jar, entry);
      entries.add(entry);
    }
    return entries;
  }

  private static void readFully(JarFile jar, JarEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static boolean signedBy(CodeSigner[] signers, Certificate certificate) {
    if (signers == null) {
      return false;
    }
    for (CodeSigner signer : signers) {
      List<? extends Certificate> path = signer.getSignerCertPath().getCertificates();
      if (!path.isEmpty() && path.get(0).equals(certificate)) {
        return true;
      }
    }
    return false;
  }

  /** The manifest and the signature files of the JAR specification, directly in META-INF/. */
  private static boolean isSignatureRelated(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
      return false;
    }
    String file = upper.substring("META-INF/".length());
    return upper.equals(JarFile.MANIFEST_NAME)
        || file.startsWith("SIG-")
        || file.endsWith(".SF")
        || file.endsWith(".RSA")
        || file.endsWith(".DSA")
        || file.endsWith(".EC");
  }

  private static Attributes mainAttributes(Path jarPath) throws IOException {
    try (JarFile jar = new JarFile(jarPath.toFile(), false)) {
      Manifest manifest = jar.getManifest();
      assertThat(manifest).as("manifest of %s", jarPath.getFileName()).isNotNull();
      return manifest.getMainAttributes();
    }
  }

  private static String firstClassEntry(Path jarPath) throws IOException {
    try (JarFile jar = new JarFile(jarPath.toFile(), false)) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (name.startsWith("io/lodestar/") && name.endsWith(".class")) {
          return name;
        }
      }
    }
    return fail("no io/lodestar class in %s", jarPath);
  }

  /**
   * Copies a jar entry by entry with java.util.zip, flipping the last byte of {@code victim} (when
   * not null) and leaving every other byte of every entry as it was.
   */
  private Path rewrite(Path source, String victim) throws IOException {
    Path target = temp.newFile(victim == null ? "rewritten.jar" : "tampered.jar").toPath();
    boolean changed = false;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals(victim)) {
          bytes[bytes.length - 1] ^= 0x01;
          changed = true;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertThat(changed).as("tampered with %s", victim).isEqualTo(victim != null);
    return target;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by failsafe)", name).isNotBlank();
    return value;
  }

  private static Path existingFile(String property) {
    Path path = Paths.get(property(property));
    assertThat(Files.isRegularFile(path)).as("%s exists", path).isTrue();
    return path;
  }
}
